#!/bin/sh
# Starts or stops a throwaway PostgreSQL 15 cluster for the test suite.
#   pg-cluster.sh start STATE_DIR   initdb in a temporary folder, pg_ctl start on a free port,
#                                   writes the connection URL to STATE_DIR/url
#   pg-cluster.sh stop STATE_DIR    stops the server and removes the folder
# The tests' cluster runs with fsync=off (nothing in it needs to survive a crash); KARIER_PG_FSYNC=on
# starts it as an office server runs, with fsync on (karier-bench approval_lan, import_lan).
# Runs the server as the `postgres` user when started as root (initdb refuses root).
set -eu
fsync=${KARIER_PG_FSYNC:-off}
case "$fsync" in on|off) ;; *) echo "pg-cluster: KARIER_PG_FSYNC must be on or off" >&2; exit 2 ;; esac
action=$1
state=$2
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-cluster: PostgreSQL server binaries not found (install postgresql-15)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$state/datadir" ]; then
        data=$(cat "$state/datadir")
        if [ -d "$data" ]; then
            as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
            rm -rf "$(dirname "$data")"
        fi
    fi
    rm -rf "$state"
}

case "$action" in
start)
    stop_cluster
    mkdir -p "$state"
    root=$(mktemp -d /tmp/karier-pg.XXXXXX)
    chmod 755 "$root"
    data="$root/data"
    echo "$data" > "$state/datadir"
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" > "$root/pwfile"
    if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$root"; fi
    as_owner "$bindir/initdb" -D "$data" -U karier --pwfile="$root/pwfile" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
    started=0
    # auth_delay as an office server should have it (README): each refused login waits, so guessing a
    # person's password through their own login role is slow (200 ms here, to keep the suite fast).
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 30000 ))
        if as_owner "$bindir/pg_ctl" -D "$data" -l "$root/server.log" -w -t 30 \
            -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=$fsync -c max_connections=200 -c shared_preload_libraries=auth_delay -c auth_delay.milliseconds=200" start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    if [ "$started" != 1 ]; then
        echo "pg-cluster: the PostgreSQL server did not start" >&2
        cat "$root/server.log" >&2 || true
        exit 1
    fi
    echo "postgresql://karier:$password@127.0.0.1:$port/postgres" > "$state/url"
    echo "pg-cluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac

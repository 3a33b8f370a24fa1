#!/bin/sh
# Karier ASN — set up a Debian 12 machine, build, and run the app or the test suite.
#   sh cmake/setup.sh run    install what is missing, build, start the GUI (embedded SQLite default)
#   sh cmake/setup.sh test   the same set-up plus PostgreSQL 15, then the whole test suite (ctest)
# Idempotent and quiet when everything is already installed. Run as root (or with sudo available).
set -eu

mode=${1:-run}
[ $# -gt 0 ] && shift
case "$mode" in
run | test | build) ;;
*)
    echo "penggunaan: sh cmake/setup.sh run|test|build" >&2
    exit 2
    ;;
esac

here=$(cd "$(dirname "$0")/.." && pwd)
build="${KARIER_BUILD_DIR:-$here/build}"

packages="g++ cmake ninja-build pkg-config git
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6sql6-sqlite libqt6sql6-psql libqt6svg6-dev qt6-charts-dev libgl-dev
libpoppler-qt6-dev libsodium-dev libqrencode-dev libqpdf-dev
xvfb xauth fonts-dejavu-core"
if [ "$mode" = test ]; then
    # The package test (package.deb) builds, lints, installs and removes the .deb.
    packages="$packages postgresql-15 postgresql-client-15 poppler-utils
qt6-qpa-plugins dpkg-dev lintian desktop-file-utils appstream qpdf ghostscript sqlite3"
fi

missing=""
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
    esac
done
if [ -n "$missing" ]; then
    echo "Memasang paket Debian yang belum ada:$missing"
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
build)
    ;;
test)
    cd "$build"
    ctest --output-on-failure --parallel 2 --timeout 600
    ;;
run)
    app="$build/app/karier-asn"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec "$app" "$@"
    fi
    echo "Tidak ada layar grafis (DISPLAY kosong): Karier ASN dijalankan sekali di layar maya untuk memastikan" \
        "jendela masuk tampil, lalu ditutup. Jalankan $app dari sesi desktop untuk memakainya."
    KARIER_EXIT_WHEN_SHOWN=1 xvfb-run -a -s "-screen 0 1366x768x24" "$app"
    echo "Jendela masuk Karier ASN tampil dengan benar."
    ;;
esac

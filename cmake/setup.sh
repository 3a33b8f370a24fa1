#!/bin/sh
# Karier ASN — set up a Debian 12 machine, build, and run the app or the test suite.
#   sh cmake/setup.sh run    install what is missing, build, start the GUI (embedded SQLite default)
#   sh cmake/setup.sh test   the same set-up plus PostgreSQL 15, then the whole test suite (ctest)
#   sh cmake/setup.sh sanitize  the core and GUI tests again in a second build with AddressSanitizer and
#                               UndefinedBehaviorSanitizer (build-sanitize/; CI runs it after "test")
# Idempotent and quiet when everything is already installed. Run as root (or with sudo available).
set -eu

mode=${1:-run}
[ $# -gt 0 ] && shift
case "$mode" in
run | test | build | sanitize) ;;
*)
    echo "penggunaan: sh cmake/setup.sh run|test|build|sanitize" >&2
    exit 2
    ;;
esac

here=$(cd "$(dirname "$0")/.." && pwd)
build="${KARIER_BUILD_DIR:-$here/build}"

packages="g++ cmake ninja-build pkg-config git
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
libpoppler-qt6-dev libsodium-dev libqrencode-dev libqpdf-dev libpwquality-dev cracklib-runtime libsqlite3-dev
xvfb xauth fonts-dejavu-core libxcb1-dev"
if [ "$mode" = test ] || [ "$mode" = sanitize ]; then
    # The package test (package.deb) builds, lints, installs and removes the .deb.
    packages="$packages postgresql-15 postgresql-client-15 poppler-utils
qt6-qpa-plugins dpkg-dev lintian desktop-file-utils appstream qpdf ghostscript sqlite3
keepassxc qpdfview"
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

# ccache, where installed, makes a rebuild from a clean checkout take minutes instead of half an hour.
# Paths inside the checkout are hashed relative to it, so another checkout of the same sources hits too.
launcher=""
# CI (.ci/run) builds with warnings as errors: KARIER_WERROR=1.
if [ "${KARIER_WERROR:-0}" = 1 ]; then
    launcher="-DKARIER_WERROR=ON"
fi
if command -v ccache >/dev/null 2>&1; then
    launcher="$launcher -DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    CCACHE_BASEDIR="$here"
    CCACHE_NOHASHDIR=1
    export CCACHE_BASEDIR CCACHE_NOHASHDIR
fi

if [ "$mode" = sanitize ]; then
    build="${KARIER_SANITIZE_BUILD_DIR:-$here/build-sanitize}"
    if [ ! -f "$build/build.ninja" ] || [ "${KARIER_WERROR:-0}" = 1 ]; then
        # shellcheck disable=SC2086
        cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher \
            -DKARIER_SANITIZE=address,undefined >/dev/null
    fi
    # Only what the core and GUI tests need (the tests run karier-cli as a child process).
    targets=$(cd "$here/tests" && ls core/Test*.cpp ui/Test*.cpp | sed 's|.*/||; s|\.cpp$||')
    # shellcheck disable=SC2086
    cmake --build "$build" --parallel "$(nproc)" --target karier-cli karier_pdfengine $targets
    cd "$build"
    # Leaks in Qt's and fontconfig's one-time caches are not ours: leak checking stays off; every
    # memory error and undefined behaviour fails the test. TestPdfFitCorpus (95 malformed PDFs through
    # Perkecil otomatis, each in a sanitized child) runs only in the normal build: sanitized, the fits
    # take three to five times longer, past their 20 s budget, and the run past CI's time.
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --parallel 2 -R '^(core|ui)\.' -E '^core\.TestPdfFitCorpus$'
    exit 0
fi

if [ ! -f "$build/build.ninja" ] || [ "${KARIER_WERROR:-0}" = 1 ]; then
    # shellcheck disable=SC2086
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher >/dev/null
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
    # A root shell without a desktop session has no XDG_RUNTIME_DIR: give Qt a private one (else it warns).
    if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
        XDG_RUNTIME_DIR=$(mktemp -d)
        export XDG_RUNTIME_DIR
        trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
    fi
    KARIER_EXIT_WHEN_SHOWN=1 xvfb-run -a -s "-screen 0 1366x768x24" "$app"
    echo "Jendela masuk Karier ASN tampil dengan benar."
    ;;
esac

# Strict, warning-free builds for every Karier ASN target (qBittorrent-style definitions).
# Warnings are errors in CI (.ci/run sets KARIER_WERROR=1 for cmake/setup.sh), not by default: a
# distribution building with a newer compiler meets new warnings, which must not break its build.
option(KARIER_WERROR "Treat compiler warnings as errors" OFF)
add_library(karier_compile_options INTERFACE)
target_compile_options(karier_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
# Only the libraries a program really uses are loaded at start-up (Poppler is a plugin; see PdfEngine.h).
target_link_options(karier_compile_options INTERFACE -Wl,--as-needed)
if(KARIER_WERROR)
    target_compile_options(karier_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(karier_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# The program's own code (core, ui, app; not the tests, whose data rows are plain literals) says how every
# byte string becomes text: no implicit const char* / QByteArray → QString, no QString → QUrl.
add_library(karier_strict_strings INTERFACE)
target_compile_definitions(karier_strict_strings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING)

# A second build with sanitizers (CI runs the core and GUI tests in it): e.g. -DKARIER_SANITIZE=address,undefined.
set(KARIER_SANITIZE "" CACHE STRING "Sanitizers for every target (-fsanitize=...), empty for none")
if(KARIER_SANITIZE)
    target_compile_options(karier_compile_options INTERFACE
        -fsanitize=${KARIER_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(karier_compile_options INTERFACE -fsanitize=${KARIER_SANITIZE})
    target_compile_definitions(karier_compile_options INTERFACE KARIER_SANITIZED=1)
endif()

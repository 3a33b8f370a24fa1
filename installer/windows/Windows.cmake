# Windows installer (NSIS), included from installer/CMakeLists.txt when WIN32.
# Built on a Windows machine with Qt 6, Poppler, libsodium, libqrencode and libpq (e.g. from vcpkg or
# MSYS2), then:  cmake --build build && cd build && cpack -G NSIS
# NOT built or tested on the Linux machine this project is developed on (see README).

# 1. windeployqt copies the Qt DLLs and plugins (platforms, sqldrivers incl. qsqlite/qsqlpsql,
#    iconengines, imageformats, styles) beside karier-asn.exe in the staging folder.
get_target_property(_karier_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_karier_qt_bin "${_karier_qmake}" DIRECTORY)
find_program(KARIER_WINDEPLOYQT windeployqt HINTS "${_karier_qt_bin}" REQUIRED)
install(CODE "
    message(STATUS \"windeployqt: \${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/karier-asn.exe\")
    execute_process(
        COMMAND \"${KARIER_WINDEPLOYQT}\" --release --no-translations --compiler-runtime
                --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/karier-asn.exe\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/karier-cli.exe\"
        RESULT_VARIABLE _result)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${_result}\")
    endif()")

# 2. The libraries Qt does not know (Poppler and its dependencies, libsodium, libqrencode, libpq for
#    the PostgreSQL driver): every DLL the programs and the PDF plugin need, minus Windows' own.
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"$<TARGET_FILE:karier-asn>\" \"$<TARGET_FILE:karier-cli>\"
        MODULES \"$<TARGET_FILE:karier_pdfengine>\"
        RESOLVED_DEPENDENCIES_VAR _deps
        UNRESOLVED_DEPENDENCIES_VAR _missing
        PRE_EXCLUDE_REGEXES \"api-ms-.*\" \"ext-ms-.*\"
        POST_EXCLUDE_REGEXES \".*[/\\\\\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\\\\\].*\"
        DIRECTORIES \"${_karier_qt_bin}\" \$ENV{PATH})
    foreach(_dll \${_deps})
        file(INSTALL \"\${_dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    endforeach()
    if(_missing)
        message(WARNING \"DLL tidak ditemukan: \${_missing}\")
    endif()")

# 3. The NSIS installer: per-machine, Start menu and desktop shortcut, uninstaller, licence page.
set(CPACK_NSIS_DISPLAY_NAME "Karier ASN")
set(CPACK_NSIS_PACKAGE_NAME "Karier ASN ${PROJECT_VERSION}")
set(CPACK_NSIS_PUBLISHER "Pemerintah Kota Surakarta")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "bkpsdm@surakarta.go.id")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\karier-asn.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "karier-asn.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$DESKTOP\\\\Karier ASN.lnk' '$INSTDIR\\\\bin\\\\karier-asn.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\Karier ASN.lnk'")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "KarierAsn")

# SPDX-License-Identifier: GPL-3.0-or-later
# CTest "package.deb": builds the Debian package with CPack, checks it with lintian (no errors),
# installs it with apt (dependencies from the Debian archive, already present on a machine set up by
# cmake/setup.sh test), runs the installed karier-cli (--version, and check-pdf to prove the Poppler
# plugin is found in the installed layout), checks the desktop files landed, then removes it.
#   cmake -DBUILD_DIR=<build> -DWORK_DIR=<scratch> -DVERSION=<x.y.z> -DCPACK=<cpack> -P PackageTest.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var BUILD_DIR WORK_DIR VERSION CPACK)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

function(run)
    cmake_parse_arguments(R "" "OUTPUT" "COMMAND" ${ARGN})
    execute_process(COMMAND ${R_COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${R_COMMAND}\n${out}\n${err}")
    endif()
    if(R_OUTPUT)
        set(${R_OUTPUT} "${out}${err}" PARENT_SCOPE)
    endif()
endfunction()

execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT uid STREQUAL "0")
    message(FATAL_ERROR "package.deb installs a package: run it as root (as cmake/setup.sh test does)")
endif()

# One package test at a time on this machine (dpkg has one database).
file(LOCK /tmp/karier-asn-package-test.lock GUARD PROCESS TIMEOUT 900)

execute_process(COMMAND dpkg-query -W -f=\${Status} karier-asn OUTPUT_VARIABLE status ERROR_QUIET)
if(status MATCHES "install ok installed")
    message(FATAL_ERROR "karier-asn is already installed on this machine; remove it before the test "
                        "(apt-get purge karier-asn) so that the test does not replace it")
endif()

# 1. Build the package.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
run(COMMAND ${CPACK} -G DEB -B ${WORK_DIR} --config ${BUILD_DIR}/CPackConfig.cmake)
file(GLOB debs ${WORK_DIR}/karier-asn_${VERSION}_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one karier-asn_${VERSION}_*.deb in ${WORK_DIR}, found: ${debs}")
endif()
set(deb ${debs})
message(STATUS "package: ${deb}")

run(COMMAND dpkg-deb --field ${deb} Depends OUTPUT depends)
message(STATUS "Depends: ${depends}")
foreach(needed libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql libsodium23 libqrencode4 libpoppler-qt6-3
        qt6-qpa-plugins libpwquality1 cracklib-runtime)
    if(NOT depends MATCHES "${needed}")
        message(FATAL_ERROR "Depends lacks ${needed}: ${depends}")
    endif()
endforeach()
run(COMMAND dpkg-deb --contents ${deb} OUTPUT contents)
foreach(path ./usr/bin/karier-asn ./usr/bin/karier-cli ./usr/lib/karier-asn/karier_pdfengine.so
        ./usr/share/applications/id.go.surakarta.KarierAsn.desktop
        ./usr/share/metainfo/id.go.surakarta.KarierAsn.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/id.go.surakarta.KarierAsn.svg
        ./usr/share/icons/hicolor/48x48/apps/id.go.surakarta.KarierAsn.png
        ./usr/share/icons/hicolor/256x256/apps/id.go.surakarta.KarierAsn.png
        ./usr/share/doc/karier-asn/copyright ./usr/share/doc/karier-asn/changelog.gz
        ./usr/share/man/man1/karier-cli.1.gz)
    string(FIND "${contents}" "${path}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${path} is not in the package:\n${contents}")
    endif()
endforeach()

# 2. lintian: no errors (warnings and information are printed for the reader).
execute_process(COMMAND lintian --no-tag-display-limit ${deb}
    RESULT_VARIABLE rc OUTPUT_VARIABLE lint ERROR_VARIABLE lint_err)
message(STATUS "lintian:\n${lint}${lint_err}")
if(lint MATCHES "(^|\n)E: ")
    message(FATAL_ERROR "lintian reports errors")
endif()

# 3. Install, use, remove.
set(ENV{DEBIAN_FRONTEND} noninteractive)
run(COMMAND apt-get install -y -q --no-install-recommends ${deb})
set(failure "")
execute_process(COMMAND /usr/bin/karier-cli --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "/usr/bin/karier-cli --version: ${out}${err}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "${VERSION}")
    set(failure "${failure}karier-cli --version gave ${rc}: ${out}${err}\n")
endif()

# A one-page PDF, checked by the installed karier-cli: proves the plugin is found under /usr/lib/karier-asn.
set(objects
    "<< /Type /Catalog /Pages 2 0 R >>"
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
    "<< /Length 35 >>\nstream\n0 0 0 rg 100 600 300 100 re f\nendstream")
set(pdf "%PDF-1.4\n")
set(offsets "")
set(n 0)
foreach(object IN LISTS objects)
    math(EXPR n "${n} + 1")
    string(LENGTH "${pdf}" offset)
    string(LENGTH "${offset}" digits)
    math(EXPR pad "10 - ${digits}")
    string(REPEAT "0" ${pad} zeros)
    string(APPEND offsets "${zeros}${offset} 00000 n \n")
    string(APPEND pdf "${n} 0 obj\n${object}\nendobj\n")
endforeach()
string(LENGTH "${pdf}" xref)
math(EXPR size "${n} + 1")
string(APPEND pdf "xref\n0 ${size}\n0000000000 65535 f \n${offsets}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n")
file(WRITE ${WORK_DIR}/halaman.pdf "${pdf}")
execute_process(COMMAND /usr/bin/karier-cli check-pdf --json ${WORK_DIR}/halaman.pdf
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "/usr/bin/karier-cli check-pdf: ${out}${err}")
if(NOT out MATCHES "\"pages\": *1" OR out MATCHES "karier_pdfengine")
    set(failure "${failure}the installed karier-cli could not read a PDF (rc ${rc}): ${out}${err}\n")
endif()
foreach(path /usr/share/applications/id.go.surakarta.KarierAsn.desktop /usr/lib/karier-asn/karier_pdfengine.so)
    if(NOT EXISTS ${path})
        set(failure "${failure}${path} was not installed\n")
    endif()
endforeach()

execute_process(COMMAND apt-get purge -y -q karier-asn RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    set(failure "${failure}apt-get purge karier-asn failed: ${out}${err}\n")
endif()
execute_process(COMMAND dpkg-query -W -f=\${Status} karier-asn OUTPUT_VARIABLE status ERROR_QUIET)
if(status AND NOT status MATCHES "not-installed")
    set(failure "${failure}dpkg still lists karier-asn after the purge: ${status}\n")
endif()
foreach(path /usr/bin/karier-cli /usr/bin/karier-asn /usr/lib/karier-asn)
    if(EXISTS ${path})
        set(failure "${failure}${path} is still there after removing the package\n")
    endif()
endforeach()
if(failure)
    message(FATAL_ERROR "${failure}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "package.deb: built, lintian without errors, installed, karier-cli ran, removed")

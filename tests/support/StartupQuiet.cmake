# The GUI starts on a fresh SQLite database, shows its login window and prints nothing on stderr
# (no qt.svg, no missing resource, no Qt warning), under Xvfb. Run by ctest as app.startup-quiet.
#   cmake -DAPP=karier-asn -DWORK_DIR=dir -P StartupQuiet.cmake
# On a real (virtual) X server as a user would start it: the offscreen plugin prints warnings of its own.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/home ${WORK_DIR}/runtime)
file(CHMOD ${WORK_DIR}/runtime DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env HOME=${WORK_DIR}/home XDG_CONFIG_HOME=${WORK_DIR}/home/.config
            XDG_DATA_HOME=${WORK_DIR}/home/.local/share XDG_RUNTIME_DIR=${WORK_DIR}/runtime
            QT_QPA_PLATFORM=xcb KARIER_EXIT_WHEN_SHOWN=1
            xvfb-run -a -s "-screen 0 1366x768x24" ${APP}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "karier-asn exited with ${rc}\nstdout: ${out}\nstderr: ${err}")
endif()
if(NOT out MATCHES "shown")
    message(FATAL_ERROR "the login window was not shown\nstdout: ${out}\nstderr: ${err}")
endif()
if(NOT err STREQUAL "")
    message(FATAL_ERROR "karier-asn printed on stderr while starting:\n${err}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})

# SPDX-License-Identifier: GPL-3.0-or-later
# benchmarks.smoke: cmake -DKARIER_BENCH=<path of karier-bench> -P SmokeTest.cmake
# Runs the cheap "password" scenario and checks that every line is a JSON object with the keys
# scenario, metric, value (a positive number with one decimal) and unit; also --list and the exit
# code 2 for an unknown scenario. Any failure is a FATAL_ERROR, which fails the test.
cmake_minimum_required(VERSION 3.25)

if(NOT KARIER_BENCH OR NOT EXISTS "${KARIER_BENCH}")
    message(FATAL_ERROR "KARIER_BENCH is not the path of karier-bench: '${KARIER_BENCH}'")
endif()

# --list names every scenario of this issue.
execute_process(COMMAND "${KARIER_BENCH}" --list
                RESULT_VARIABLE code OUTPUT_VARIABLE listed ERROR_VARIABLE errors)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "karier-bench --list exited with ${code}: ${errors}")
endif()
foreach(name password startup)
    if(NOT listed MATCHES "(^|\n)${name}(\n|$)")
        message(FATAL_ERROR "karier-bench --list does not name '${name}':\n${listed}")
    endif()
endforeach()

# An unknown scenario: a message on stderr, exit 2, nothing on stdout.
execute_process(COMMAND "${KARIER_BENCH}" no-such-scenario
                RESULT_VARIABLE code OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT code EQUAL 2 OR errors STREQUAL "" OR NOT output STREQUAL "")
    message(FATAL_ERROR "karier-bench no-such-scenario: expected exit 2 and a message on stderr, "
                        "got exit '${code}', stdout '${output}', stderr '${errors}'")
endif()

# The password scenario.
execute_process(COMMAND "${KARIER_BENCH}" password
                RESULT_VARIABLE code OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "karier-bench password exited with ${code}:\n${errors}")
endif()
message(STATUS "karier-bench password:\n${output}")

string(REGEX REPLACE "\n$" "" output "${output}")
if(output STREQUAL "")
    message(FATAL_ERROR "karier-bench password printed nothing")
endif()
string(REPLACE ";" "\\;" output "${output}")
string(REPLACE "\n" ";" lines "${output}")
set(metrics "")
foreach(line IN LISTS lines)
    string(JSON type ERROR_VARIABLE error TYPE "${line}")
    if(error OR NOT type STREQUAL "OBJECT")
        message(FATAL_ERROR "not a JSON object: '${line}' ${error}")
    endif()
    foreach(key scenario metric value unit)
        string(JSON type ERROR_VARIABLE error TYPE "${line}" ${key})
        if(error)
            message(FATAL_ERROR "no key '${key}' in '${line}'")
        endif()
        if(key STREQUAL "value")
            set(expected NUMBER)
        else()
            set(expected STRING)
        endif()
        if(NOT type STREQUAL expected)
            message(FATAL_ERROR "'${key}' is ${type}, not ${expected}, in '${line}'")
        endif()
    endforeach()
    string(JSON scenario GET "${line}" scenario)
    string(JSON metric GET "${line}" metric)
    string(JSON unit GET "${line}" unit)
    string(JSON value GET "${line}" value)
    if(NOT scenario STREQUAL "password")
        message(FATAL_ERROR "scenario is '${scenario}', not 'password', in '${line}'")
    endif()
    if(NOT unit STREQUAL "ms")
        message(FATAL_ERROR "unit is '${unit}', not 'ms', in '${line}'")
    endif()
    if(NOT value GREATER 0)
        message(FATAL_ERROR "value is not positive in '${line}'")
    endif()
    if(NOT line MATCHES "\"value\":[0-9]+\\.[0-9][,}]")
        message(FATAL_ERROR "value does not have exactly one decimal in '${line}'")
    endif()
    list(APPEND metrics "${metric}")
endforeach()
foreach(metric verify_ms hash_ms)
    if(NOT metric IN_LIST metrics)
        message(FATAL_ERROR "karier-bench password printed no '${metric}' figure:\n${output}")
    endif()
endforeach()

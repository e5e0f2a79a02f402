# Fails when a text the app can show names a CLI flag, a setting's key or SQL: core messages
# name their field (Field) and each front end words it; only cli/ speaks in flags.
#   cmake -DROOT=<source dir> -P check_messages.cmake
file(GLOB_RECURSE sources ${ROOT}/core/*.cpp ${ROOT}/ui/*.cpp)
set(offenders "")
foreach(file IN LISTS sources)
    file(RELATIVE_PATH rel ${ROOT} ${file})
    file(STRINGS ${file} lines REGEX "tr\\(")
    foreach(line IN LISTS lines)
        # The literal after tr(, up to its closing quote.
        string(REGEX MATCH "tr\\(\"([^\"\\\\]|\\\\.)*\"" text "${line}")
        if(NOT text)
            continue()
        endif()
        if(text MATCHES "--[a-z]" OR text MATCHES "(rep|work|cadence|mail)\\.[a-z_]+"
           OR text MATCHES "[Ss][Qq][Ll]")
            list(APPEND offenders "${rel}: ${text}")
        endif()
    endforeach()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " out)
    message(FATAL_ERROR "Texts of the app that speak CLI or SQL:\n  ${out}")
endif()
list(LENGTH sources n)
message(STATUS "${n} sources checked: no CLI flag, setting key or SQL in the app's texts")

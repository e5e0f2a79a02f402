# Fails when a text the app can show names a CLI flag, a setting's key, an internal name of a
# step or state ("mark-lost", "awaiting-decision") or SQL: core messages name their field
# (Field) and each front end words it; only cli/ speaks in flags and keys.
#   cmake -DROOT=<source dir> -P check_messages.cmake
file(GLOB_RECURSE sources ${ROOT}/core/*.cpp ${ROOT}/ui/*.cpp)
set(quoted "\"([^\"\\\\]|\\\\.)*\"")
set(space "[ \t\r\n]*")
set(forbidden
    "--[a-z]"
    "(rep|work|cadence|mail)\\.[a-z_]+"
    "[Ss][Qq][Ll]"
    "(set-meeting|mark-lost|no-meeting|awaiting-decision|past-rule|meeting-set|meeting-moved|meeting-held|stage-changed)")
set(offenders "")
foreach(file IN LISTS sources)
    file(RELATIVE_PATH rel ${ROOT} ${file})
    file(READ ${file} content)
    # Each tr("…" "…") with its continuation literals, as one text.
    string(REGEX MATCHALL "tr\\(${space}${quoted}(${space}${quoted})*" texts "${content}")
    foreach(text IN LISTS texts)
        # The server's product name, and the address a rep types for it, are not SQL.
        string(REGEX REPLACE "PostgreSQL|postgresql://" "" checked "${text}")
        foreach(pattern IN LISTS forbidden)
            if(checked MATCHES "${pattern}")
                string(REGEX REPLACE "[\r\n]+ *" " " shown "${text}")
                list(APPEND offenders "${rel}: ${shown}")
                break()
            endif()
        endforeach()
    endforeach()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " out)
    message(FATAL_ERROR "Texts of the app that speak CLI, internal names or SQL:\n  ${out}")
endif()
list(LENGTH sources n)
message(STATUS "${n} sources checked: no CLI flag, setting key, internal name or SQL in the "
               "app's texts")

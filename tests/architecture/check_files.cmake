# Fails when app code outside the two guarded places could open a file a rep picks: every
# picker is FileDialogs (Qt's own dialog, icons by name, the database's files not listed), and
# every file from outside is read by TextFile or written by PrivateFile, which refuse the open
# database. Opening and closing the database file from anywhere else in the process drops
# SQLite's locks on it (docs/architecture.md, "The file and its locks").
#   cmake -DROOT=<source dir> -P check_files.cmake
file(GLOB_RECURSE sources ${ROOT}/core/*.cpp ${ROOT}/cli/*.cpp ${ROOT}/ui/*.cpp ${ROOT}/app/*.cpp
     ${ROOT}/core/*.h ${ROOT}/cli/*.h ${ROOT}/ui/*.h ${ROOT}/app/*.h)
set(offenders "")
foreach(file IN LISTS sources)
    file(RELATIVE_PATH rel ${ROOT} ${file})
    if(NOT rel STREQUAL "ui/dialogs/filedialogs.cpp")
        file(STRINGS ${file} lines REGEX "QFileDialog|QFileIconProvider|QMimeDatabase")
        foreach(line IN LISTS lines)
            list(APPEND offenders "${rel}: ${line}")
        endforeach()
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR "A file picker or type sniffing outside ui/dialogs/filedialogs.cpp:\n  ${text}")
endif()
list(LENGTH sources n)
message(STATUS "${n} files checked: every picker goes through FileDialogs")

# Fails when a header outside the store's private sql/ folder includes Qt Sql or SQLite: the
# store's public headers hand out value types only, and no other layer touches SQL.
#   cmake -DROOT=<source dir> -P check_headers.cmake
file(GLOB_RECURSE headers ${ROOT}/core/*.h ${ROOT}/cli/*.h ${ROOT}/ui/*.h ${ROOT}/app/*.h)
file(GLOB_RECURSE sources ${ROOT}/core/*.cpp ${ROOT}/cli/*.cpp ${ROOT}/ui/*.cpp ${ROOT}/app/*.cpp)
set(offenders "")
foreach(file IN LISTS headers sources)
    file(RELATIVE_PATH rel ${ROOT} ${file})
    # The store's own sources and its private sql/ helpers are where SQL belongs.
    if(rel MATCHES "^core/store/sql/" OR (rel MATCHES "^core/store/" AND rel MATCHES "\\.cpp$"))
        continue()
    endif()
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtSql|QSql|sqlite3|sql/)")
    foreach(line IN LISTS lines)
        list(APPEND offenders "${rel}: ${line}")
    endforeach()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR "SQL outside the store's private headers:\n  ${text}")
endif()
list(LENGTH headers h)
list(LENGTH sources s)
message(STATUS "${h} headers and ${s} sources checked: SQL stays inside the store")

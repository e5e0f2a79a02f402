# Fails when a .ts file is stale (lupdate over today's sources would change it) or holds a text
# not translated yet. Run: cmake --build build --target update_translations, then fill in.
#   cmake -DLUPDATE=... -DGENERATOR=.../GenerateLUpdateProject.cmake -DPROJECT_IN=...
#         -DTS=<the .ts file> -DWORK=<scratch folder> -DOPTIONS="a;b" -P check_translations.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json
                        -P ${GENERATOR}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Could not write the lupdate project (${rc}).")
endif()
get_filename_component(name ${TS} NAME)
configure_file(${TS} ${WORK}/${name} COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -project ${WORK}/project.json -ts ${WORK}/${name}
                        ${OPTIONS}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}")
endif()
file(READ ${TS} committed)
file(READ ${WORK}/${name} fresh)
if(NOT committed STREQUAL fresh)
    execute_process(COMMAND diff -u ${TS} ${WORK}/${name} OUTPUT_VARIABLE diff)
    message(FATAL_ERROR "${name} is stale: run 'cmake --build build --target update_translations' "
                        "and translate what it adds.\n${diff}")
endif()
if(committed MATCHES "type=\"unfinished\"")
    message(FATAL_ERROR "${name} has texts not translated yet (type=\"unfinished\").")
endif()
message(STATUS "${name} is current and complete")

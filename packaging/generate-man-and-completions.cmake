# Writes the man page (plain and gzip -9n, as Debian installs it: -n keeps no name or time, so the
# package is reproducible) and the shell completions, by running the built program:
#   cmake -DPROGRAM=path/to/backprop-lab -DOUTPUT_DIR=dir -P generate-man-and-completions.cmake
# app/CMakeLists.txt runs it after every link of the program.
file(MAKE_DIRECTORY "${OUTPUT_DIR}")
foreach(kind_and_file IN ITEMS "man=backprop-lab.1" "bash=backprop-lab.bash" "zsh=_backprop-lab"
                               "fish=backprop-lab.fish")
    string(REPLACE "=" ";" pair "${kind_and_file}")
    list(GET pair 0 kind)
    list(GET pair 1 file)
    execute_process(COMMAND "${PROGRAM}" --generate ${kind}
                    OUTPUT_FILE "${OUTPUT_DIR}/${file}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "backprop-lab --generate ${kind} failed (${result})")
    endif()
endforeach()
execute_process(COMMAND gzip -9n -c "${OUTPUT_DIR}/backprop-lab.1"
                OUTPUT_FILE "${OUTPUT_DIR}/backprop-lab.1.gz" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip of the man page failed (${result})")
endif()

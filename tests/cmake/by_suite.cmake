# run_by_suite_when_asked(TARGET [PROPERTIES name value ...]): after gtest_discover_tests(TARGET ...),
# puts tests/cmake/ctest_by_suite.cmake in front of the include script that call just added, so that
# ctest registers TARGET's tests one per suite when BACKPROP_LAB_TESTS_BY_SUITE=1 (what
# packaging/setup.sh test sets), and one per test otherwise. The properties are those given to
# gtest_discover_tests.
function(run_by_suite_when_asked target)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "PROPERTIES")
    get_property(includes DIRECTORY PROPERTY TEST_INCLUDE_FILES)
    list(POP_BACK includes per_test_file)
    if(NOT per_test_file MATCHES "/${target}\\[[0-9]+\\]_include\\.cmake$")
        message(FATAL_ERROR "run_by_suite_when_asked(${target}): call it right after gtest_discover_tests(${target})")
    endif()
    set(wrapper "${CMAKE_CURRENT_BINARY_DIR}/${target}_by_suite.cmake")
    file(GENERATE OUTPUT "${wrapper}" CONTENT
"set(bplab_program [==[$<TARGET_FILE:${target}>]==])
set(bplab_name [==[${target}]==])
set(bplab_per_test_file [==[${per_test_file}]==])
set(bplab_working_directory [==[${CMAKE_CURRENT_BINARY_DIR}]==])
set(bplab_properties [==[${ARG_PROPERTIES}]==])
include([==[${CMAKE_CURRENT_FUNCTION_LIST_DIR}/ctest_by_suite.cmake]==])
")
    list(APPEND includes "${wrapper}")
    set_property(DIRECTORY PROPERTY TEST_INCLUDE_FILES "${includes}")
endfunction()

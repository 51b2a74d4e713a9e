# discover_tests_by_suite_when_asked(TARGET [PROPERTIES name value ...]): gtest_discover_tests(TARGET)
# (at ctest time, PRE_TEST), with tests/cmake/ctest_by_suite.cmake put in front of the include script it
# adds, so that ctest registers TARGET's tests one per suite when BACKPROP_LAB_TESTS_BY_SUITE=1 (what
# packaging/setup.sh test sets), and one per test otherwise; each gets the properties either way.
function(discover_tests_by_suite_when_asked target)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "PROPERTIES")
    if(ARG_PROPERTIES)
        gtest_discover_tests(${target} DISCOVERY_MODE PRE_TEST DISCOVERY_TIMEOUT 60 PROPERTIES ${ARG_PROPERTIES})
    else()
        gtest_discover_tests(${target} DISCOVERY_MODE PRE_TEST DISCOVERY_TIMEOUT 60)
    endif()
    get_property(includes DIRECTORY PROPERTY TEST_INCLUDE_FILES)
    list(POP_BACK includes per_test_file)
    if(NOT per_test_file MATCHES "/${target}\\[[0-9]+\\]_include\\.cmake$")
        message(FATAL_ERROR "discover_tests_by_suite_when_asked(${target}): gtest_discover_tests added no "
            "include script named as this CMake's do: ${per_test_file}")
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

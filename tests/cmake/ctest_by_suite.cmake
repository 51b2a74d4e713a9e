# Read by ctest (a TEST_INCLUDE_FILES script, see tests/cmake/by_suite.cmake): registers one program's
# GoogleTest tests, one ctest test each, or, when BACKPROP_LAB_TESTS_BY_SUITE=1 is in ctest's
# environment, one ctest test per test suite ("mnist_tests:MnistTrainer.*", run with
# --gtest_filter=MnistTrainer.*). A program that links LibTorch spends about a second starting before
# its first test (LibTorch registers its operators), once per ctest test: run by suite, that second is
# paid some 90 times instead of some 400 in a full run. One test per ctest test stays the default, for
# `ctest -R` on a single test and for tests/mutation, whose regular expressions name tests. A test that
# calls GTEST_SKIP counts as passed within its suite's ctest test (a suite-wide "skipped" pattern would
# also hide a failing test beside it); run one by one to see the skips.
#
# Set by the generated wrapper: bplab_program (the executable), bplab_name (its target name),
# bplab_per_test_file (GoogleTest's own include script for it), bplab_working_directory and
# bplab_properties (a list: name value ...).
if(NOT "$ENV{BACKPROP_LAB_TESTS_BY_SUITE}" STREQUAL "1" OR NOT EXISTS "${bplab_program}")
    include("${bplab_per_test_file}")
    return()
endif()

# The suites, listed again only when the program is newer than the last list.
set(suites_file "${bplab_program}_suites.txt")
if(NOT EXISTS "${suites_file}" OR NOT "${suites_file}" IS_NEWER_THAN "${bplab_program}")
    # Every test, whatever GTEST_FILTER this ctest was started with (a filtered list kept here would
    # leave the other suites out of every later run).
    execute_process(COMMAND "${bplab_program}" --gtest_list_tests --gtest_filter=*
        WORKING_DIRECTORY "${bplab_working_directory}"
        OUTPUT_VARIABLE listing RESULT_VARIABLE listed TIMEOUT 60)
    set(suites "")
    if(listed EQUAL 0)
        # A suite's line starts at the margin and ends its name with a dot ("Prefix/Suite.  # TypeParam
        # = int" for a typed or parameterized one); its tests' lines are indented.
        string(REGEX MATCHALL "(^|\n)[A-Za-z0-9_/]+\\." suite_lines "${listing}")
        foreach(line IN LISTS suite_lines)
            string(STRIP "${line}" line)
            string(REGEX REPLACE "\\.$" "" suite "${line}")
            list(APPEND suites "${suite}")
        endforeach()
        list(REMOVE_DUPLICATES suites)
    endif()
    if(NOT suites)
        # A program that cannot list its tests, or a listing this script cannot read: one test that runs
        # the program whole, so nothing goes unrun and a failure shows; listed again next time.
        add_test("${bplab_name}" "${bplab_program}")
        set_tests_properties("${bplab_name}" PROPERTIES
            WORKING_DIRECTORY "${bplab_working_directory}" ${bplab_properties})
        return()
    endif()
    file(WRITE "${suites_file}" "${suites}")
endif()

file(READ "${suites_file}" suites)
foreach(suite IN LISTS suites)
    set(test_name "${bplab_name}:${suite}.*")
    add_test("${test_name}" "${bplab_program}" "--gtest_filter=${suite}.*")
    set_tests_properties("${test_name}" PROPERTIES
        WORKING_DIRECTORY "${bplab_working_directory}" ${bplab_properties})
endforeach()

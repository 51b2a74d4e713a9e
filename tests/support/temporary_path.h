#pragma once

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

namespace bplab {

// A file path in the temporary folder, unique to this test and this process: tests of parallel CTest
// runs (or of two checkouts on one machine) never write the same file.
inline std::string temporaryPath(const std::string& name) {
    const std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    return (std::filesystem::temp_directory_path() / (name + "-" + test + "-" + std::to_string(getpid())))
        .string();
}

} // namespace bplab

#pragma once

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

namespace bplab {

// A file path in the temporary folder, unique to this test and this process: tests of parallel CTest
// runs (or of two checkouts on one machine) never write the same file. The extension of `name` stays
// last ("chart.png" → "chart-TEST-PID.png"): exports choose their format by it.
inline std::string temporaryPath(const std::string& name) {
    const std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    const std::filesystem::path given(name);
    const std::string unique = given.stem().string() + "-" + test + "-" + std::to_string(getpid());
    return (std::filesystem::temp_directory_path() / (unique + given.extension().string())).string();
}

} // namespace bplab

#pragma once

#include <string>

namespace bplab {

// Whether an error message or a file's text holds `part` (reads better in EXPECT_TRUE than find != npos).
inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace bplab

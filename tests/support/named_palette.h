#pragma once

#include <QPalette>

#include <ostream>

namespace bplab::test {

// One of our palettes as a test parameter: the name ctest shows as the test's suffix, and the
// function that builds it (lightPalette, darkPalette, highContrastPalette).
struct NamedPalette {
    const char* name;
    QPalette (*palette)();
};

// ctest lists a parameter by what it prints: the palette's name rather than the struct's bytes.
inline void PrintTo(const NamedPalette& palette, std::ostream* out) { *out << palette.name; }

} // namespace bplab::test

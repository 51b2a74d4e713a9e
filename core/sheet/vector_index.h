#pragma once

#include <cstddef>

namespace bplab {

// The sheet counts units, rows and parameters with int (Qt's and the formulas' type) and stores them in
// std::vector: `values[at(i)]` says the conversion once, without a cast at every index.
inline std::size_t at(int index) { return static_cast<std::size_t>(index); }
// The same for the 64-bit counts that bound a sheet's stored values.
inline std::size_t at(long long index) { return static_cast<std::size_t>(index); }

} // namespace bplab

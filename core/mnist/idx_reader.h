#pragma once

#include "core/mnist/mnist_errors.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace bplab {

// Images of an IDX3 file (magic 2051): `count` images of rows × cols unsigned bytes, row-major,
// image after image, exactly as stored (0 = background, 255 = ink).
struct IdxImages {
    int count = 0;
    int rows = 0;
    int cols = 0;
    std::vector<std::uint8_t> pixels; // count · rows · cols bytes
};

// Labels of an IDX1 file (magic 2049).
struct IdxLabels {
    std::vector<std::uint8_t> labels;
};

// Strict readers: the magic number (2051 / 2049, which also fixes the type byte 0x08 and the number of
// dimensions), the size fields, and a file length equal to what the header announces are all
// checked. A `.gz` file is decompressed first. Anything else throws IdxError; nothing is ever
// returned half-read.
IdxImages readIdxImages(const std::string& path);
IdxLabels readIdxLabels(const std::string& path);

// The file's bytes as they are. Throws IdxError (Unreadable) when it cannot be opened or read.
std::vector<std::uint8_t> readFileBytes(const std::string& path);
// The file's bytes, gunzipped when it is gzip data (by its magic bytes, whatever its name).
// Throws IdxError when it cannot be read.
std::vector<std::uint8_t> readMaybeGzipped(const std::string& path);

} // namespace bplab

#include "core/mnist/idx_reader.h"

#include <zlib.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>

namespace bplab {

namespace {

constexpr std::uint32_t kImagesMagic = 2051; // 0x00000803: unsigned byte, 3 dimensions
constexpr std::uint32_t kLabelsMagic = 2049; // 0x00000801: unsigned byte, 1 dimension
// Far above MNIST's 60,000 images, far below what would exhaust memory: a guard against headers
// that claim absurd sizes before any allocation happens.
constexpr std::uint64_t kMaxBytes = std::uint64_t{1} << 31;

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw IdxError(IdxProblem::Damaged, path, problem, path + ": " + problem);
}

std::uint32_t bigEndian32(const std::vector<std::uint8_t>& bytes, std::size_t offset) {
    return (std::uint32_t{bytes[offset]} << 24) | (std::uint32_t{bytes[offset + 1]} << 16) |
           (std::uint32_t{bytes[offset + 2]} << 8) | std::uint32_t{bytes[offset + 3]};
}

std::vector<std::uint8_t> gunzip(const std::string& path, const std::vector<std::uint8_t>& compressed) {
    z_stream stream{};
    // 16 + MAX_WBITS: expect a gzip header, not a raw zlib stream.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) fail(path, "cannot start gzip decompression");
    std::vector<std::uint8_t> out;
    std::array<std::uint8_t, 1 << 16> chunk{};
    stream.next_in = const_cast<Bytef*>(compressed.data());
    stream.avail_in = static_cast<uInt>(compressed.size());
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = chunk.data();
        stream.avail_out = static_cast<uInt>(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            fail(path,
                 status == Z_BUF_ERROR ? "gzip data ends early (truncated download?)" : "corrupt gzip data");
        }
        out.insert(out.end(), chunk.data(), chunk.data() + (chunk.size() - stream.avail_out));
        if (out.size() > kMaxBytes) {
            inflateEnd(&stream);
            fail(path, "decompresses to more than 2 GiB; not an MNIST file");
        }
    }
    inflateEnd(&stream);
    return out;
}

// Checks the header of an IDX file with `dimensions` sizes and returns them.
std::vector<std::uint32_t> readHeader(const std::string& path, const std::vector<std::uint8_t>& bytes,
                                      std::uint32_t expectedMagic, std::size_t dimensions, const char* what) {
    if (bytes.size() < 4)
        fail(path, "too short for an IDX file (" + std::to_string(bytes.size()) + " bytes)");
    const std::uint32_t magic = bigEndian32(bytes, 0);
    // The magic number is two zero bytes, a type byte and a dimension count: name the part that is off.
    if (bytes[0] == 0 && bytes[1] == 0 && bytes[2] != 0x08) {
        char type[8];
        std::snprintf(type, sizeof type, "0x%02X", bytes[2]);
        fail(path, std::string("element type ") + type +
                       " is not supported: MNIST files hold unsigned bytes (0x08)");
    }
    if (bytes[0] == 0 && bytes[1] == 0 && bytes[3] != expectedMagic % 256) {
        fail(path, "has " + std::to_string(bytes[3]) + " dimensions; an IDX " + what + " file has " +
                       std::to_string(dimensions));
    }
    if (magic != expectedMagic) {
        std::string problem = "wrong magic number " + std::to_string(magic) + ", expected " +
                              std::to_string(expectedMagic) + " for an IDX " + what + " file";
        if (magic == kImagesMagic || magic == kLabelsMagic) problem += " (images and labels swapped?)";
        fail(path, problem);
    }
    if (bytes.size() < 4 + 4 * dimensions) {
        fail(path, "too short for an IDX header (" + std::to_string(bytes.size()) + " bytes)");
    }
    std::vector<std::uint32_t> sizes;
    for (std::size_t d = 0; d < dimensions; ++d) sizes.push_back(bigEndian32(bytes, 4 + 4 * d));
    return sizes;
}

void checkLength(const std::string& path, std::size_t actual, std::uint64_t headerBytes,
                 std::uint64_t dataBytes) {
    const std::uint64_t expected = headerBytes + dataBytes;
    if (actual < expected) {
        fail(path, "truncated: the header announces " + std::to_string(expected) +
                       " bytes but the file has " + std::to_string(actual));
    }
    if (actual > expected) {
        fail(path, "has " + std::to_string(actual - expected) +
                       " unexpected bytes after the data announced by its header");
    }
}

} // namespace

std::vector<std::uint8_t> readFileBytes(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        const std::string reason = std::strerror(errno);
        throw IdxError(IdxProblem::Unreadable, path, reason, path + ": cannot open (" + reason + ")");
    }
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (file.bad()) throw IdxError(IdxProblem::Unreadable, path, "read error", path + ": read error");
    return bytes;
}

std::vector<std::uint8_t> readMaybeGzipped(const std::string& path) {
    std::vector<std::uint8_t> bytes = readFileBytes(path);
    const bool gzipped = bytes.size() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
    return gzipped ? gunzip(path, bytes) : bytes;
}

IdxImages readIdxImages(const std::string& path) {
    const std::vector<std::uint8_t> bytes = readMaybeGzipped(path);
    const auto sizes = readHeader(path, bytes, kImagesMagic, 3, "images");
    const std::uint64_t count = sizes[0], rows = sizes[1], cols = sizes[2];
    if (rows == 0 || cols == 0) fail(path, "images of size 0");
    const std::uint64_t dataBytes = count * rows * cols; // each factor < 2^32, rows·cols checked below
    if (rows * cols > kMaxBytes || dataBytes > kMaxBytes || count > std::numeric_limits<int>::max()) {
        fail(path, "header announces an impossible size (" + std::to_string(count) + " images of " +
                       std::to_string(rows) + "×" + std::to_string(cols) + ")");
    }
    checkLength(path, bytes.size(), 16, dataBytes);
    IdxImages images;
    images.count = static_cast<int>(count);
    images.rows = static_cast<int>(rows);
    images.cols = static_cast<int>(cols);
    images.pixels.assign(bytes.begin() + 16, bytes.end());
    return images;
}

IdxLabels readIdxLabels(const std::string& path) {
    const std::vector<std::uint8_t> bytes = readMaybeGzipped(path);
    const auto sizes = readHeader(path, bytes, kLabelsMagic, 1, "labels");
    checkLength(path, bytes.size(), 8, sizes[0]);
    IdxLabels labels;
    labels.labels.assign(bytes.begin() + 8, bytes.end());
    return labels;
}

} // namespace bplab

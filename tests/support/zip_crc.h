#pragma once

#include <zlib.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <string>

namespace bplab {

// The CRC-32 a zip record stores for `bytes` (zlib's, which the checkpoint check uses too).
inline std::uint32_t crcOf(const std::string& bytes) {
    return static_cast<std::uint32_t>(
        crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

// A CRC as the refusal sentences write it: eight lower-case hexadecimal digits.
inline std::string crcHex(std::uint32_t value) {
    std::array<char, 9> text{};
    std::snprintf(text.data(), text.size(), "%08x", static_cast<unsigned>(value));
    return text.data();
}

} // namespace bplab

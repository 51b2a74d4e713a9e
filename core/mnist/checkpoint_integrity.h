#pragma once

// The zip container of a checkpoint, checked before LibTorch reads it. A checkpoint is a LibTorch
// archive, which is a zip file of records; LibTorch's zip reader (miniz, built without its CRC checks)
// hands damaged tensor bytes over as weights, so a file with zeroed bytes would load and predict with
// altered weights. Plain C++ and zlib: the fuzzer links it alone.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bplab {

// One record (file) of a zip archive, as its central directory describes it. The central directory is
// the authority: a record written with a data descriptor has zeros in its local header.
struct ZipRecord {
    std::string name;                 // "archive/data/3"
    std::uint16_t method = 0;         // 0 stored (what LibTorch writes), 8 deflate
    std::uint32_t crc32 = 0;          // of the uncompressed bytes
    std::uint64_t compressedSize = 0; // bytes in the archive
    std::uint64_t uncompressedSize = 0;
    std::uint64_t dataOffset = 0; // where its bytes begin in the archive, past its local header
};

// Why an archive cannot be trusted, as a phrase that completes "FILE is damaged: …" (kind Damaged) or
// "FILE is not a LibTorch archive: …" (kind NotAZipArchive: no zip structure at all, as in a text file).
class ZipDamage : public std::runtime_error {
public:
    enum class Kind { NotAZipArchive, Damaged };
    ZipDamage(Kind kind, const std::string& phrase)
        : std::runtime_error(phrase)
        , m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// The records of the zip archive `archive`, each checked to lie inside the file with a local header
// that agrees with the central directory (zip64 and data descriptors included). Reads nothing
// outside `archive`. Throws ZipDamage.
std::vector<ZipRecord> readZipDirectory(std::string_view archive);

// readZipDirectory, then every record's CRC-32 (zlib's) checked against the one stored for it; a
// deflated record is inflated to check it. Throws ZipDamage naming the first record that fails.
std::vector<ZipRecord> verifiedZipRecords(std::string_view archive);

// The format version a LibTorch archive states in its `version` record ("ARCHIVE/version", or
// "ARCHIVE/.data/version" in newer LibTorch; ARCHIVE is the folder of the first record, as LibTorch
// looks it up). nullopt when there is no such stored record or it holds no number.
std::optional<std::uint64_t> libtorchFormatVersion(std::string_view archive,
                                                   const std::vector<ZipRecord>& records);

} // namespace bplab

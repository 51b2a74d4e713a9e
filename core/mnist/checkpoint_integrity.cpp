// Reading and checking a zip archive's records (APPNOTE.TXT, PKWARE's zip specification): the end
// record (or its zip64 form) locates the central directory, each directory entry locates a local
// header, and the record's bytes follow that header. Every read is bounds-checked against the file.
#include "core/mnist/checkpoint_integrity.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdio>

namespace bplab {

namespace {

constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;    // "PK\3\4"
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;  // "PK\1\2"
constexpr std::uint32_t kEndSignature = 0x06054b50;            // "PK\5\6"
constexpr std::uint32_t kZip64EndSignature = 0x06064b50;       // "PK\6\6"
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;   // "PK\6\7"
constexpr std::uint32_t kDataDescriptorSignature = 0x08074b50; // "PK\7\8" (optional before a descriptor)
constexpr std::uint64_t kEndSize = 22, kZip64LocatorSize = 20, kZip64EndSize = 56;
constexpr std::uint64_t kCentralHeaderSize = 46, kLocalHeaderSize = 30;
constexpr std::uint64_t kMaxCommentSize = 0xFFFF;
constexpr std::uint16_t kZip64ExtraId = 0x0001;
constexpr std::uint16_t kFlagEncrypted = 0x0001, kFlagDataDescriptor = 0x0008;
constexpr std::uint16_t kMethodStored = 0, kMethodDeflated = 8; // the only two LibTorch's reader knows
constexpr std::uint32_t kZip64Marker32 = 0xFFFFFFFF;            // "the value is in the zip64 field"
constexpr std::uint16_t kZip64Marker16 = 0xFFFF;

[[noreturn]] void damaged(const std::string& phrase) { throw ZipDamage(ZipDamage::Kind::Damaged, phrase); }

// True when `length` bytes from `offset` lie inside a span of `size` bytes (no overflow possible).
bool fits(std::uint64_t size, std::uint64_t offset, std::uint64_t length) {
    return offset <= size && length <= size - offset;
}

// `width` little-endian bytes at `offset` of `bytes`. The callers check their structures' bounds with
// sentences of their own; this check is the last guard against reading outside the file.
std::uint64_t little(std::string_view bytes, std::uint64_t offset, unsigned width) {
    if (!fits(bytes.size(), offset, width)) damaged("it was cut short: a zip structure runs past its end");
    std::uint64_t value = 0;
    for (unsigned i = width; i-- > 0;) value = value << 8 | static_cast<unsigned char>(bytes[offset + i]);
    return value;
}
std::uint16_t u16(std::string_view b, std::uint64_t at) {
    return static_cast<std::uint16_t>(little(b, at, 2));
}
std::uint32_t u32(std::string_view b, std::uint64_t at) {
    return static_cast<std::uint32_t>(little(b, at, 4));
}
std::uint64_t u64(std::string_view b, std::uint64_t at) { return little(b, at, 8); }

// A record's name as a sentence can show it: the file's bytes may be anything, of any length.
std::string quoted(std::string_view name) {
    constexpr std::size_t kShown = 80;
    std::string shown;
    for (char c : name.substr(0, kShown)) shown += (c >= 0x20 && c < 0x7F) ? c : '?';
    return "'" + shown + (name.size() > kShown ? "...'" : "'");
}

std::string hex32(std::uint32_t value) {
    std::array<char, 9> text{};
    std::snprintf(text.data(), text.size(), "%08x", static_cast<unsigned>(value));
    return text.data();
}

// Where the central directory lies, from the end record (and its zip64 form where the end record
// says "see zip64").
struct DirectoryPlace {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
    std::uint64_t entries = 0;
};

// The end record's position: its signature, searched from the end back over the longest comment a
// file may carry (as LibTorch's reader searches), with its comment inside the file.
std::uint64_t endRecordPosition(std::string_view archive) {
    const std::uint64_t size = archive.size();
    if (size >= kEndSize) {
        const std::uint64_t lowest = size - std::min(size, kEndSize + kMaxCommentSize);
        for (std::uint64_t at = size - kEndSize + 1; at-- > lowest;) {
            if (u32(archive, at) == kEndSignature && fits(size, at + kEndSize, u16(archive, at + 20)))
                return at;
        }
    }
    // A file that begins like a zip archive but lacks its end was cut short; anything else is no zip.
    if (archive.substr(0, 4) == std::string_view("PK\3\4", 4))
        damaged("it was cut short: the zip directory that ends every archive is missing");
    throw ZipDamage(ZipDamage::Kind::NotAZipArchive, "it has no zip directory at its end");
}

DirectoryPlace directoryPlace(std::string_view archive) {
    const std::uint64_t end = endRecordPosition(archive);
    std::uint64_t disk = u16(archive, end + 4), directoryDisk = u16(archive, end + 6);
    std::uint64_t entriesHere = u16(archive, end + 8);
    DirectoryPlace place{u32(archive, end + 16), u32(archive, end + 12), u16(archive, end + 10)};
    std::uint64_t directoryLimit = end; // the directory ends before the record that locates it
    const bool zip64 = disk == kZip64Marker16 || directoryDisk == kZip64Marker16 ||
                       entriesHere == kZip64Marker16 || place.entries == kZip64Marker16 ||
                       place.size == kZip64Marker32 || place.offset == kZip64Marker32;
    if (zip64) {
        if (end < kZip64LocatorSize || u32(archive, end - kZip64LocatorSize) != kZip64LocatorSignature)
            damaged("its zip64 end record is missing, though its end record points there");
        const std::uint64_t locator = end - kZip64LocatorSize;
        const std::uint64_t record = u64(archive, locator + 8);
        if (!fits(locator, record, kZip64EndSize) || u32(archive, record) != kZip64EndSignature)
            damaged("its zip64 end record is not where its locator says");
        disk = u32(archive, record + 16);
        directoryDisk = u32(archive, record + 20);
        entriesHere = u64(archive, record + 24);
        place = {u64(archive, record + 48), u64(archive, record + 40), u64(archive, record + 32)};
        directoryLimit = record;
    }
    if (disk != 0 || directoryDisk != 0 || entriesHere != place.entries)
        damaged("its end record describes a multi-part archive, which a checkpoint never is");
    if (!fits(directoryLimit, place.offset, place.size))
        damaged("its zip directory lies outside the file (cut short or changed)");
    if (place.entries == 0)
        throw ZipDamage(ZipDamage::Kind::NotAZipArchive, "it is a zip archive without records");
    if (place.entries > place.size / kCentralHeaderSize)
        damaged("its zip directory lists more records than it has room for");
    return place;
}

// One central directory entry's fields, before the zip64 extra field fills in the marked ones.
struct DirectoryEntry {
    ZipRecord record;
    std::uint16_t flags = 0;
    std::uint64_t localHeader = 0;
    std::uint32_t diskStart = 0;
};

// The zip64 extended information field holds, in this order, only the values whose 32-bit (or
// 16-bit) field in the directory entry is the marker.
void applyZip64Extra(std::string_view extra, DirectoryEntry& entry) {
    std::array<std::uint64_t*, 3> wide{&entry.record.uncompressedSize, &entry.record.compressedSize,
                                       &entry.localHeader};
    bool diskMarked = entry.diskStart == kZip64Marker16;
    bool anyMarked =
        diskMarked || std::any_of(wide.begin(), wide.end(), [](auto* v) { return *v == kZip64Marker32; });
    for (std::uint64_t at = 0; anyMarked && fits(extra.size(), at, 4);) {
        const std::uint16_t id = u16(extra, at), length = u16(extra, at + 2);
        if (!fits(extra.size(), at + 4, length))
            damaged("record " + quoted(entry.record.name) + " has a damaged extra field");
        if (id == kZip64ExtraId) {
            const std::string_view field = extra.substr(at + 4, length);
            std::uint64_t next = 0;
            for (std::uint64_t* value : wide) {
                if (*value != kZip64Marker32) continue;
                if (!fits(field.size(), next, 8)) break;
                *value = u64(field, next);
                next += 8;
            }
            if (diskMarked && fits(field.size(), next, 4)) entry.diskStart = u32(field, next);
            diskMarked = entry.diskStart == kZip64Marker16;
            anyMarked = diskMarked ||
                        std::any_of(wide.begin(), wide.end(), [](auto* v) { return *v == kZip64Marker32; });
            break;
        }
        at += 4 + length;
    }
    if (anyMarked)
        damaged("record " + quoted(entry.record.name) +
                " lacks the zip64 sizes its directory entry points to");
}

// Reads the directory entry at `at` (inside a directory that ends at `stop`) and returns where the next
// begins.
std::uint64_t readDirectoryEntry(std::string_view archive, std::uint64_t at, std::uint64_t stop,
                                 DirectoryEntry& entry) {
    if (!fits(stop, at, kCentralHeaderSize) || u32(archive, at) != kCentralHeaderSignature) return 0;
    const std::uint64_t nameLength = u16(archive, at + 28), extraLength = u16(archive, at + 30);
    const std::uint64_t variable = nameLength + extraLength + u16(archive, at + 32);
    if (!fits(stop, at + kCentralHeaderSize, variable)) return 0;
    entry.flags = u16(archive, at + 8);
    entry.record.method = u16(archive, at + 10);
    entry.record.crc32 = u32(archive, at + 16);
    entry.record.compressedSize = u32(archive, at + 20);
    entry.record.uncompressedSize = u32(archive, at + 24);
    entry.diskStart = u16(archive, at + 34);
    entry.localHeader = u32(archive, at + 42);
    entry.record.name = std::string(archive.substr(at + kCentralHeaderSize, nameLength));
    applyZip64Extra(archive.substr(at + kCentralHeaderSize + nameLength, extraLength), entry);
    return at + kCentralHeaderSize + variable;
}

// A data descriptor (after the record's bytes, when flag bit 3 is set) repeats the CRC-32, after an
// optional signature; the sizes that follow are 4 or 8 bytes wide, so only the CRC is compared.
void checkDataDescriptor(std::string_view archive, std::uint64_t at, const ZipRecord& record) {
    if (fits(archive.size(), at, 8) && u32(archive, at) == kDataDescriptorSignature &&
        u32(archive, at + 4) == record.crc32)
        return;
    if (!fits(archive.size(), at, 4) || u32(archive, at) != record.crc32)
        damaged("record " + quoted(record.name) +
                ": its data descriptor does not repeat the CRC its directory entry states");
}

// The local header of `entry` agrees with its directory entry; returns where the record's bytes begin.
// Record data lies before the central directory (`dataLimit`).
std::uint64_t checkLocalHeader(std::string_view archive, const DirectoryEntry& entry,
                               std::uint64_t dataLimit) {
    const ZipRecord& r = entry.record;
    const std::uint64_t at = entry.localHeader;
    if (!fits(dataLimit, at, kLocalHeaderSize) || u32(archive, at) != kLocalHeaderSignature)
        damaged("record " + quoted(r.name) + " has no local header where the zip directory says");
    const std::uint16_t flags = u16(archive, at + 6);
    const std::uint64_t nameLength = u16(archive, at + 26), extraLength = u16(archive, at + 28);
    if (!fits(dataLimit, at + kLocalHeaderSize, nameLength + extraLength) ||
        archive.substr(at + kLocalHeaderSize, nameLength) != r.name || u16(archive, at + 8) != r.method)
        damaged("record " + quoted(r.name) + ": its local header does not match the zip directory");
    // Without a data descriptor the local header states CRC and sizes too (a size may be the zip64 marker).
    auto sizeAgrees = [](std::uint32_t local, std::uint64_t central) {
        return local == kZip64Marker32 || local == central;
    };
    if ((flags & kFlagDataDescriptor) == 0 &&
        (u32(archive, at + 14) != r.crc32 || !sizeAgrees(u32(archive, at + 18), r.compressedSize) ||
         !sizeAgrees(u32(archive, at + 22), r.uncompressedSize)))
        damaged("record " + quoted(r.name) +
                ": its local header and the zip directory disagree on its CRC or size");
    const std::uint64_t data = at + kLocalHeaderSize + nameLength + extraLength;
    if (!fits(dataLimit, data, r.compressedSize))
        damaged("record " + quoted(r.name) + " runs past the end of the file's data (cut short or changed)");
    if ((flags & kFlagDataDescriptor) != 0)
        checkDataDescriptor(archive.substr(0, dataLimit), data + r.compressedSize, r);
    return data;
}

// What LibTorch's reader could not read even if the bytes were intact.
void checkReadable(const DirectoryEntry& entry) {
    const ZipRecord& r = entry.record;
    if ((entry.flags & kFlagEncrypted) != 0) damaged("record " + quoted(r.name) + " is encrypted");
    if (r.method != kMethodStored && r.method != kMethodDeflated)
        damaged("record " + quoted(r.name) + " is compressed with method " + std::to_string(r.method) +
                ", which no LibTorch archive uses");
    if (r.method == kMethodStored && r.compressedSize != r.uncompressedSize)
        damaged("record " + quoted(r.name) + " is stored with two different sizes (" +
                std::to_string(r.compressedSize) + " and " + std::to_string(r.uncompressedSize) + " bytes)");
}

std::uint32_t crcOf(std::string_view bytes) {
    uLong crc = crc32(0L, Z_NULL, 0);
    while (!bytes.empty()) { // crc32 takes a 32-bit length
        const std::size_t chunk = std::min<std::size_t>(bytes.size(), std::size_t{1} << 30);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(chunk));
        bytes.remove_prefix(chunk);
    }
    return static_cast<std::uint32_t>(crc);
}

// The CRC-32 of a deflated record's inflated bytes, checking that they are as many as its entry states
// (and inflating no more than that: a small record cannot make us inflate gigabytes).
std::uint32_t crcOfDeflated(std::string_view data, const ZipRecord& r) {
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) throw std::bad_alloc(); // raw deflate, no header
    std::array<Bytef, 1 << 16> out{};
    uLong crc = crc32(0L, Z_NULL, 0);
    std::uint64_t produced = 0;
    int status = Z_OK;
    while (status == Z_OK && produced <= r.uncompressedSize) {
        if (stream.avail_in == 0 && !data.empty()) {
            const std::size_t chunk = std::min<std::size_t>(data.size(), std::size_t{1} << 30);
            stream.next_in =
                const_cast<Bytef*>(reinterpret_cast<const Bytef*>(data.data())); // zlib reads only
            stream.avail_in = static_cast<uInt>(chunk);
            data.remove_prefix(chunk);
        }
        stream.next_out = out.data();
        stream.avail_out = static_cast<uInt>(out.size());
        status = inflate(&stream, Z_NO_FLUSH);
        const auto made = static_cast<uInt>(out.size() - stream.avail_out);
        crc = crc32(crc, out.data(), made);
        produced += made;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END && produced <= r.uncompressedSize)
        damaged("record " + quoted(r.name) +
                " cannot be inflated (its deflated bytes are damaged or cut short)");
    if (produced != r.uncompressedSize)
        damaged("record " + quoted(r.name) + " inflates to " +
                (produced > r.uncompressedSize ? "more than " : "") + std::to_string(produced) +
                " bytes, not the " + std::to_string(r.uncompressedSize) + " its zip directory states");
    return static_cast<std::uint32_t>(crc);
}

std::string_view dataOf(std::string_view archive, const ZipRecord& r) {
    return archive.substr(r.dataOffset, r.compressedSize);
}

} // namespace

std::vector<ZipRecord> readZipDirectory(std::string_view archive) {
    const DirectoryPlace place = directoryPlace(archive);
    std::vector<ZipRecord> records;
    records.reserve(place.entries); // bounded: directoryPlace checked the directory has room for them
    std::uint64_t at = place.offset;
    for (std::uint64_t i = 0; i < place.entries; ++i) {
        DirectoryEntry entry;
        at = readDirectoryEntry(archive, at, place.offset + place.size, entry);
        if (at == 0)
            damaged("its zip directory is damaged at entry " + std::to_string(i + 1) + " of " +
                    std::to_string(place.entries));
        if (entry.diskStart != 0)
            damaged("record " + quoted(entry.record.name) +
                    " claims to lie on another disk of a multi-part archive");
        checkReadable(entry);
        entry.record.dataOffset = checkLocalHeader(archive, entry, place.offset);
        records.push_back(std::move(entry.record));
    }
    return records;
}

std::vector<ZipRecord> verifiedZipRecords(std::string_view archive) {
    std::vector<ZipRecord> records = readZipDirectory(archive);
    for (const ZipRecord& r : records) {
        const std::uint32_t computed =
            r.method == kMethodStored ? crcOf(dataOf(archive, r)) : crcOfDeflated(dataOf(archive, r), r);
        if (computed != r.crc32)
            damaged("record " + quoted(r.name) + " fails its checksum (stored CRC " + hex32(r.crc32) +
                    ", computed " + hex32(computed) + ")");
    }
    return records;
}

std::optional<std::uint64_t> libtorchFormatVersion(std::string_view archive,
                                                   const std::vector<ZipRecord>& records) {
    if (records.empty()) return std::nullopt;
    const std::string& first = records.front().name;
    if (first.find('/') == std::string::npos) return std::nullopt;
    const std::string folder = first.substr(0, first.find('/') + 1);
    for (const char* name : {".data/version", "version"}) { // the order in which LibTorch looks
        const auto found = std::find_if(records.begin(), records.end(), [&](const ZipRecord& r) {
            return r.name == folder + name && r.method == kMethodStored;
        });
        if (found == records.end()) continue;
        const std::string_view text = dataOf(archive, *found);
        std::uint64_t version = 0;
        std::size_t digits = 0;
        for (; digits < text.size() && text[digits] >= '0' && text[digits] <= '9'; ++digits) {
            const auto digit = static_cast<std::uint64_t>(text[digits] - '0');
            if (version > (UINT64_MAX - digit) / 10) return std::nullopt;
            version = version * 10 + digit;
        }
        if (digits == 0) return std::nullopt;
        return version;
    }
    return std::nullopt;
}

} // namespace bplab

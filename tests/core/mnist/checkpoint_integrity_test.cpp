// The zip container check, on archives built byte by byte here (APPNOTE.TXT layouts): stored, deflated,
// zip64 and data-descriptor records verify; a changed byte, a cut, garbage and a directory that points
// elsewhere are each a ZipDamage with a phrase naming the damage; the LibTorch format version is read
// from the archive's own version record.
#include "core/mnist/checkpoint_integrity.h"
#include "tests/support/zip_crc.h"

#include <zlib.h>

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

namespace bplab {
namespace {

struct TestRecord {
    std::string name;
    std::string data;
    bool deflated = false;   // method 8, raw deflate
    bool descriptor = false; // flag bit 3: zeros in the local header, CRC and sizes after the data
    bool zip64 = false;      // sizes and header offset in the zip64 extra field
};

void le(std::string& out, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::string rawDeflate(const std::string& data) {
    z_stream stream{};
    EXPECT_EQ(deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

// A zip archive of `records`; with `zip64End`, the end record points to a zip64 end record.
std::string zipOf(const std::vector<TestRecord>& records, bool zip64End = false) {
    std::string archive, directory;
    for (const TestRecord& r : records) {
        const std::string stored = r.deflated ? rawDeflate(r.data) : r.data;
        const std::uint32_t crc = crcOf(r.data);
        const std::uint64_t offset = archive.size();
        const std::uint16_t flags = r.descriptor ? 0x0008 : 0;
        const std::uint16_t method = r.deflated ? 8 : 0;
        le(archive, 0x04034b50, 4), le(archive, 45, 2), le(archive, flags, 2), le(archive, method, 2);
        le(archive, 0, 4); // time, date
        le(archive, r.descriptor ? 0 : crc, 4);
        le(archive, r.descriptor ? 0 : r.zip64 ? 0xFFFFFFFF : stored.size(), 4);
        le(archive, r.descriptor ? 0 : r.zip64 ? 0xFFFFFFFF : r.data.size(), 4);
        le(archive, r.name.size(), 2), le(archive, r.zip64 ? 20 : 0, 2);
        archive += r.name;
        if (r.zip64)
            le(archive, 0x0001, 2), le(archive, 16, 2), le(archive, r.data.size(), 8),
                le(archive, stored.size(), 8);
        archive += stored;
        if (r.descriptor) {
            le(archive, 0x08074b50, 4), le(archive, crc, 4);
            le(archive, stored.size(), r.zip64 ? 8 : 4), le(archive, r.data.size(), r.zip64 ? 8 : 4);
        }
        le(directory, 0x02014b50, 4), le(directory, 45, 2), le(directory, 45, 2), le(directory, flags, 2);
        le(directory, method, 2), le(directory, 0, 4), le(directory, crc, 4);
        le(directory, r.zip64 ? 0xFFFFFFFF : stored.size(), 4),
            le(directory, r.zip64 ? 0xFFFFFFFF : r.data.size(), 4);
        le(directory, r.name.size(), 2), le(directory, r.zip64 ? 28 : 0, 2), le(directory, 0, 2); // comment
        le(directory, 0, 2), le(directory, 0, 2), le(directory, 0, 4); // disk, attributes
        le(directory, r.zip64 ? 0xFFFFFFFF : offset, 4);
        directory += r.name;
        if (r.zip64) {
            le(directory, 0x0001, 2), le(directory, 24, 2);
            le(directory, r.data.size(), 8), le(directory, stored.size(), 8), le(directory, offset, 8);
        }
    }
    const std::uint64_t directoryOffset = archive.size();
    archive += directory;
    if (zip64End) {
        const std::uint64_t zip64Record = archive.size();
        le(archive, 0x06064b50, 4), le(archive, 44, 8), le(archive, 45, 2), le(archive, 45, 2);
        le(archive, 0, 4), le(archive, 0, 4), le(archive, records.size(), 8), le(archive, records.size(), 8);
        le(archive, directory.size(), 8), le(archive, directoryOffset, 8);
        le(archive, 0x07064b50, 4), le(archive, 0, 4), le(archive, zip64Record, 8), le(archive, 1, 4);
    }
    le(archive, 0x06054b50, 4), le(archive, 0, 2), le(archive, 0, 2);
    le(archive, zip64End ? 0xFFFF : records.size(), 2), le(archive, zip64End ? 0xFFFF : records.size(), 2);
    le(archive, zip64End ? 0xFFFFFFFF : directory.size(), 4);
    le(archive, zip64End ? 0xFFFFFFFF : directoryOffset, 4), le(archive, 0, 2);
    return archive;
}

// The damage phrase for `archive`, or "" when it verifies.
std::string damageOf(const std::string& archive) {
    try {
        verifiedZipRecords(archive);
    } catch (const ZipDamage& damage) {
        return damage.what();
    }
    return "";
}

const std::string kName = "archive/data/0"; // 14 characters

TEST(ZipRecords, AStoredRecordIsLocatedAndItsCrc32Checked) {
    const std::string archive = zipOf({{kName, "123456789"}});
    const std::vector<ZipRecord> records = verifiedZipRecords(archive);
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].name, kName);
    EXPECT_EQ(records[0].crc32, 0xcbf43926u);    // the CRC-32 check value of "123456789" (ISO-HDLC)
    EXPECT_EQ(records[0].dataOffset, 30u + 14u); // local header 30 bytes + the name
    EXPECT_EQ(records[0].uncompressedSize, 9u);
}

TEST(ZipRecords, AChangedByteNamesTheRecordAndBothChecksums) {
    std::string archive = zipOf({{"archive/data.pkl", "header"}, {kName, "123456789"}});
    const std::size_t second = archive.find("123456789");
    archive[second + 4] = '0'; // "123406789"
    EXPECT_EQ(damageOf(archive),
              "record 'archive/data/0' fails its checksum (stored CRC cbf43926, computed " +
                  crcHex(crcOf("123406789")) + ")");
}

TEST(ZipRecords, Zip64AndDataDescriptorsAreRead) {
    TestRecord wide{kName, std::string(300, 'w'), false, false, /*zip64=*/true};
    TestRecord described{"archive/version", "3\n", false, /*descriptor=*/true, false};
    TestRecord both{"archive/data/1", "abc", false, true, true};
    const std::string archive = zipOf({wide, described, both}, /*zip64End=*/true);
    const std::vector<ZipRecord> records = verifiedZipRecords(archive);
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].compressedSize, 300u); // from the zip64 field, the entry says 0xFFFFFFFF
    EXPECT_EQ(records[0].dataOffset, 30u + 14u + 20u);
    EXPECT_EQ(records[1].crc32, crcOf("3\n")) << "the directory's CRC, the local header holds 0";
    EXPECT_EQ(records[2].uncompressedSize, 3u);

    std::string damaged = archive;
    damaged[archive.find("abc") + 1] = 'x';
    EXPECT_NE(damageOf(damaged).find("record 'archive/data/1' fails its checksum"), std::string::npos)
        << damageOf(damaged);
}

TEST(ZipRecords, ADeflatedRecordIsInflatedToCheckIt) {
    const std::string text(5000, 'a'); // deflates to a few bytes
    const std::string archive = zipOf({{kName, text, /*deflated=*/true}});
    EXPECT_EQ(damageOf(archive), "");
    std::string damaged = archive;
    const std::size_t data = 30 + kName.size();
    damaged[data + 1] = static_cast<char>(damaged[data + 1] ^ 0x55);
    EXPECT_NE(damageOf(damaged).find("record 'archive/data/0' "), std::string::npos) << damageOf(damaged);
}

TEST(ZipRecords, EveryCutOfAnArchiveIsDamageNeverACrash) {
    const std::string archive = zipOf({{"archive/data.pkl", "pickle"}, {kName, "123456789"}});
    for (std::size_t length = 0; length < archive.size(); ++length) {
        try {
            verifiedZipRecords(std::string_view(archive).substr(0, length));
            ADD_FAILURE() << "a cut to " << length << " bytes verified";
        } catch (const ZipDamage& damage) {
            // Four bytes are the least that shows it began as a zip archive ("PK\3\4").
            EXPECT_EQ(damage.kind(), length < 4 ? ZipDamage::Kind::NotAZipArchive : ZipDamage::Kind::Damaged)
                << length << ": " << damage.what();
        }
    }
    try {
        verifiedZipRecords(archive.substr(0, archive.size() - 1));
    } catch (const ZipDamage& damage) {
        EXPECT_EQ(std::string(damage.what()),
                  "it was cut short: the zip directory that ends every archive is missing");
    }
}

TEST(ZipRecords, GarbageIsNoZipArchive) {
    try {
        verifiedZipRecords("this is not a checkpoint");
        ADD_FAILURE() << "garbage verified";
    } catch (const ZipDamage& damage) {
        EXPECT_EQ(damage.kind(), ZipDamage::Kind::NotAZipArchive);
        EXPECT_EQ(std::string(damage.what()), "it has no zip directory at its end");
    }
}

TEST(ZipRecords, ADirectoryThatDisagreesWithTheFileIsDamage) {
    const std::string archive = zipOf({{kName, "123456789"}});
    const std::size_t entry = archive.find("PK\1\2");
    std::string otherCrc = archive;
    otherCrc[14] = static_cast<char>(otherCrc[14] ^ 1); // the local header's CRC, byte 14
    EXPECT_EQ(damageOf(otherCrc),
              "record 'archive/data/0': its local header and the zip directory disagree on its CRC or size");

    std::string elsewhere = archive;
    elsewhere[entry + 42] = 7; // the local header's offset: 7 instead of 0
    EXPECT_EQ(damageOf(elsewhere),
              "record 'archive/data/0' has no local header where the zip directory says");

    std::string tooLong = archive;
    tooLong[entry + 20] = 100, tooLong[entry + 24] = 100; // 100 bytes stored, where 9 are
    EXPECT_EQ(damageOf(tooLong),
              "record 'archive/data/0': its local header and the zip directory disagree on its CRC or size");

    std::string manyEntries = archive;
    manyEntries[archive.size() - 22 + 10] = 100; // the end record's entry count: 100 where 1 fits
    manyEntries[archive.size() - 22 + 8] = 100;
    EXPECT_EQ(damageOf(manyEntries), "its zip directory lists more records than it has room for");
}

TEST(ZipRecords, TheLibTorchVersionComesFromTheArchivesVersionRecord) {
    const std::string plain = zipOf({{"archive/data.pkl", "p"}, {"archive/version", "3\n"}});
    EXPECT_EQ(libtorchFormatVersion(plain, readZipDirectory(plain)), 3u);
    // Newer LibTorch writes .data/version, and LibTorch reads that one first.
    const std::string newer =
        zipOf({{"archive/data.pkl", "p"}, {"archive/version", "3"}, {"archive/.data/version", "99\n"}});
    EXPECT_EQ(libtorchFormatVersion(newer, readZipDirectory(newer)), 99u);
    const std::string none = zipOf({{"archive/data.pkl", "p"}});
    EXPECT_EQ(libtorchFormatVersion(none, readZipDirectory(none)), std::nullopt);
    const std::string words = zipOf({{"archive/data.pkl", "p"}, {"archive/version", "three"}});
    EXPECT_EQ(libtorchFormatVersion(words, readZipDirectory(words)), std::nullopt);
    const std::string otherFolder = zipOf({{"archive/data.pkl", "p"}, {"other/version", "3"}});
    EXPECT_EQ(libtorchFormatVersion(otherFolder, readZipDirectory(otherFolder)), std::nullopt);
}

} // namespace
} // namespace bplab

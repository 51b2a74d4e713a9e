// Checkpoints damaged after they were written (a bad sector, a broken copy): LibTorch's own reader
// loads zeroed tensor bytes as weights, so every load checks the records' CRC-32s first and refuses
// the file naming the record. Records are located here with LibTorch's reader, independently of ours.
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/support/temporary_path.h"
#include "tests/support/text_contains.h"
#include "tests/support/zip_crc.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>
#include <zlib.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace bplab {
namespace {

namespace fs = std::filesystem;

std::string contentsOf(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

void writeContents(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::string savedModel(const std::string& name) {
    const std::string path = temporaryPath(name);
    TrainConfig config;
    config.threads = 1;
    MnistTrainer(config, nullptr).saveCheckpoint(path);
    return path;
}

// What zeroing did: the record (its name inside the archive folder) and its CRC-32 before and after.
struct Damage {
    std::string record;
    std::uint32_t storedCrc = 0;
    std::uint32_t damagedCrc = 0;
};

// Zeroes 1,000 bytes in the middle of the file's largest record (a tensor's storage); the zip
// structure stays intact.
Damage zeroBytesInLargestRecord(const std::string& path) {
    std::string record, original;
    std::size_t offset = 0;
    {
        caffe2::serialize::PyTorchStreamReader reader(path);
        for (const std::string& name : reader.getAllRecords()) {
            const auto [data, size] = reader.getRecord(name);
            if (size <= original.size()) continue;
            record = name;
            original.assign(static_cast<const char*>(data.get()), size);
            offset = reader.getRecordOffset(name);
        }
    }
    EXPECT_GT(original.size(), 4000u) << "the largest record is a weight tensor";
    const std::size_t start = (original.size() - 1000) / 2;
    std::string damagedRecord = original;
    std::fill_n(damagedRecord.begin() + static_cast<std::ptrdiff_t>(start), 1000, '\0');
    std::string file = contentsOf(path);
    std::fill_n(file.begin() + static_cast<std::ptrdiff_t>(offset + start), 1000, '\0');
    writeContents(path, file);
    return {record, crcOf(original), crcOf(damagedRecord)};
}

template <typename Load> std::string refusal(Load load) {
    try {
        load();
    } catch (const CheckpointError& error) {
        return error.what();
    }
    return "(loaded)";
}

TEST(DamagedCheckpoint, ZeroedBytesInTheLargestTensorAreRefusedNamingTheRecord) {
    const std::string path = savedModel("bplab-zeroed.ckpt");
    const Damage damage = zeroBytesInLargestRecord(path);
    ASSERT_NE(damage.storedCrc, damage.damagedCrc);
    {
        // Why the check exists: LibTorch alone reads the damaged weights without a word.
        torch::serialize::InputArchive archive, model;
        EXPECT_NO_THROW(archive.load_from(path); archive.read("model", model));
    }
    // "ARCHIVE/" + the record: LibTorch lists records without the archive's folder.
    const std::string expected = "/" + damage.record + "' fails its checksum (stored CRC " +
                                 crcHex(damage.storedCrc) + ", computed " + crcHex(damage.damagedCrc) +
                                 "); save or download it again";
    for (const std::string& error : {refusal([&] { MnistTrainer::loadCheckpoint(path, nullptr); }),
                                     refusal([&] { MnistClassifier::fromCheckpoint(path); }),
                                     refusal([&] { MnistTrainer::checkpointConfig(path); })}) {
        EXPECT_EQ(error.rfind(path + " is damaged: record '", 0), 0u) << error;
        EXPECT_TRUE(contains(error, expected)) << error;
    }
    fs::remove(path);
}

TEST(DamagedCheckpoint, ACutCheckpointIsCalledCutShort) {
    const std::string path = savedModel("bplab-cut-short.ckpt");
    const std::uintmax_t size = fs::file_size(path);
    for (const std::uintmax_t kept : {size - 1, size / 2, std::uintmax_t{10}}) {
        fs::resize_file(path, kept);
        EXPECT_EQ(refusal([&] { MnistTrainer::loadCheckpoint(path, nullptr); }),
                  path +
                      " is damaged: it was cut short: the zip directory that ends every archive is missing; "
                      "save or download it again")
            << kept << " of " << size << " bytes";
    }
    fs::remove(path);
}

TEST(DamagedCheckpoint, AnIntactCheckpointStillLoadsWithItsWeights) {
    const std::string path = temporaryPath("bplab-intact.ckpt");
    TrainConfig config;
    config.threads = 1;
    const MnistTrainer trainer(config, nullptr);
    trainer.saveCheckpoint(path);
    std::array<float, kMnistPixels> image{};
    for (int i = 0; i < kMnistPixels; ++i)
        image[static_cast<std::size_t>(i)] = static_cast<float>(i % 28) / 27.0f;
    EXPECT_EQ(MnistClassifier::fromCheckpoint(path).predict(image), trainer.classifier().predict(image));
    EXPECT_EQ(MnistTrainer::loadCheckpoint(path, nullptr)->completedEpochs(), 0);
    fs::remove(path);
}

TEST(DamagedCheckpoint, AnUnreadableArchiveIsNewerOnlyWhenItsVersionRecordSaysSo) {
    // Intact records (every CRC right) that LibTorch cannot read: a pickle of one byte, "x", in an
    // archive of this LibTorch's own format version.
    const std::string path = temporaryPath("bplab-bad-pickle.ckpt");
    {
        std::ofstream file(path, std::ios::binary);
        caffe2::serialize::PyTorchStreamWriter writer([&file](const void* data, size_t size) {
            file.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
            return size;
        });
        const std::string record = "x";
        writer.writeRecord("data.pkl", record.data(), record.size());
        writer.writeEndOfFile();
    }
    const std::string error = refusal([&] { MnistTrainer::loadCheckpoint(path, nullptr); });
    EXPECT_TRUE(
        contains(error, path + " is not a Backprop Lab checkpoint (not a LibTorch archive, or damaged)"))
        << error;
    EXPECT_TRUE(contains(error, "(LibTorch: ")) << error;
    EXPECT_FALSE(contains(error, "newer LibTorch")) << error;
    fs::remove(path);
}

} // namespace
} // namespace bplab

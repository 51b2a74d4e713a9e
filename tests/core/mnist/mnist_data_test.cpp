// The IDX reader and the MNIST folder loader on small files made here: every kind of bad file gets
// its own message naming the file and the problem. No download, no real MNIST needed.
#include "core/mnist/mnist_data.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

namespace bplab {
namespace {

namespace fs = std::filesystem;

std::vector<std::uint8_t> bigEndian(std::uint32_t value) {
    return {static_cast<std::uint8_t>(value >> 24), static_cast<std::uint8_t>(value >> 16),
            static_cast<std::uint8_t>(value >> 8), static_cast<std::uint8_t>(value)};
}

std::vector<std::uint8_t> imagesFile(std::uint32_t count, std::uint32_t rows = 28, std::uint32_t cols = 28,
                                     std::uint32_t magic = 2051) {
    std::vector<std::uint8_t> bytes = bigEndian(magic);
    for (std::uint32_t v : {count, rows, cols}) {
        const auto b = bigEndian(v);
        bytes.insert(bytes.end(), b.begin(), b.end());
    }
    for (std::uint32_t i = 0; i < count * rows * cols; ++i)
        bytes.push_back(static_cast<std::uint8_t>(i % 256));
    return bytes;
}

std::vector<std::uint8_t> labelsFile(std::uint32_t count, std::uint8_t label = 3,
                                     std::uint32_t magic = 2049) {
    std::vector<std::uint8_t> bytes = bigEndian(magic);
    const auto b = bigEndian(count);
    bytes.insert(bytes.end(), b.begin(), b.end());
    for (std::uint32_t i = 0; i < count; ++i) bytes.push_back(static_cast<std::uint8_t>((label + i) % 10));
    return bytes;
}

class MnistFiles : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() /
              ("bplab-idx-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir);
        writeSet(5, 3);
    }
    void TearDown() override { fs::remove_all(dir); }

    std::string write(const std::string& name, const std::vector<std::uint8_t>& bytes) {
        const fs::path path = dir / name;
        std::ofstream(path, std::ios::binary)
            .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        return path.string();
    }
    std::string writeGzip(const std::string& name, const std::vector<std::uint8_t>& bytes) {
        const fs::path path = dir / name;
        gzFile file = gzopen(path.string().c_str(), "wb");
        gzwrite(file, bytes.data(), static_cast<unsigned>(bytes.size()));
        gzclose(file);
        return path.string();
    }
    void writeSet(std::uint32_t train, std::uint32_t test) {
        write("train-images-idx3-ubyte", imagesFile(train));
        write("train-labels-idx1-ubyte", labelsFile(train));
        write("t10k-images-idx3-ubyte", imagesFile(test));
        write("t10k-labels-idx1-ubyte", labelsFile(test));
    }
    // The IdxError message of loading the folder, or "" if it loads.
    std::string loadError() {
        try {
            loadMnist(dir.string());
        } catch (const IdxError& error) {
            return error.what();
        }
        return "";
    }

    fs::path dir;
};

TEST_F(MnistFiles, LoadsAValidFolder) {
    const MnistData data = loadMnist(dir.string());
    EXPECT_EQ(data.train.size(), 5);
    EXPECT_EQ(data.test.size(), 3);
    EXPECT_EQ(data.train.pixels.size(), 5u * 784u);
    EXPECT_EQ(data.train.image(1)[0], static_cast<std::uint8_t>(784 % 256)); // pixels kept in file order
    EXPECT_EQ(data.train.labels[2], 5);
}

TEST_F(MnistFiles, ReadsGzippedFiles) {
    fs::remove(dir / "train-images-idx3-ubyte");
    writeGzip("train-images-idx3-ubyte.gz", imagesFile(5));
    const MnistData data = loadMnist(dir.string());
    EXPECT_EQ(data.train.size(), 5);
    EXPECT_EQ(data.train.image(4)[783], static_cast<std::uint8_t>((5 * 784 - 1) % 256));
}

TEST_F(MnistFiles, ReportsATruncatedGzipFile) {
    fs::remove(dir / "train-images-idx3-ubyte");
    writeGzip("train-images-idx3-ubyte.gz", imagesFile(5));
    fs::resize_file(dir / "train-images-idx3-ubyte.gz",
                    fs::file_size(dir / "train-images-idx3-ubyte.gz") / 2);
    EXPECT_NE(loadError().find("gzip data ends early"), std::string::npos) << loadError();
}

TEST_F(MnistFiles, WrongMagicNumber) {
    write("train-images-idx3-ubyte", imagesFile(5, 28, 28, 0x12345678));
    const std::string error = loadError();
    EXPECT_NE(error.find("train-images-idx3-ubyte"), std::string::npos) << error;
    EXPECT_NE(error.find("wrong magic number"), std::string::npos) << error;
}

TEST_F(MnistFiles, SwappedImagesAndLabels) {
    write("train-images-idx3-ubyte", labelsFile(5));
    EXPECT_NE(loadError().find("dimensions"), std::string::npos) << loadError();
}

TEST_F(MnistFiles, UnsupportedElementType) {
    write("t10k-images-idx3-ubyte", imagesFile(3, 28, 28, 0x00000D03)); // 0x0D = float
    const std::string error = loadError();
    EXPECT_NE(error.find("t10k-images-idx3-ubyte"), std::string::npos) << error;
    EXPECT_NE(error.find("element type 0x0D"), std::string::npos) << error;
}

TEST_F(MnistFiles, TruncatedFile) {
    std::vector<std::uint8_t> bytes = imagesFile(5);
    bytes.resize(bytes.size() - 100);
    write("train-images-idx3-ubyte", bytes);
    EXPECT_NE(loadError().find("truncated"), std::string::npos) << loadError();
}

TEST_F(MnistFiles, TrailingBytes) {
    std::vector<std::uint8_t> bytes = labelsFile(5);
    bytes.push_back(7);
    write("train-labels-idx1-ubyte", bytes);
    EXPECT_NE(loadError().find("unexpected bytes"), std::string::npos) << loadError();
}

TEST_F(MnistFiles, HeaderOnlyOrEmpty) {
    write("train-labels-idx1-ubyte", {});
    EXPECT_NE(loadError().find("too short"), std::string::npos) << loadError();
}

TEST_F(MnistFiles, MismatchedCounts) {
    write("train-labels-idx1-ubyte", labelsFile(4));
    const std::string error = loadError();
    EXPECT_NE(error.find("5 images but"), std::string::npos) << error;
    EXPECT_NE(error.find("4 labels"), std::string::npos) << error;
}

TEST_F(MnistFiles, WrongImageSize) {
    write("train-images-idx3-ubyte", imagesFile(5, 27, 28));
    EXPECT_NE(loadError().find("27×28"), std::string::npos) << loadError();
}

TEST_F(MnistFiles, AbsurdHeaderIsRefusedBeforeAllocating) {
    std::vector<std::uint8_t> bytes = imagesFile(0);
    const auto huge = bigEndian(0xFFFFFFFF);
    std::copy(huge.begin(), huge.end(), bytes.begin() + 4); // count
    std::copy(huge.begin(), huge.end(), bytes.begin() + 8); // rows
    write("train-images-idx3-ubyte", bytes);
    EXPECT_NE(loadError().find("impossible size"), std::string::npos) << loadError();
}

TEST_F(MnistFiles, LabelOutOfRange) {
    std::vector<std::uint8_t> bytes = labelsFile(5);
    bytes[8 + 2] = 10;
    write("train-labels-idx1-ubyte", bytes);
    const std::string error = loadError();
    EXPECT_NE(error.find("label 10 at index 2"), std::string::npos) << error;
}

TEST_F(MnistFiles, MissingFileSaysHowToGetTheData) {
    fs::remove(dir / "t10k-labels-idx1-ubyte");
    const std::string error = loadError();
    EXPECT_NE(error.find("t10k-labels-idx1-ubyte"), std::string::npos) << error;
    EXPECT_NE(error.find("fetch-mnist.sh"), std::string::npos) << error;
}

TEST_F(MnistFiles, MissingFolder) {
    dir /= "nowhere";
    EXPECT_NE(loadError().find("does not exist"), std::string::npos) << loadError();
}

TEST_F(MnistFiles, AcceptsTheDottedSpelling) {
    fs::rename(dir / "train-images-idx3-ubyte", dir / "train-images.idx3-ubyte");
    EXPECT_EQ(loadError(), "");
}

TEST_F(MnistFiles, LimitKeepsTheFirstExamples) {
    MnistData data = loadMnist(dir.string());
    limitMnist(data, 2, 0);
    EXPECT_EQ(data.train.size(), 2);
    EXPECT_EQ(data.train.pixels.size(), 2u * 784u);
    EXPECT_EQ(data.test.size(), 3);
}

} // namespace
} // namespace bplab

// The IDX reader and the MNIST folder loader on small files made here: every kind of bad file gets
// its own message naming the file and the problem. No download, no real MNIST needed.
#include "core/mnist/data/data_set_error.h"
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

// A classes.txt beside the IDX files names the classes: Fashion-MNIST's, or a set of fewer classes.
class ClassesFile : public MnistFiles {
protected:
    void writeText(const std::string& name, const std::string& text) {
        std::ofstream(dir / name, std::ios::binary) << text;
    }
    // The DataSetError of loading the folder; fails the test if it loads or fails otherwise.
    DataSetError dataSetError() {
        try {
            loadMnist(dir.string());
        } catch (const DataSetError& error) {
            return error;
        } catch (const std::exception& error) {
            ADD_FAILURE() << "another error: " << error.what();
        }
        ADD_FAILURE() << "the folder loaded";
        return DataSetError(DataSetProblem::EmptyClass, {}, "");
    }
    std::string labelsPath(const char* name) const { return (dir / name).string(); }
};

TEST_F(ClassesFile, WithoutOneTheClassesAreTheTenDigits) {
    // The fixture's 5 training labels are 3 … 7: still MNIST's ten classes, as before classes.txt.
    const MnistData data = loadMnist(dir.string());
    EXPECT_EQ(data.classes, ClassNames::digits(10));
    EXPECT_TRUE(data.classes.areDigits());
}

TEST_F(ClassesFile, NamesTheClassesInLabelOrder) {
    writeSet(10, 3); // training labels 3, 4, …, 9, 0, 1, 2: every class once
    writeText("classes.txt", "\xEF\xBB\xBFT-shirt/top\r\nTrouser\r\nPullover\r\nDress\r\nCoat\r\nSandal\r\n"
                             "Shirt\r\nSneaker\r\nBag\r\n  Ankle boot  \r\n\r\n");
    const MnistData data = loadMnist(dir.string());
    EXPECT_EQ(data.classes.count(), 10);
    EXPECT_EQ(data.classes.name(0), "T-shirt/top");
    EXPECT_EQ(data.classes.name(9), "Ankle boot");
    EXPECT_FALSE(data.classes.areDigits());
}

TEST_F(ClassesFile, FewerClassesThanTen) {
    // Labels 3, 4, 5, 6, 7 and 3, 4, 5 mapped into 0 … 2 by hand: write them as a three-class set.
    std::vector<std::uint8_t> train = labelsFile(6), test = labelsFile(3);
    for (std::size_t i = 8; i < train.size(); ++i) train[i] = static_cast<std::uint8_t>((i - 8) % 3);
    for (std::size_t i = 8; i < test.size(); ++i) test[i] = static_cast<std::uint8_t>((i - 8) % 3);
    write("train-images-idx3-ubyte", imagesFile(6));
    write("train-labels-idx1-ubyte", train);
    write("t10k-labels-idx1-ubyte", test);
    writeText("classes.txt", "circle\ntriangle\nsquare\n");
    const MnistData data = loadMnist(dir.string());
    EXPECT_EQ(data.classes, ClassNames({"circle", "triangle", "square"}));
    EXPECT_EQ(data.train.labels, (std::vector<std::uint8_t>{0, 1, 2, 0, 1, 2}));
}

TEST_F(ClassesFile, ALabelWithoutANameIsRefusedNamingTheFile) {
    // Training labels 3, 4, 5, 6, 7: label 5, at index 2, is the first without one of five names.
    writeText("classes.txt", "a\nb\nc\nd\ne\n");
    const DataSetError error = dataSetError();
    EXPECT_EQ(error.problem(), DataSetProblem::LabelOutsideClasses);
    EXPECT_EQ(error.facts().label, 5);
    EXPECT_EQ(error.facts().index, 2);
    EXPECT_EQ(error.facts().classes, 5);
    EXPECT_EQ(error.facts().path, labelsPath("train-labels-idx1-ubyte"));
    EXPECT_EQ(std::string(error.what()),
              labelsPath("train-labels-idx1-ubyte") +
                  ": label 5 at index 2 has no class: classes.txt names 5 classes, for the labels 0 to 4. "
                  "Name every class in classes.txt, one per line.");
}

TEST_F(ClassesFile, ATestLabelWithoutANameNamesTheTestFile) {
    // Training labels 0 … 7 under eight names; the test labels 3, 4, 5 are fine until one is 9.
    std::vector<std::uint8_t> train = labelsFile(8), test = labelsFile(3);
    for (std::size_t i = 8; i < train.size(); ++i) train[i] = static_cast<std::uint8_t>(i - 8);
    test[8 + 1] = 9;
    write("train-images-idx3-ubyte", imagesFile(8));
    write("train-labels-idx1-ubyte", train);
    write("t10k-labels-idx1-ubyte", test);
    writeText("classes.txt", "0\n1\n2\n3\n4\n5\n6\n7\n");
    const DataSetError error = dataSetError();
    EXPECT_EQ(error.problem(), DataSetProblem::LabelOutsideClasses);
    EXPECT_EQ(error.facts().path, labelsPath("t10k-labels-idx1-ubyte"));
    EXPECT_EQ(error.facts().label, 9);
    EXPECT_EQ(error.facts().index, 1);
}

TEST_F(ClassesFile, AClassWithoutTrainingImagesIsRefused) {
    // Eight names; the training labels are 3 … 7, so "zero" (label 0) has no image.
    writeText("classes.txt", "zero\none\ntwo\nthree\nfour\nfive\nsix\nseven\n");
    const DataSetError error = dataSetError();
    EXPECT_EQ(error.problem(), DataSetProblem::EmptyClass);
    EXPECT_EQ(error.facts().label, 0);
    EXPECT_EQ(error.facts().name, "zero");
    EXPECT_EQ(error.facts().classes, 8);
    EXPECT_EQ(std::string(error.what()),
              labelsPath("train-labels-idx1-ubyte") +
                  ": no training image has label 0 (\"zero\" in classes.txt), so the network could never "
                  "learn it. Add images of it, or leave its name out.");
}

TEST_F(ClassesFile, ABadClassesFileIsRefusedWithItsLine) {
    writeSet(10, 3);
    writeText("classes.txt", "cat\ndog\ncat\n");
    const DataSetError error = dataSetError();
    EXPECT_EQ(error.problem(), DataSetProblem::BadClassesFile);
    ASSERT_TRUE(error.classNames().has_value());
    EXPECT_EQ(error.classNames()->problem(), ClassNamesProblem::Duplicate);
    EXPECT_EQ(error.classNames()->line(), 3);
    EXPECT_EQ(error.facts().path, (dir / "classes.txt").string());
    EXPECT_EQ(std::string(error.what()), (dir / "classes.txt").string() + ": " + error.classNames()->what());
}

TEST_F(ClassesFile, AnUnreadableClassesFileIsAnIdxError) {
    fs::create_directory(dir / "classes.txt"); // a folder by that name cannot be read as text
    try {
        loadMnist(dir.string());
        ADD_FAILURE() << "the folder loaded";
    } catch (const IdxError& error) {
        EXPECT_EQ(error.problem(), IdxProblem::Unreadable);
        EXPECT_EQ(error.path(), (dir / "classes.txt").string());
    }
}

} // namespace
} // namespace bplab

// A checkpoint remembers the classes of the data set it was trained on: a model of three named classes
// loads with its names for predictions, is refused on a data set of other classes (both lists named),
// and an MNIST checkpoint stays what it was (no record; digits when read).
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_errors.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/support/idx_files.h"
#include "tests/support/mnist_test_data.h"
#include "tests/support/temporary_path.h"

#include <torch/torch.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace bplab {
namespace {

// MNIST's zeros, ones and twos, named as `names` says.
std::shared_ptr<MnistData> threeClasses(std::vector<std::string> names) {
    auto data = testing::smallMnist(300, 60);
    if (!data) return nullptr;
    data->train = testing::firstClassesOf(data->train, 3);
    data->test = testing::firstClassesOf(data->test, 3);
    data->classes = ClassNames(std::move(names));
    return data;
}

TrainConfig quickRecipe() {
    TrainConfig config;
    config.epochs = 1;
    config.threads = 1;
    config.seed = 11;
    return config;
}

// A file of `bytes`, removed with the object.
struct CheckpointFile {
    explicit CheckpointFile(const std::string& bytes)
        : path(temporaryPath("bplab-classes.ckpt")) {
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~CheckpointFile() { std::filesystem::remove(path); }
    std::string path;
};

std::array<float, kMnistPixels> someDrawing() {
    std::array<float, kMnistPixels> pixels{};
    for (int row = 6; row < 22; ++row) pixels[static_cast<std::size_t>(row * kMnistCols + 14)] = 1.0f;
    return pixels;
}

TEST(CheckpointClasses, AModelOfThreeNamedClassesPredictsWithItsNamesAfterLoading) {
    const auto data = threeClasses({"zero", "one", "two"});
    ASSERT_TRUE(data);
    const MnistTrainer trainer(quickRecipe(), data);
    EXPECT_EQ(trainer.classifier().classNames(), data->classes);
    const CheckpointFile file(trainer.checkpointBytes());

    const MnistClassifier loaded = MnistClassifier::fromCheckpoint(file.path);
    EXPECT_EQ(loaded.classes(), 3);
    EXPECT_EQ(loaded.classNames().names(), (std::vector<std::string>{"zero", "one", "two"}));
    EXPECT_EQ(loaded.predict(someDrawing()), trainer.classifier().predict(someDrawing()));
    // And the trainer that resumes it, on the same data set, keeps them.
    EXPECT_EQ(MnistTrainer::loadCheckpoint(file.path, data)->classifier().classNames(), data->classes);
}

TEST(CheckpointClasses, OnADataSetOfOtherClassesItIsRefusedNamingBothLists) {
    const auto data = threeClasses({"zero", "one", "two"});
    ASSERT_TRUE(data);
    const CheckpointFile file(MnistTrainer(quickRecipe(), data).checkpointBytes());
    const auto mnist = testing::smallMnist(100, 20);
    ASSERT_TRUE(mnist);
    // Other count, and the same names in another order (the outputs would swap their meaning).
    for (const auto& other : {mnist, threeClasses({"one", "zero", "two"})}) {
        try {
            MnistTrainer::loadCheckpoint(file.path, other);
            FAIL() << "a model of other classes was loaded";
        } catch (const CheckpointError& error) {
            EXPECT_EQ(error.problem(), CheckpointProblem::OtherClasses);
            EXPECT_EQ(error.savedClasses(), data->classes.names());
            EXPECT_EQ(error.dataClasses(), other->classes.names());
        }
    }
    try {
        MnistTrainer::loadCheckpoint(file.path, mnist);
        FAIL() << "a model of three classes was loaded on MNIST";
    } catch (const CheckpointError& error) {
        EXPECT_EQ(std::string(error.what()),
                  file.path +
                      " was trained on 3 classes (zero, one, two), but the data set has 10 classes (0, 1, 2, "
                      "3, 4, 5, 6, 7, 8, 9); choose the data set it was trained on, or train a new model on "
                      "this one");
    }
}

TEST(CheckpointClasses, AnMnistCheckpointHasNoRecordOfThemAndReadsAsTheDigits) {
    const auto mnist = testing::smallMnist(100, 20);
    ASSERT_TRUE(mnist);
    const std::string mnistBytes = MnistTrainer(quickRecipe(), mnist).checkpointBytes();
    EXPECT_EQ(mnistBytes.find("data/classes"), std::string::npos); // the bytes an MNIST file had before
    const auto named = threeClasses({"zero", "one", "two"});
    ASSERT_TRUE(named);
    EXPECT_NE(MnistTrainer(quickRecipe(), named).checkpointBytes().find("data/classes"), std::string::npos);

    const CheckpointFile file(mnistBytes);
    EXPECT_EQ(MnistClassifier::fromCheckpoint(file.path).classNames(), ClassNames::digits());
    EXPECT_EQ(MnistTrainer::loadCheckpoint(file.path, mnist)->classifier().classNames(),
              ClassNames::digits());
}

TEST(CheckpointClasses, ARecordThatIsNoListOfClassNamesIsRefusedAsNotMatching) {
    auto archived = [](const c10::IValue& classes) {
        torch::serialize::OutputArchive archive;
        archive.write("format", c10::IValue(std::string("backprop-lab/mnist-cnn-11154/v1")));
        archive.write("data/classes", classes);
        std::ostringstream bytes;
        archive.save_to(bytes);
        return bytes.str();
    };
    const struct {
        c10::IValue record;
        const char* why;
    } cases[] = {
        {c10::IValue(std::string("cat\ncat")),
         "its class names: The class names, line 2: \"cat\" names an earlier class too"},
        {c10::IValue(std::string("cat")), "its class names: The class names name 1 class:"},
        {c10::IValue(static_cast<int64_t>(3)), "its class names are no text"},
    };
    for (const auto& c : cases) {
        const CheckpointFile file(archived(c.record));
        try {
            MnistClassifier::fromCheckpoint(file.path);
            FAIL() << c.why;
        } catch (const CheckpointError& error) {
            EXPECT_EQ(error.problem(), CheckpointProblem::DoesNotMatch) << error.what();
            EXPECT_EQ(error.detail().rfind(c.why, 0), 0u) << error.detail();
        }
    }
}

} // namespace
} // namespace bplab

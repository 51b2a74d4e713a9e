// The CNN for another number of classes than MNIST's ten: only the last layer changes (so a
// ten-class model starts from the same weights as before), a trainer builds one output per class of
// its data set and learns them, and every answer (probabilities, scores, saliency) has that many.
#include "core/mnist/libtorch/mnist_net.h"
#include "core/mnist/libtorch/native/native_layers.h"
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/per_class_metrics.h"
#include "tests/core/mnist/tensor_expectations.h"
#include "tests/support/idx_files.h"
#include "tests/support/mnist_test_data.h"
#include "tests/support/temporary_path.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <numeric>

namespace bplab {
namespace {

// MNIST's zeros, ones and twos alone, named as words: a data set of three classes.
std::shared_ptr<MnistData> threeClassData(int trainImages, int testImages) {
    auto data = testing::smallMnist(trainImages, testImages);
    if (!data) return nullptr;
    data->train = testing::firstClassesOf(data->train, 3);
    data->test = testing::firstClassesOf(data->test, 3);
    data->classes = ClassNames({"zero", "one", "two"});
    return data;
}

TrainConfig oneEpoch() {
    TrainConfig config;
    config.epochs = 1;
    config.batchSize = 64;
    config.threads = 1; // ctest runs tests side by side on two cores
    config.seed = 7;
    return config;
}

std::array<float, kMnistPixels> testPixels(const MnistData& data, int index) {
    std::array<float, kMnistPixels> pixels{};
    for (int p = 0; p < kMnistPixels; ++p)
        pixels[static_cast<std::size_t>(p)] = data.test.image(index)[p] / 255.0f;
    return pixels;
}

TEST(ClassCount, OnlyTheLastLayerDependsOnIt) {
    torch::manual_seed(3);
    MnistNet mnist(/*dropout=*/0.0);
    torch::manual_seed(3);
    MnistNet ten(/*dropout=*/0.0, 10);
    torch::manual_seed(3);
    MnistNet three(/*dropout=*/0.0, 3);
    EXPECT_EQ(mnist->classes(), 10);
    EXPECT_EQ(three->classes(), 3);
    const auto mnistParameters = mnist->named_parameters(), tenParameters = ten->named_parameters();
    const auto threeParameters = three->named_parameters();
    for (const auto& item : mnistParameters) {
        // Ten classes by default or by name: the same network, draw for draw.
        EXPECT_TRUE(torch::equal(item.value(), tenParameters[item.key()])) << item.key();
        // fc is built last, so the layers before it took the same random draws.
        if (item.key().rfind("fc.", 0) == 0) continue;
        EXPECT_TRUE(torch::equal(item.value(), threeParameters[item.key()])) << item.key();
    }
    EXPECT_EQ(threeParameters["fc.weight"].sizes(), (std::vector<std::int64_t>{3, 16}));
    EXPECT_EQ(threeParameters["fc.bias"].sizes(), (std::vector<std::int64_t>{3}));
}

TEST(ClassCount, TheNativePassComputesWhatLibTorchDoesForThreeClasses) {
    torch::manual_seed(11);
    MnistNet plain(/*dropout=*/0.0, 3);
    plain->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor x = torch::randn({20, 1, 28, 28});
    const torch::Tensor expected = plain->forward(x);
    plain->nativeKernels = native::kernelsFor("generic");
    const torch::Tensor actual = plain->forward(x);
    EXPECT_EQ(actual.sizes(), (std::vector<std::int64_t>{20, 3}));
    testing::expectClose(actual, expected, "log-probabilities", 1e-4);
}

TEST(ClassCount, ATrainerBuildsOneOutputPerClassAndLearnsThem) {
    const auto data = threeClassData(6000, 1000);
    ASSERT_TRUE(data);
    ASSERT_GT(data->train.size(), 1500); // about 30 % of MNIST's images are 0, 1 or 2
    MnistTrainer trainer(oneEpoch(), data);
    ASSERT_TRUE(trainer.train({}, StopToken{}));
    // Chance is 33.3 % for three classes; zeros, ones and twos are easy to tell apart.
    EXPECT_GT(trainer.history().back().testAccuracy, 90.0);
    // A 3×3 confusion matrix: every test image in the row of its label.
    const Evaluation evaluation = trainer.evaluate();
    ASSERT_EQ(evaluation.confusion.classes(), 3);
    for (int t = 0; t < 3; ++t) {
        int row = 0;
        for (int p = 0; p < 3; ++p) row += evaluation.confusion.at(t, p);
        EXPECT_EQ(row, std::count(data->test.labels.begin(), data->test.labels.end(), t)) << "row " << t;
    }
    EXPECT_EQ(perClassMetrics(evaluation.confusion).size(), 3u);

    const MnistClassifier classifier = trainer.classifier();
    EXPECT_EQ(classifier.classes(), 3);
    const auto pixels = testPixels(*data, 0);
    const ClassProbabilities probabilities = classifier.predict(pixels);
    ASSERT_EQ(probabilities.size(), 3u);
    EXPECT_NEAR(std::accumulate(probabilities.begin(), probabilities.end(), 0.0f), 1.0f, 1e-5f);
    const NetworkTrace trace = classifier.trace(pixels);
    EXPECT_EQ(trace.probabilities, probabilities);
    EXPECT_EQ(trace.stages.back().name, "scores");
    EXPECT_EQ(trace.stages.back().output.shape, (std::vector<std::int64_t>{3}));
    EXPECT_EQ(classifier.saliency(pixels, 2, SaliencyKind::Gradient).classIndex, 2);
    EXPECT_THROW(classifier.saliency(pixels, 3, SaliencyKind::Gradient), std::out_of_range);
}

TEST(ClassCount, ACheckpointOfThreeClassesResumesOnItsData) {
    const auto data = threeClassData(1500, 300);
    ASSERT_TRUE(data);
    MnistTrainer trainer(oneEpoch(), data);
    ASSERT_TRUE(trainer.train({}, StopToken{}));
    const std::string path = temporaryPath("three-classes.ckpt");
    trainer.saveCheckpoint(path);
    const auto resumed = MnistTrainer::loadCheckpoint(path, data);
    std::filesystem::remove(path);
    const auto pixels = testPixels(*data, 1);
    EXPECT_EQ(resumed->classifier().predict(pixels), trainer.classifier().predict(pixels));
    EXPECT_EQ(resumed->history().size(), 1u);
}

TEST(ClassCount, ALabelWithoutAClassIsRefusedByName) {
    const auto data = threeClassData(300, 50);
    ASSERT_TRUE(data);
    data->test.labels[4] = 5; // the fifth test image
    try {
        MnistTrainer trainer(oneEpoch(), data);
        FAIL() << "a label outside the classes was accepted";
    } catch (const std::out_of_range& error) {
        EXPECT_STREQ(error.what(), "test image 5 has label 5, but the data set has 3 classes");
    }
}

} // namespace
} // namespace bplab

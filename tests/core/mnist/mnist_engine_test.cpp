// The MNIST engine on a few thousand real images: the model's size and shapes, learning, stopping,
// determinism, checkpoints and prediction. Small and seeded, so each test takes seconds.
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/model_summary.h"
#include "core/mnist/one_cycle_schedule.h"
#include "tests/support/mnist_test_data.h"
#include "tests/support/temporary_path.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <numeric>

namespace bplab {
namespace {

namespace fs = std::filesystem;

TrainConfig smallConfig(int epochs) {
    TrainConfig config;
    config.epochs = epochs;
    config.batchSize = 64;
    config.threads = 1; // ctest runs tests side by side on two cores: don't oversubscribe them
    config.seed = 7;
    return config;
}

TEST(MnistModel, HasExactlyTheSeedsParameterCountAndShapes) {
    const ModelSummary summary = mnistModelSummary();
    EXPECT_EQ(summary.totalParameters, 11154);
    EXPECT_EQ(summary.trainableParameters, 11154);
    // The seed's torchsummary table: layer, output shape (without batch), parameters.
    const std::vector<SummaryRow> expected{{"Conv2d-1", {4, 24, 24}, 104},
                                           {"ReLU-2", {4, 24, 24}, 0},
                                           {"BatchNorm2d-3", {4, 24, 24}, 8},
                                           {"Conv2d-4", {8, 22, 22}, 296},
                                           {"ReLU-5", {8, 22, 22}, 0},
                                           {"BatchNorm2d-6", {8, 22, 22}, 16},
                                           {"MaxPool2d-7", {8, 11, 11}, 0},
                                           {"Dropout-8", {8, 11, 11}, 0},
                                           {"Conv2d-9", {16, 9, 9}, 1168},
                                           {"ReLU-10", {16, 9, 9}, 0},
                                           {"BatchNorm2d-11", {16, 9, 9}, 32},
                                           {"Dropout-12", {16, 9, 9}, 0},
                                           {"Conv2d-13", {32, 7, 7}, 4640},
                                           {"ReLU-14", {32, 7, 7}, 0},
                                           {"BatchNorm2d-15", {32, 7, 7}, 64},
                                           {"Conv2d-16", {16, 5, 5}, 4624},
                                           {"ReLU-17", {16, 5, 5}, 0},
                                           {"BatchNorm2d-18", {16, 5, 5}, 32},
                                           {"Dropout-19", {16, 5, 5}, 0},
                                           {"AvgPool2d-20", {16, 1, 1}, 0},
                                           {"Linear-21", {10}, 170}};
    ASSERT_EQ(summary.rows.size(), expected.size());
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(summary.rows[i].layer, expected[i].layer);
        EXPECT_EQ(summary.rows[i].shape, expected[i].shape) << expected[i].layer;
        EXPECT_EQ(summary.rows[i].parameters, expected[i].parameters) << expected[i].layer;
        sum += summary.rows[i].parameters;
    }
    EXPECT_EQ(sum, 11154);
    const std::string text = formatModelSummary(summary);
    EXPECT_NE(text.find("Total params: 11,154"), std::string::npos);
    EXPECT_NE(text.find("[-1, 16, 1, 1]"), std::string::npos);
}

TEST(MnistTrainer, LearnsASmallSubsetBeyond90Percent) {
    auto data = testing::smallMnist(8000, 2000);
    ASSERT_TRUE(data);
    MnistTrainer trainer(smallConfig(2), data);
    std::vector<EpochResult> epochs;
    int batches = 0;
    TrainCallbacks callbacks;
    callbacks.onBatch = [&](const BatchProgress& p) {
        // The rate of the one-cycle schedule (tested on its own) at this step of the 250.
        const long long step = static_cast<long long>(p.epoch - 1) * p.batches + p.batch - 1;
        EXPECT_EQ(p.learningRate, oneCycleRate(smallConfig(2).learningRate, step, 250)) << "step " << step;
        ++batches;
        EXPECT_EQ(p.batches, 125); // 8000 / 64
        EXPECT_TRUE(std::isfinite(p.loss));
    };
    callbacks.onEpoch = [&](const EpochResult& r, const Evaluation& e) {
        epochs.push_back(r);
        EXPECT_EQ(r.testAccuracy, e.accuracy);
        ASSERT_EQ(e.confusion.classes(), 10);
        int total = 0;
        for (int t = 0; t < 10; ++t)
            for (int p = 0; p < 10; ++p) total += e.confusion.at(t, p);
        EXPECT_EQ(total, 2000);
        // Rows are the true labels: row t holds every test image labelled t, whatever the model said
        // (the columns, the predictions, only match these counts for a perfect model).
        for (int t = 0; t < 10; ++t) {
            int row = 0;
            for (int p = 0; p < 10; ++p) row += e.confusion.at(t, p);
            EXPECT_EQ(row, std::count(data->test.labels.begin(), data->test.labels.end(), t)) << "row " << t;
        }
        EXPECT_EQ(
            static_cast<int>(e.misclassified.size()), 2000 - [&] {
                int diagonal = 0;
                for (int k = 0; k < 10; ++k) diagonal += e.confusion.at(k, k);
                return diagonal;
            }());
    };
    EXPECT_TRUE(trainer.train(callbacks, StopToken{}));
    EXPECT_EQ(batches, 250);
    ASSERT_EQ(epochs.size(), 2u);
    EXPECT_GT(epochs.back().testAccuracy, 90.0);
    EXPECT_LT(epochs.back().testLoss, epochs.front().testLoss + 0.05);
    EXPECT_EQ(trainer.history().size(), 2u);
}

TEST(MnistTrainer, StopsAtTheNextBatchAndKeepsNoHalfEpoch) {
    auto data = testing::smallMnist(4000, 500);
    ASSERT_TRUE(data);
    MnistTrainer trainer(smallConfig(3), data);
    StopToken stop;
    int batches = 0;
    TrainCallbacks callbacks;
    callbacks.onBatch = [&](const BatchProgress&) {
        if (++batches == 3) stop.requestStop();
    };
    EXPECT_FALSE(trainer.train(callbacks, stop));
    EXPECT_EQ(batches, 3); // the flag is checked before every batch: nothing ran after the request
    EXPECT_EQ(trainer.completedEpochs(), 0);
}

TEST(MnistTrainer, IsDeterministicAndACheckpointContinuesTraining) {
    auto data = testing::smallMnist(2000, 500);
    ASSERT_TRUE(data);
    MnistTrainer straight(smallConfig(2), data);
    ASSERT_TRUE(straight.train({}, StopToken{}));

    // Stop after epoch 1 as a user would, keeping the two-epoch schedule.
    MnistTrainer first(smallConfig(2), data);
    StopToken stop;
    TrainCallbacks stopAfterFirst;
    stopAfterFirst.onEpoch = [&](const EpochResult&, const Evaluation&) { stop.requestStop(); };
    ASSERT_FALSE(first.train(stopAfterFirst, stop));
    ASSERT_EQ(first.completedEpochs(), 1);
    EXPECT_EQ(first.history()[0].testLoss, straight.history()[0].testLoss); // same seed, same threads
    const std::string path = temporaryPath("bplab-checkpoint");
    first.saveCheckpoint(path);

    auto resumed = MnistTrainer::loadCheckpoint(path, data);
    EXPECT_EQ(resumed->completedEpochs(), 1);
    EXPECT_EQ(resumed->history()[0].testAccuracy, first.history()[0].testAccuracy);
    EXPECT_EQ(resumed->evaluate().loss, first.evaluate().loss); // weights and BN statistics restored
    ASSERT_TRUE(resumed->train({}, StopToken{}));
    EXPECT_EQ(resumed->completedEpochs(), 2);
    // The same checkpoint resumed twice trains identically: resuming is deterministic.
    auto again = MnistTrainer::loadCheckpoint(path, data);
    ASSERT_TRUE(again->train({}, StopToken{}));
    EXPECT_EQ(again->history()[1].testLoss, resumed->history()[1].testLoss);
    // And it continues the interrupted run (same weights, momentum, schedule position and data order)
    // rather than starting over: epoch 2 lands where the uninterrupted run's epoch 2 did. Not to the
    // last bit: after a reload LibTorch's first backward pass differs in the last float digits.
    EXPECT_NEAR(resumed->history()[1].testLoss, straight.history()[1].testLoss,
                0.01 * straight.history()[1].testLoss);
    EXPECT_NEAR(resumed->history()[1].testAccuracy, straight.history()[1].testAccuracy, 1.0);
    EXPECT_EQ(MnistTrainer::checkpointConfig(path).epochs, 2);
    fs::remove(path);
}

TEST(MnistTrainer, SavingToAnUnwritablePlaceIsAClearErrorAndLeavesNothing) {
    MnistTrainer trainer(smallConfig(1), nullptr);
    try {
        trainer.saveCheckpoint("/nonexistent-folder/model.pt");
        FAIL() << "expected CheckpointError";
    } catch (const CheckpointError& error) {
        EXPECT_NE(std::string(error.what()).find("could not save"), std::string::npos) << error.what();
    }
}

TEST(MnistTrainer, RefusesFilesThatAreNotItsCheckpoints) {
    const std::string garbage = temporaryPath("bplab-garbage");
    std::ofstream(garbage) << "this is not a checkpoint";
    try {
        MnistTrainer::loadCheckpoint(garbage, nullptr);
        FAIL() << "expected CheckpointError";
    } catch (const CheckpointError& error) {
        EXPECT_NE(std::string(error.what()).find("not a Backprop Lab checkpoint"), std::string::npos)
            << error.what();
    }
    EXPECT_THROW(MnistClassifier::fromCheckpoint(garbage), CheckpointError);
    EXPECT_THROW(MnistTrainer::loadCheckpoint(garbage + "-missing", nullptr), CheckpointError);

    // A real checkpoint cut in half (a full disk, an interrupted copy) is refused too.
    MnistTrainer trainer(smallConfig(1), nullptr);
    const std::string truncated = temporaryPath("bplab-truncated");
    trainer.saveCheckpoint(truncated);
    fs::resize_file(truncated, fs::file_size(truncated) / 2);
    EXPECT_THROW(MnistTrainer::loadCheckpoint(truncated, nullptr), CheckpointError);
    fs::remove(garbage);
    fs::remove(truncated);
}

TEST(MnistTrainer, RejectsBadSettings) {
    TrainConfig config = smallConfig(1);
    config.learningRate = std::nan("");
    EXPECT_THROW(MnistTrainer(config, nullptr), std::invalid_argument);
    config = smallConfig(0);
    EXPECT_THROW(MnistTrainer(config, nullptr), std::invalid_argument);
    config = smallConfig(1);
    config.device = "tpu";
    EXPECT_THROW(MnistTrainer(config, nullptr), std::invalid_argument);
}

TEST(MnistClassifier, GivesTenProbabilitiesThatSumToOne) {
    auto data = testing::smallMnist(4000, 200);
    ASSERT_TRUE(data);
    MnistTrainer trainer(smallConfig(1), data);
    ASSERT_TRUE(trainer.train({}, StopToken{}));
    const MnistClassifier classifier = trainer.classifier();
    EXPECT_EQ(classifier.classes(), 10);
    int correct = 0;
    for (int i = 0; i < 50; ++i) {
        std::array<float, kMnistPixels> pixels{};
        for (int p = 0; p < kMnistPixels; ++p)
            pixels[static_cast<std::size_t>(p)] = data->test.image(i)[p] / 255.0f;
        const auto probabilities = classifier.predict(pixels);
        ASSERT_EQ(probabilities.size(), 10u);
        EXPECT_NEAR(std::accumulate(probabilities.begin(), probabilities.end(), 0.0f), 1.0f, 1e-5f);
        const auto best =
            std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin();
        correct += best == data->test.labels[static_cast<std::size_t>(i)] ? 1 : 0;
    }
    EXPECT_GE(correct, 40); // the same weights as the trainer: it learned
}

} // namespace
} // namespace bplab

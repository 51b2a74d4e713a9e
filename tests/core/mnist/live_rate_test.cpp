// The live learning-rate dial: a rate set while training runs reaches the optimizer from the next
// batch, scales a one-cycle schedule, is recorded, and survives a checkpoint.
#include "core/mnist/epoch_history_csv.h"
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/one_cycle_schedule.h"
#include "tests/support/mnist_test_data.h"
#include "tests/support/temporary_path.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <vector>

namespace bplab {
namespace {

TrainConfig tinyConfig(bool oneCycle) {
    TrainConfig config;
    config.epochs = 1;
    config.batchSize = 64;
    config.learningRate = 0.05;
    config.oneCycle = oneCycle;
    config.augment = false;
    config.threads = 1;
    config.trainLimit = 640; // 10 batches
    return config;
}

// Trains, setting the dial to `newRate` while batch `k` (1-based) reports; returns each batch's rate
// as the optimizer had it.
std::vector<double> ratesWithAChangeAt(MnistTrainer& trainer, int k, double newRate) {
    RateDial dial;
    std::vector<double> rates;
    TrainCallbacks callbacks;
    callbacks.onBatch = [&](const BatchProgress& progress) {
        rates.push_back(progress.learningRate);
        if (progress.batch == k) dial.set(newRate); // the GUI moves the slider now
    };
    EXPECT_TRUE(trainer.train(callbacks, StopToken{}, dial));
    return rates;
}

TEST(LiveRate, AChangeReachesTheOptimizerFromTheNextBatchAndIsRecorded) {
    auto data = testing::smallMnist(640, 100);
    ASSERT_TRUE(data);
    MnistTrainer trainer(tinyConfig(false), data);
    const std::vector<double> rates = ratesWithAChangeAt(trainer, 3, 0.5);
    ASSERT_EQ(rates.size(), 10u);
    for (int b = 0; b < 3; ++b) EXPECT_DOUBLE_EQ(rates[b], 0.05) << "batch " << b + 1;
    for (int b = 3; b < 10; ++b) EXPECT_DOUBLE_EQ(rates[b], 0.5) << "batch " << b + 1;
    // Batch 4 is step 3 (0-based): the change applies from there.
    ASSERT_EQ(trainer.rateChanges(), (std::vector<RateChange>{{3, 0.5}}));
    EXPECT_EQ(trainer.peakLearningRate(), 0.5);
    EXPECT_EQ(
        epochHistoryCsv(trainer.history(), trainer.rateChanges(), trainer.batchesPerEpoch()).substr(0, 62),
        "epoch,train_loss,test_loss,test_accuracy,seconds,lr_changes\n1,");
    EXPECT_NE(
        epochHistoryCsv(trainer.history(), trainer.rateChanges(), trainer.batchesPerEpoch()).find(",4@0.5\n"),
        std::string::npos);
}

TEST(LiveRate, WithOneCycleItScalesTheSchedule) {
    auto data = testing::smallMnist(640, 100);
    ASSERT_TRUE(data);
    MnistTrainer trainer(tinyConfig(true), data);
    const std::vector<double> rates = ratesWithAChangeAt(trainer, 5, 0.2);
    ASSERT_EQ(rates.size(), 10u);
    // 10 steps; before the change the schedule at peak 0.05, after it 0.2 / 0.05 = 4 × the schedule.
    for (long long s = 0; s < 10; ++s) {
        const double expected = oneCycleRate(0.05, s, 10) * (s < 5 ? 1.0 : 4.0);
        EXPECT_NEAR(rates[static_cast<std::size_t>(s)], expected, 1e-12 * expected) << "step " << s;
    }
}

TEST(LiveRate, ChangesSurviveACheckpoint) {
    auto data = testing::smallMnist(640, 100);
    ASSERT_TRUE(data);
    MnistTrainer trainer(tinyConfig(false), data);
    ratesWithAChangeAt(trainer, 2, 0.25);
    trainer.setLearningRate(0.01); // as Resume after a divergence does: from the next epoch's first batch
    const std::vector<RateChange> expected{{2, 0.25}, {10, 0.01}};
    EXPECT_EQ(trainer.rateChanges(), expected);
    const std::string path = temporaryPath("bplab-live-rate");
    trainer.saveCheckpoint(path);
    auto loaded = MnistTrainer::loadCheckpoint(path, data);
    EXPECT_EQ(loaded->rateChanges(), expected);
    EXPECT_EQ(loaded->peakLearningRate(), 0.01);
    EXPECT_EQ(loaded->config().learningRate, 0.05) << "the recipe is unchanged; the changes say the rest";
    std::filesystem::remove(path);
}

} // namespace
} // namespace bplab

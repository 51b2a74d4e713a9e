// Divergence as a state: the rule that calls a run diverged (plain arithmetic), and a real run at an
// absurd rate that ends Diverged with its weights back at the last good epoch.
#include "core/mnist/divergence_watch.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/support/mnist_test_data.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bplab {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(DivergenceWatch, ANonFiniteLossDivergesAtOnce) {
    DivergenceWatch watch;
    EXPECT_FALSE(watch.diverged(2.3));
    EXPECT_TRUE(watch.diverged(std::nan("")));
    DivergenceWatch other;
    EXPECT_TRUE(other.diverged(kInf)); // even on the first batch
}

TEST(DivergenceWatch, OneBadBatchIsNoDivergence) {
    DivergenceWatch watch;
    for (int k = 0; k < 10; ++k) EXPECT_FALSE(watch.diverged(2.3)); // average 2.3, lowest 2.3
    // 0.9 · 2.3 + 0.1 · 50 = 7.07, far below 1000 · 2.3 = 2300.
    EXPECT_FALSE(watch.diverged(50.0));
}

TEST(DivergenceWatch, AnAverageAThousandTimesItsLowestDiverges) {
    DivergenceWatch watch;
    for (int k = 0; k < 10; ++k) EXPECT_FALSE(watch.diverged(2.3));
    // 0.9 · 2.3 + 0.1 · 22,000 = 2202.07 < 2300: not yet.
    EXPECT_FALSE(watch.diverged(22'000.0));
    // 0.9 · 2202.07 + 0.1 · 22,000 = 4181.9 > 2300 = kDivergenceGrowthFactor · 2.3.
    EXPECT_TRUE(watch.diverged(22'000.0));
}

TEST(DivergenceWatch, ANearPerfectFitDoesNotDivergeOnAnOrdinaryBatch) {
    DivergenceWatch watch;
    for (int k = 0; k < 50; ++k) EXPECT_FALSE(watch.diverged(1e-5));
    // 0.9 · 1e-5 + 0.1 · 1 ≈ 0.1 is 10,000 × 1e-5, but below 1000 × 0.01 (the smallest reference) = 10.
    EXPECT_FALSE(watch.diverged(1.0));
}

TEST(DivergenceText, SaysWhereWithWhatRateAndWhatWasKept) {
    const Divergence late{2, 37, 94, 10.0, kInf, 1};
    EXPECT_EQ(divergenceHeadline(late), "diverged at epoch 2, batch 37 (η = 10)");
    EXPECT_EQ(describeDivergence(late),
              "diverged at epoch 2, batch 37 (η = 10): the training loss became "
              "inf; the weights are back at the end of epoch 1, the last finite state");
    const Divergence early{1, 3, 94, 0.5, 4e7, 0};
    EXPECT_EQ(describeDivergence(early), "diverged at epoch 1, batch 3 (η = 0.5): the training loss became "
                                         "4e+07; the weights are back at the start of the run, the last "
                                         "finite state");
    EXPECT_DOUBLE_EQ(smallerLearningRate(late), 1.0);
}

TrainConfig calmConfig() {
    TrainConfig config;
    config.epochs = 1;
    config.batchSize = 64;
    config.learningRate = 0.05;
    config.oneCycle = false;
    config.augment = false;
    config.threads = 1;
    config.seed = 3;
    return config;
}

TEST(MnistTrainerDivergence, EndsDivergedWithTheLastGoodEpochsWeights) {
    auto data = testing::smallMnist(2000, 500);
    ASSERT_TRUE(data);
    MnistTrainer trainer(calmConfig(), data);
    ASSERT_TRUE(trainer.train({}, StopToken{}));
    const double lossAfterEpoch1 = trainer.evaluate().loss;
    ASSERT_TRUE(std::isfinite(lossAfterEpoch1));

    // Epoch 2 at the largest rate the recipe allows, constant: the loss blows up within the epoch.
    trainer.setEpochs(2);
    trainer.setLearningRate(10.0);
    int finiteBatches = 0;
    TrainCallbacks callbacks;
    callbacks.onBatch = [&](const BatchProgress& progress) {
        EXPECT_TRUE(std::isfinite(progress.loss)) << "a non-finite loss reached the charts";
        ++finiteBatches;
    };
    const TrainOutcome outcome = trainer.train(callbacks, StopToken{});
    EXPECT_FALSE(outcome);
    ASSERT_EQ(outcome.end, TrainOutcome::End::Diverged);
    ASSERT_TRUE(outcome.divergence);
    const Divergence& d = *outcome.divergence;
    EXPECT_EQ(d.epoch, 2);
    EXPECT_EQ(d.batch, finiteBatches + 1);  // the batch after the last one reported
    EXPECT_EQ(d.batches, 32);               // ceil(2000 / 64)
    EXPECT_DOUBLE_EQ(d.learningRate, 10.0); // 0.05 × (10 / 0.05): the schedule scaled to the new rate
    EXPECT_EQ(d.keptEpochs, 1);
    EXPECT_EQ(trainer.completedEpochs(), 1) << "the history ends at the last good epoch";

    // The weights (and BatchNorm statistics) are exactly those at the end of epoch 1: same test loss
    // to the last bit. They are finite, so they can be saved.
    EXPECT_EQ(trainer.evaluate().loss, lossAfterEpoch1);
    EXPECT_NO_THROW(trainer.checkpointBytes());

    // Resume at a sane rate continues from there and completes epoch 2.
    trainer.setLearningRate(0.05);
    const TrainOutcome resumed = trainer.train({}, StopToken{});
    EXPECT_TRUE(resumed);
    EXPECT_EQ(resumed.end, TrainOutcome::End::Completed);
    EXPECT_EQ(trainer.completedEpochs(), 2);
    EXPECT_TRUE(std::isfinite(trainer.history().back().testLoss));
}

TEST(MnistTrainerDivergence, DivergingInTheFirstEpochKeepsTheStartingWeights) {
    auto data = testing::smallMnist(2000, 500);
    ASSERT_TRUE(data);
    TrainConfig config = calmConfig();
    config.learningRate = 10.0;
    MnistTrainer trainer(config, data);
    const double untrainedLoss = trainer.evaluate().loss;
    const TrainOutcome outcome = trainer.train({}, StopToken{});
    ASSERT_EQ(outcome.end, TrainOutcome::End::Diverged);
    EXPECT_EQ(outcome.divergence->epoch, 1);
    EXPECT_EQ(outcome.divergence->keptEpochs, 0);
    EXPECT_EQ(trainer.evaluate().loss, untrainedLoss);
}

TEST(MnistTrainerDivergence, ACalmRunEndsCompletedAndAStoppedOneStopped) {
    auto data = testing::smallMnist(640, 200);
    ASSERT_TRUE(data);
    MnistTrainer trainer(calmConfig(), data);
    StopToken stop;
    stop.requestStop();
    EXPECT_EQ(trainer.train({}, stop).end, TrainOutcome::End::Stopped);
    const TrainOutcome outcome = trainer.train({}, StopToken{});
    EXPECT_EQ(outcome.end, TrainOutcome::End::Completed);
    EXPECT_FALSE(outcome.divergence);
}

} // namespace
} // namespace bplab

// resizedExamples: a training set following its network's input and output layers when they grow or
// shrink under it (the own network's architecture editor): values beyond the new sizes are dropped,
// new ones are 0, the examples and their order stay.
#include "core/sheet/training_set/training_set.h"

#include <gtest/gtest.h>

namespace bplab {
namespace {

TEST(ResizedExamples, GrowingAddsZerosAfterEveryExamplesValues) {
    // XOR: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0; a third input and a second target, both 0.
    const TrainingSet resized = resizedExamples(trainingSetPreset(TrainingSetPreset::Xor), 3, 2);
    const std::vector<TrainingExample> expected{
        {{0, 0, 0}, {0, 0}}, {{0, 1, 0}, {1, 0}}, {{1, 0, 0}, {1, 0}}, {{1, 1, 0}, {0, 0}}};
    EXPECT_EQ(resized.examples, expected);
    EXPECT_EQ(resized.inputCount(), 3);
    EXPECT_EQ(resized.targetCount(), 2);
}

TEST(ResizedExamples, ShrinkingDropsTheLastValuesAndKeepsTheFirst) {
    TrainingSet set;
    set.examples = {{{0.5, -1.5, 2.0, 4.0}, {0.25, 0.75, 1.0}}, {{3.0, 2.0, 1.0, 0.0}, {1.0, 0.0, 0.5}}};
    const TrainingSet resized = resizedExamples(set, 1, 2);
    const std::vector<TrainingExample> expected{{{0.5}, {0.25, 0.75}}, {{3.0}, {1.0, 0.0}}};
    EXPECT_EQ(resized.examples, expected);
}

TEST(ResizedExamples, InputsAndTargetsResizeIndependently) {
    // The seed's one example: i1 = 0.05, i2 = 0.1 → t1 = 0.01, t2 = 0.99. Inputs grow, targets shrink.
    const TrainingSet resized = resizedExamples(trainingSetPreset(TrainingSetPreset::Seed), 4, 1);
    ASSERT_EQ(resized.examples.size(), 1U);
    EXPECT_EQ(resized.examples[0].inputs, (std::vector<double>{0.05, 0.1, 0.0, 0.0}));
    EXPECT_EQ(resized.examples[0].targets, (std::vector<double>{0.01}));
}

TEST(ResizedExamples, TheSameSizesGiveTheSameSetAndTheInputIsLeftAlone) {
    const TrainingSet xor_ = trainingSetPreset(TrainingSetPreset::Xor);
    EXPECT_EQ(resizedExamples(xor_, 2, 1), xor_);
    const TrainingSet copy = xor_;
    (void)resizedExamples(xor_, 1, 1);
    EXPECT_EQ(xor_, copy); // a new value: the set passed in is not changed
}

TEST(ResizedExamples, KeepsTheNumberAndOrderOfExamplesAndAnEmptySetStaysEmpty) {
    const TrainingSet resized = resizedExamples(trainingSetPreset(TrainingSetPreset::And), 1, 1);
    // AND's inputs 00, 01, 10, 11 cut to their first value: 0, 0, 1, 1; targets 0, 0, 0, 1.
    ASSERT_EQ(resized.examples.size(), 4U);
    const double firstInputs[] = {0, 0, 1, 1}, targets[] = {0, 0, 0, 1};
    for (std::size_t e = 0; e < 4; ++e) {
        EXPECT_EQ(resized.examples[e].inputs, std::vector<double>{firstInputs[e]}) << "example " << e + 1;
        EXPECT_EQ(resized.examples[e].targets, std::vector<double>{targets[e]}) << "example " << e + 1;
    }
    EXPECT_TRUE(resizedExamples(TrainingSet{}, 3, 2).examples.empty());
}

} // namespace
} // namespace bplab

// The training set as a value: its presets, and one sentence per problem that makes a set unusable.
#include "core/sheet/training_set/training_set.h"

#include "core/sheet/sheet_inputs.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <utility>

namespace bplab {
namespace {

// A problem's kind and the values its sentence quotes (the English is checked once, in
// OneSentencePerKindOfProblem; the German in the window's tests).
using Values = std::pair<NetworkProblemKind, std::vector<std::string>>;
Values onlyProblem(const std::vector<NetworkProblem>& problems) {
    EXPECT_EQ(problems.size(), 1u);
    return problems.empty() ? Values{} : Values{problems.front().kind, problems.front().values};
}

TEST(TrainingSetPreset, TheSeedIsTheSheetsOneExample) {
    // i1 = 0.05, i2 = 0.10 → t1 = 0.01, t2 = 0.99, read from the seed sheet's own values.
    const TrainingSet seed = trainingSetPreset(TrainingSetPreset::Seed);
    ASSERT_EQ(seed.examples.size(), 1u);
    EXPECT_EQ(seed.examples[0], (TrainingExample{{0.05, 0.10}, {0.01, 0.99}}));
    const SheetInputs sheet;
    EXPECT_EQ(seed.examples[0], (TrainingExample{{sheet.i1, sheet.i2}, {sheet.t1, sheet.t2}}));
}

TEST(TrainingSetPreset, TheLogicGatesTakeTheirTruthTables) {
    // Inputs 00, 01, 10, 11 → XOR 0 1 1 0, AND 0 0 0 1, OR 0 1 1 1.
    const auto targets = [](TrainingSetPreset preset) {
        std::vector<double> column;
        const TrainingSet set = trainingSetPreset(preset);
        for (const TrainingExample& example : set.examples) {
            EXPECT_EQ(example.targets.size(), 1u);
            column.push_back(example.targets.at(0));
        }
        return column;
    };
    EXPECT_EQ(targets(TrainingSetPreset::Xor), (std::vector<double>{0, 1, 1, 0}));
    EXPECT_EQ(targets(TrainingSetPreset::And), (std::vector<double>{0, 0, 0, 1}));
    EXPECT_EQ(targets(TrainingSetPreset::Or), (std::vector<double>{0, 1, 1, 1}));
    const TrainingSet xorSet = trainingSetPreset(TrainingSetPreset::Xor);
    EXPECT_EQ(xorSet.examples[1].inputs, (std::vector<double>{0, 1}));
    EXPECT_EQ(xorSet.examples[2].inputs, (std::vector<double>{1, 0}));
    EXPECT_EQ(xorSet.inputCount(), 2);
    EXPECT_EQ(xorSet.targetCount(), 1);
}

TEST(TrainingSetPreset, EveryPresetIsUsableWithEitherLossAndNamedOnce) {
    for (const TrainingSetPreset preset : kAllTrainingSetPresets) {
        for (const Loss loss : kAllLosses)
            EXPECT_TRUE(trainingSetProblems(trainingSetPreset(preset), loss).empty());
        EXPECT_EQ(parseTrainingSetPreset(trainingSetPresetName(preset)), preset);
    }
    EXPECT_EQ(parseTrainingSetPreset("xor"), TrainingSetPreset::Xor);
    EXPECT_EQ(parseTrainingSetPreset("XOR"), std::nullopt);
    EXPECT_EQ(parseTrainingSetPreset("nand"), std::nullopt);
}

TEST(TrainingSetProblems, NoExamples) {
    EXPECT_EQ(onlyProblem(trainingSetProblems(TrainingSet{}, Loss::SquaredError)),
              Values(NetworkProblemKind::NoExamples, {"1"}));
}

TEST(TrainingSetProblems, MoreThanSixteenExamples) {
    TrainingSet set;
    set.examples.assign(17, TrainingExample{{0.0}, {1.0}});
    EXPECT_EQ(onlyProblem(trainingSetProblems(set, Loss::SquaredError)),
              Values(NetworkProblemKind::TooManyExamples, {"17", "16"}));
    set.examples.pop_back(); // 16: the most the sheet takes
    EXPECT_TRUE(trainingSetProblems(set, Loss::SquaredError).empty());
}

TEST(TrainingSetProblems, SizesOutOfRange) {
    TrainingSet set{{{{1, 2, 3, 4, 5}, {1}}}};
    EXPECT_EQ(onlyProblem(trainingSetProblems(set, Loss::SquaredError)),
              Values(NetworkProblemKind::ExampleInputCount, {"1", "5", "1", "4"}));
    set = TrainingSet{{{{1}, {}}}};
    EXPECT_EQ(onlyProblem(trainingSetProblems(set, Loss::SquaredError)),
              Values(NetworkProblemKind::ExampleTargetCount, {"1", "0", "1", "4"}));
    set = TrainingSet{{{{1, 2, 3, 4}, {0, 0, 0, 0}}}}; // 4 and 4: the largest
    EXPECT_TRUE(trainingSetProblems(set, Loss::SquaredError).empty());
}

TEST(TrainingSetProblems, RaggedExamples) {
    TrainingSet set = trainingSetPreset(TrainingSetPreset::Xor);
    set.examples[2].inputs.push_back(0.5);
    EXPECT_EQ(onlyProblem(trainingSetProblems(set, Loss::SquaredError)),
              Values(NetworkProblemKind::RaggedExample, {"3", "3", "1", "2", "1"}));
}

TEST(TrainingSetProblems, ANumberThatIsNotFinite) {
    TrainingSet set = trainingSetPreset(TrainingSetPreset::And);
    set.examples[3].targets[0] = INFINITY;
    set.examples[1].inputs[1] = NAN; // the first such value is the one named
    EXPECT_EQ(onlyProblem(trainingSetProblems(set, Loss::SquaredError)),
              Values(NetworkProblemKind::NotFiniteExampleValue, {"2", "i2", "nan"}));
}

TEST(TrainingSetProblems, ATargetOutsideZeroToOneOnlyWithCrossEntropy) {
    TrainingSet set = trainingSetPreset(TrainingSetPreset::Or);
    set.examples[1].targets[0] = 1.5;
    EXPECT_TRUE(trainingSetProblems(set, Loss::SquaredError).empty()); // ½·(t − a)² has its minimum at a = t
    EXPECT_EQ(onlyProblem(trainingSetProblems(set, Loss::CrossEntropy)),
              Values(NetworkProblemKind::CrossEntropyTarget, {"2", "t1", "1.5"}));
    set.examples[1].targets[0] = 1.0; // the ends themselves are fine: t·ln a has its minimum at a = 1
    EXPECT_TRUE(trainingSetProblems(set, Loss::CrossEntropy).empty());
}

TEST(TrainingSetProblems, OneSentencePerKindOfProblem) {
    // 17 ragged examples with a NaN: three sentences, in the documented order, not seventeen.
    TrainingSet set;
    set.examples.assign(17, TrainingExample{{0.0, 1.0}, {1.0}});
    for (std::size_t e = 5; e < 17; ++e) set.examples[e].inputs = {NAN};
    const std::vector<std::string> problems = englishOf(trainingSetProblems(set, Loss::SquaredError));
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0], "the training set has 17 examples: at most 16 fit on the sheet");
    EXPECT_EQ(problems[1].rfind("example 6 has 1 inputs", 0), 0u) << problems[1];
    EXPECT_EQ(problems[2], "example 6: i1 = nan is not a finite number");
}

TEST(TrainingSetValidate, ThrowsTheFirstProblem) {
    EXPECT_NO_THROW(validate(trainingSetPreset(TrainingSetPreset::Xor), Loss::CrossEntropy));
    try {
        validate(TrainingSet{}, Loss::SquaredError);
        FAIL() << "an empty set was accepted";
    } catch (const std::invalid_argument& error) {
        EXPECT_STREQ(error.what(), "the training set has no examples: add at least 1");
    }
}

} // namespace
} // namespace bplab

// A training set's CSV file: what a teacher writes by hand reads as the examples it says, anything else
// gets one sentence naming the line and column, and what we write reads back to the same doubles.
#include "core/sheet/training_set/training_set_csv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace bplab {
namespace {

// The sentence readTrainingSetCsv refuses `text` with ("" when it reads).
std::string refusal(const std::string& text) {
    try {
        readTrainingSetCsv(text);
    } catch (const std::invalid_argument& error) {
        return error.what();
    }
    return "";
}

TEST(TrainingSetCsv, ReadsXorAsWrittenByHand) {
    const TrainingSet set = readTrainingSetCsv("i1,i2,t1\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
    EXPECT_EQ(set, trainingSetPreset(TrainingSetPreset::Xor));
}

TEST(TrainingSetCsv, ReadsWhatSpreadsheetsAndPeopleWrite) {
    // A byte order mark, \r\n line ends, spaces around values, a blank line, no newline at the end,
    // a "+" sign, an exponent: i1 = 5e-2 = 0.05, i2 = 0.1, t1 = 0.01, t2 = .99.
    const TrainingSet set = readTrainingSetCsv("\xEF\xBB\xBFi1, i2 ,t1,t2\r\n\r\n 5e-2 ,+0.1,\t0.01, .99");
    EXPECT_EQ(set, trainingSetPreset(TrainingSetPreset::Seed));
}

TEST(TrainingSetCsv, ReadsTheLargestSet) {
    std::string text = "i1,i2,i3,i4,t1,t2,t3,t4\n";
    for (int e = 0; e < 16; ++e) text += "1,2,3,4,0.1,0.2,0.3,-4\n";
    const TrainingSet set = readTrainingSetCsv(text);
    ASSERT_EQ(set.examples.size(), 16u);
    EXPECT_EQ(set.examples[15], (TrainingExample{{1, 2, 3, 4}, {0.1, 0.2, 0.3, -4}}));
}

TEST(TrainingSetCsv, RefusesAnEmptyFile) {
    const std::string sentence = "the file is empty: its first line names the columns, e.g. i1,i2,t1";
    EXPECT_EQ(refusal(""), sentence);
    EXPECT_EQ(refusal("\n  \r\n\t\n"), sentence);
    EXPECT_EQ(refusal("i1,t1\n\n"),
              "the file has no examples: add one line of numbers per example after the header");
}

TEST(TrainingSetCsv, RefusesAHeaderOutsideTheConvention) {
    const std::string convention = "name the inputs i1, i2, … and then the targets t1, t2, …, e.g. i1,i2,t1";
    EXPECT_EQ(refusal("x1,x2,t1\n0,0,0\n"), "line 1, column 1: 'x1' is not a column name: " + convention);
    EXPECT_EQ(refusal("i1;i2;t1\n"),
              "line 1, column 1: 'i1;i2;t1' is not a column name: separate the columns "
              "with commas, and " +
                  convention);
    EXPECT_EQ(refusal("i1,,t1\n"), "line 1, column 2: '' is not a column name: " + convention);
    EXPECT_EQ(refusal("t1,i1\n"), "line 1, column 1: 't1' where i1 belongs: " + convention);
    EXPECT_EQ(refusal("i1,i3,t1\n"), "line 1, column 2: 'i3' where i2 belongs: " + convention);
    EXPECT_EQ(refusal("i1,t2\n"), "line 1, column 2: 't2' where t1 belongs: " + convention);
    EXPECT_EQ(refusal("i1,t1,i2\n"), "line 1, column 3: 'i2' after the targets: " + convention);
    EXPECT_EQ(refusal("i1,i2\n0,1\n"), "line 1: no target column: " + convention);
    EXPECT_EQ(refusal("i1,i2,i3,i4,i5,t1\n"), "line 1, column 5: 'i5': at most 4 inputs");
    EXPECT_EQ(refusal("i1,t1,t2,t3,t4,t5\n"), "line 1, column 6: 't5': at most 4 targets");
}

TEST(TrainingSetCsv, RefusesARaggedRowNamingLineAndColumn) {
    // Line 3 (the blank line 2 counts) has one value too few, then line 4 one too many.
    EXPECT_EQ(refusal("i1,i2,t1\n\n0,1\n"),
              "line 3, column 3 (t1): missing: the line has 2 values, the header names 3");
    EXPECT_EQ(refusal("i1,i2,t1\n0,0,0\n0,1,1,1\n"),
              "line 3, column 4: a value more than the header's 3 columns");
}

TEST(TrainingSetCsv, RefusesANonNumberNamingLineAndColumn) {
    EXPECT_EQ(refusal("i1,i2,t1\n0,abc,1\n"), "line 2, column 2 (i2): 'abc' is not a number");
    EXPECT_EQ(refusal("i1,i2,t1\n0,0.5x,1\n"), "line 2, column 2 (i2): '0.5x' is not a number");
    EXPECT_EQ(refusal("i1,i2,t1\n0,\"1\",1\n"), "line 2, column 2 (i2): '\"1\"' is not a number");
    EXPECT_EQ(refusal("i1,i2,t1\n0,0,0,5\n"), "line 2, column 4: a value more than the header's 3 columns");
    EXPECT_EQ(refusal("i1,i2,t1\n0, ,1\n"), "line 2, column 2 (i2) is empty: write a number");
    EXPECT_EQ(refusal("i1,i2,t1\n0,1,nan\n"), "line 2, column 3 (t1): 'nan' is not a finite number");
    EXPECT_EQ(refusal("i1,i2,t1\n0,1,-inf\n"), "line 2, column 3 (t1): '-inf' is not a finite number");
    EXPECT_EQ(refusal("i1,i2,t1\n0,1e999,1\n"),
              "line 2, column 2 (i2): '1e999' is beyond the range of numbers the sheet computes with");
    // A long field is quoted in part (never cut inside a character: "é" is two bytes).
    EXPECT_EQ(refusal("i1,t1\n0," + std::string(23, 'x') + "é" + std::string(1000, 'x') + "\n"),
              "line 2, column 2 (t1): '" + std::string(23, 'x') + "…' is not a number");
    // A decimal comma splits the value into two fields: the line says which one is too many.
    EXPECT_EQ(refusal("i1,t1\n0,5,1\n"), "line 2, column 3: a value more than the header's 2 columns");
}

TEST(TrainingSetCsv, RefusesMoreThanSixteenExamples) {
    std::string text = "i1,t1\n";
    for (int e = 0; e < 17; ++e) text += "0,1\n";
    EXPECT_EQ(refusal(text), "line 18: a training set has at most 16 examples, and this is one more");
}

TEST(TrainingSetCsv, LeavesTheLossesRuleToValidate) {
    // A target of 2 is a number: the file reads, and validate with cross-entropy refuses it.
    const TrainingSet set = readTrainingSetCsv("i1,t1\n0,2\n");
    EXPECT_THROW(validate(set, Loss::CrossEntropy), std::invalid_argument);
    EXPECT_NO_THROW(validate(set, Loss::SquaredError));
}

TEST(TrainingSetCsv, WritesTheConventionAndReadsBackTheSameDoubles) {
    EXPECT_EQ(trainingSetCsv(trainingSetPreset(TrainingSetPreset::Seed)),
              "i1,i2,t1,t2\n0.05,0.1,0.01,0.99\n");
    // Every digit kept: 0.1 + 0.2 = 0.30000000000000004, the smallest subnormal, the largest double, −0.
    const TrainingSet awkward{{{{0.1 + 0.2, std::numeric_limits<double>::denorm_min()}, {-0.0}},
                               {{std::numeric_limits<double>::max(), -1e-300}, {1.0 / 3.0}}}};
    const std::string text = trainingSetCsv(awkward);
    EXPECT_EQ(text.substr(0, text.find('\n')), "i1,i2,t1");
    const TrainingSet again = readTrainingSetCsv(text);
    EXPECT_EQ(again, awkward);
    EXPECT_TRUE(std::signbit(again.examples[0].targets[0]));
    for (const TrainingSetPreset preset : kAllTrainingSetPresets) {
        EXPECT_EQ(readTrainingSetCsv(trainingSetCsv(trainingSetPreset(preset))), trainingSetPreset(preset));
    }
}

TEST(TrainingSetCsv, WritesNoUnusableSet) {
    EXPECT_THROW(trainingSetCsv(TrainingSet{}), std::invalid_argument);
    EXPECT_THROW(trainingSetCsv(TrainingSet{{{{1}, {1}}, {{1, 2}, {1}}}}), std::invalid_argument);
}

} // namespace
} // namespace bplab

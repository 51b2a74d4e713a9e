// Predict, then reveal: scoring a guess at the edge of the stated tolerance, refusing what is not a
// guess with a sentence, the running score per stage, the next cell, and the CSV of the attempts.
#include "core/sheet/quiz/quiz.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>

namespace bplab {
namespace {

TEST(QuizScoring, OnePercentOfTheValueCountsBothEdgesIncluded) {
    // value 100: 1 % is exactly 1, so 99 and 101 are on the edge and count; a hair beyond does not.
    EXPECT_TRUE(isGuessCorrect(101.0, 100.0));
    EXPECT_TRUE(isGuessCorrect(99.0, 100.0));
    EXPECT_FALSE(isGuessCorrect(101.000001, 100.0));
    EXPECT_FALSE(isGuessCorrect(98.999999, 100.0));
    // A negative value: the tolerance is 1 % of |value|.
    EXPECT_TRUE(isGuessCorrect(-101.0, -100.0));
    EXPECT_FALSE(isGuessCorrect(-101.000001, -100.0));
}

TEST(QuizScoring, JustInsideAndJustOutsideOnARealCell) {
    // The seed's h1 = 0.15·0.05 + 0.2·0.1 = 0.0275; 1 % of it is 0.000275.
    const double h1 = 0.0275;
    EXPECT_TRUE(isGuessCorrect(h1 * 1.0099, h1));
    EXPECT_TRUE(isGuessCorrect(h1 * 0.9901, h1));
    EXPECT_FALSE(isGuessCorrect(h1 * 1.0101, h1));
    EXPECT_FALSE(isGuessCorrect(h1 * 0.9899, h1));
    EXPECT_DOUBLE_EQ(quizTolerance(h1), 0.000275);
}

TEST(QuizScoring, NearZeroAnAbsoluteFloorApplies) {
    // 1 % of 1e-9 would ask for digits nobody types: within 1e-6 counts instead.
    EXPECT_TRUE(isGuessCorrect(0.0, 1e-9));
    EXPECT_TRUE(isGuessCorrect(1e-6, 0.0));
    EXPECT_FALSE(isGuessCorrect(1.1e-6, 0.0));
    EXPECT_EQ(quizTolerance(0.0), 1e-6);
    EXPECT_DOUBLE_EQ(quizTolerance(1e-4), 1e-6); // where the two rules meet
}

// The classic worked example's w5′ after one row: w5 = 0.4, ∂E/∂w5 = 0.082167041 (Mazur's worked
// example), η = 0.5, so the step is −0.041083521 and w5′ = 0.358916479.
TEST(QuizScoring, AnUpdateCellIsScoredOnItsStepNotOnItsValue) {
    BackpropSheet sheet(classicWorkedExample(), 1);
    sheet.runToEnd();
    const CellPosition w5New{0, sheet.cellOfQuantity(quantity::w1_new + 4)};
    const double origin = quizOrigin(sheet, w5New);
    EXPECT_EQ(origin, 0.4);
    const double value = sheet.row(0)[quantity::w1_new + 4];
    EXPECT_NEAR(value, 0.358916479, 1e-9);
    const double step = value - 0.4;
    EXPECT_DOUBLE_EQ(quizTolerance(value, origin), 0.01 * std::fabs(step));
    EXPECT_TRUE(isGuessCorrect(0.4 + step * 1.0099, value, origin)); // just inside
    EXPECT_TRUE(isGuessCorrect(0.4 + step * 0.9901, value, origin));
    EXPECT_FALSE(isGuessCorrect(0.4 + step * 1.0101, value, origin)); // just outside
    EXPECT_FALSE(isGuessCorrect(0.4 + step * 0.9899, value, origin));
    // 5 % off the step is within 1 % of w5′ (0.0021 < 0.0036): the value's rule would pass it.
    EXPECT_TRUE(isGuessCorrect(0.4 + step * 1.05, value));
    EXPECT_FALSE(isGuessCorrect(0.4 + step * 1.05, value, origin));
    // Forward, loss and gradient cells are measured from 0, as before.
    EXPECT_EQ(quizOrigin(sheet, {0, sheet.cellOfQuantity(quantity::h1)}), 0.0);
}

TEST(QuizScoring, TheOldWeightAsTheNewOneIsWrong) {
    // The seed sheet: w1′ = 0.149906… is within 1 % of w1 = 0.15, but the step 0 is not within
    // 1e-6 (the floor, as the step is only ~9.4e-5) of the true step.
    BackpropSheet sheet(SheetInputs{}, 1);
    sheet.runToEnd();
    for (int k = 0; k < 8; ++k) {
        const CellPosition update{0, sheet.cellOfQuantity(quantity::w1_new + k)};
        const double old = SheetInputs{}.weights[static_cast<std::size_t>(k)];
        const double value = sheet.row(0)[static_cast<std::size_t>(quantity::w1_new + k)];
        EXPECT_EQ(quizOrigin(sheet, update), old);
        EXPECT_FALSE(isGuessCorrect(old, value, old)) << "w" << k + 1 << "′ = " << value;
    }
    const double w1New = sheet.row(0)[quantity::w1_new];
    EXPECT_TRUE(isGuessCorrect(0.15, w1New)); // what the value's 1 % let pass
    EXPECT_GT(std::fabs(w1New - 0.15), 1e-6);
}

TEST(QuizScoring, NothingIsNearADivergedValue) {
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_FALSE(isGuessCorrect(1e308, inf)); // |1e308 − ∞| ≤ 1 % of ∞ would say yes
    EXPECT_FALSE(isGuessCorrect(0.0, std::nan("")));
}

TEST(QuizGuess, NumbersAsTheSheetWritesThem) {
    EXPECT_EQ(parseGuess("0.5932").value, 0.5932);
    EXPECT_EQ(parseGuess("  7.2e-2 ").value, 0.072);
    EXPECT_EQ(parseGuess("\u22120.25").value, -0.25); // the sheet's true minus sign
    EXPECT_EQ(parseGuess("-0.25").value, -0.25);
    EXPECT_EQ(parseGuess("+3").value, 3.0);
    EXPECT_EQ(parseGuess("0.5").problem, GuessProblem::None);
}

TEST(QuizGuess, TheWindowsDecimalMarkCountsAndSoDoesAPoint) {
    EXPECT_EQ(parseGuess("0,5932", ",").value, 0.5932); // a German window: 0,5932 = 0.5932
    EXPECT_EQ(parseGuess("\u22120,25", ",").value, -0.25);
    EXPECT_EQ(parseGuess("0.5932", ",").value, 0.5932); // as the files write it
    EXPECT_EQ(parseGuess("7,2e-2", ",").value, 0.072);
    EXPECT_EQ(parseGuess("0,5").problem, GuessProblem::DecimalComma); // an English window
    EXPECT_EQ(parseGuess("1,000,5", ",").problem, GuessProblem::NotANumber);
}

TEST(QuizGuess, WhatIsNotAGuessSaysWhatIsWrongAndHasNoValue) {
    struct Case {
        const char* text;
        GuessProblem problem;
        const char* about; // the text the window quotes back, trimmed, with "-" for "−"
    };
    for (const Case& bad :
         {Case{"", GuessProblem::Empty, ""}, Case{"   ", GuessProblem::Empty, ""},
          Case{"abc", GuessProblem::NotANumber, "abc"}, Case{" 0.5x ", GuessProblem::NotANumber, "0.5x"},
          Case{"0,5", GuessProblem::DecimalComma, "0,5"}, Case{"inf", GuessProblem::Infinite, "inf"},
          Case{"\u2212inf", GuessProblem::Infinite, "-inf"}, Case{"\u221e", GuessProblem::Infinite, "\u221e"},
          Case{"nan", GuessProblem::NaN, "nan"}, Case{"1e999", GuessProblem::TooLarge, "1e999"}}) {
        const ParsedGuess parsed = parseGuess(bad.text);
        EXPECT_FALSE(parsed.value) << bad.text;
        EXPECT_EQ(parsed.problem, bad.problem) << bad.text;
        EXPECT_EQ(parsed.text, bad.about) << bad.text;
    }
}

TEST(QuizScore, RunningScorePerStage) {
    QuizScore score;
    score.record(0, 0, quantity::h1, 0.0275, 0.0275);       // forward, right
    score.record(0, 1, quantity::a_h1, 0.9, 0.5068745668);  // forward, wrong
    score.record(0, 8, quantity::E1, 0.1, 0.1);             // loss, right
    score.record(0, 11, quantity::dE_dw1 + 4, 0.2, 0.0722); // gradient, wrong
    EXPECT_EQ(score.score(Stage::Forward).attempts, 2);
    EXPECT_EQ(score.score(Stage::Forward).correct, 1);
    EXPECT_EQ(score.score(Stage::Loss).correct, 1);
    EXPECT_EQ(score.score(Stage::Gradient).attempts, 1);
    EXPECT_EQ(score.score(Stage::Gradient).correct, 0);
    EXPECT_EQ(score.score(Stage::Update).attempts, 0);
    EXPECT_EQ(score.total().attempts, 4);
    EXPECT_EQ(score.total().correct, 2);
    score.clear();
    EXPECT_EQ(score.total().attempts, 0);
}

TEST(QuizNextCell, FollowsTheCursorAndEndsWithTheRun) {
    BackpropSheet sheet(SheetInputs{}, 2);
    ASSERT_TRUE(nextCell(sheet));
    EXPECT_EQ(*nextCell(sheet), (CellPosition{0, 0}));
    sheet.stepCell();
    EXPECT_EQ(*nextCell(sheet), (CellPosition{0, 1}));
    sheet.stepIteration();
    EXPECT_EQ(*nextCell(sheet), (CellPosition{1, 0})); // a new row starts with its first cell
    sheet.runToEnd();
    EXPECT_FALSE(nextCell(sheet));
}

TEST(QuizCsv, OneLinePerAttemptWithEveryDigit) {
    QuizScore score;
    score.record(3, 4, quantity::a_h1, 0.5, 0.50687456676453424);
    std::ostringstream csv;
    writeQuizCsv(csv, score.attempts());
    EXPECT_EQ(csv.str(), "iteration,cell,quantity,stage,guess,true_value,correct\n"
                         "3,5,a_h1,forward,0.5,0.50687456676453424,no\n");
}

} // namespace
} // namespace bplab

// The quiz on an own network: the next cell follows the network's cursor, a guess is scored against
// the cell's value, an update cell on its step from the parameter before, and the CSV names the
// network's quantities by their ids.
#include "core/sheet/quiz/quiz.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

namespace bplab {
namespace {

using testing::valueOf;

int indexOfQuantity(const NetworkSheet& sheet, const std::string& id) {
    return sheet.quantities().indexOf(id);
}
CellPosition cellOf(const NetworkSheet& sheet, int iteration, const std::string& id) {
    return {iteration, sheet.cellOfQuantity(indexOfQuantity(sheet, id))};
}

TEST(NetworkQuiz, TheNextCellFollowsTheNetworksCursor) {
    NetworkSheet sheet(testing::xorNetwork(), 2);
    EXPECT_EQ(*nextCell(sheet), (CellPosition{0, 0}));
    sheet.stepCell();
    EXPECT_EQ(*nextCell(sheet), (CellPosition{0, 1}));
    sheet.stepIteration();
    EXPECT_EQ(*nextCell(sheet), (CellPosition{1, 0}));
    sheet.runToEnd();
    EXPECT_FALSE(nextCell(sheet));
}

TEST(NetworkQuiz, TheTrueValueOfTheNextCellIsRightAndAnotherIsNot) {
    NetworkSheet sheet(testing::xorNetwork(), 1);
    const CellPosition first = *nextCell(sheet);
    sheet.stepCell();
    // The first cell is z¹₁ of example 1, x = (0, 0): 0.5·0 − 0.25·0 = 0, measured from 0 with the
    // 1e-6 floor.
    const int z = sheet.quantityOfCell(first.cell);
    EXPECT_EQ(sheet.idOf(z), "z1_1@1");
    EXPECT_EQ(sheet.value(0, z), 0.0);
    QuizScore score;
    EXPECT_TRUE(score.record(sheet, first, 0.0).correct);
    EXPECT_TRUE(score.record(sheet, first, 1e-6).correct); // the edge counts
    EXPECT_FALSE(score.record(sheet, first, 0.01).correct);
    // a¹₁ of example 2, x = (0, 1): z = −0.25, σ(−0.25) = 1/(1 + e^0.25) = 0.437823…; 1 % of it is 0.0044.
    while (sheet.quantityOfCell(nextCell(sheet)->cell) != indexOfQuantity(sheet, "a1_1@2")) sheet.stepCell();
    const CellPosition a = *nextCell(sheet);
    sheet.stepCell();
    const double sigma = 1 / (1 + std::exp(0.25));
    EXPECT_NEAR(sheet.value(0, sheet.quantityOfCell(a.cell)), sigma, 1e-15);
    EXPECT_TRUE(score.record(sheet, a, sigma * 1.009).correct);
    EXPECT_FALSE(score.record(sheet, a, sigma * 1.011).correct);
    const QuizAttempt& last = score.attempts().back();
    EXPECT_EQ(last.id, "a1_1@2");
    EXPECT_EQ(last.stage, Stage::Forward);
    EXPECT_EQ(score.score(Stage::Forward).attempts, 5);
    EXPECT_EQ(score.score(Stage::Forward).correct, 3);
}

TEST(NetworkQuiz, AnUpdateIsScoredOnItsStepFromTheParameterBefore) {
    NetworkSheet sheet(testing::xorNetwork(), 2);
    sheet.runToEnd();
    // Row 1's w²₁₁ is row 0's w²₁₁′: the update of row 1 steps from there, not from the typed 0.5.
    const CellPosition update = cellOf(sheet, 1, "w2_11_new");
    EXPECT_EQ(quizParameter(sheet, update.cell), indexOfQuantity(sheet, "w2_11"));
    const double before = valueOf(sheet, 0, "w2_11_new");
    EXPECT_NE(before, 0.5);
    EXPECT_EQ(quizOrigin(sheet, update), before);
    // w′ = w − η·∂E/∂w, by hand from the row's cells.
    const double step = -0.5 * valueOf(sheet, 1, "dE_dw2_11");
    const double value = valueOf(sheet, 1, "w2_11_new");
    EXPECT_NEAR(value, before + step, 1e-15);
    QuizScore score;
    EXPECT_TRUE(score.record(sheet, update, before + step * 1.009).correct);
    EXPECT_FALSE(score.record(sheet, update, before + step * 1.05).correct); // 5 % off the step
    EXPECT_FALSE(score.record(sheet, update, before).correct);               // the old w
    EXPECT_EQ(score.score(Stage::Update).attempts, 3);
    EXPECT_EQ(score.score(Stage::Update).correct, 1);
    // Any other cell is measured from 0.
    EXPECT_EQ(quizParameter(sheet, cellOf(sheet, 1, "dE_dw2_11").cell), -1);
    EXPECT_EQ(quizOrigin(sheet, cellOf(sheet, 1, "dE_dw2_11")), 0.0);
}

TEST(NetworkQuiz, ALearnedSharedBiasStepsFromItself) {
    NetworkSpec spec = testing::xorNetwork();
    spec.biasMode = BiasMode::Shared;
    spec.biases = {{0.35}, {0.6}};
    spec.learnBiases = true;
    NetworkSheet sheet(spec, 1);
    sheet.runToEnd();
    const CellPosition update = cellOf(sheet, 0, "b2_new");
    EXPECT_EQ(quizParameter(sheet, update.cell), indexOfQuantity(sheet, "b2"));
    EXPECT_EQ(quizOrigin(sheet, update), 0.6);
}

TEST(NetworkQuiz, TheCsvNamesTheNetworksQuantitiesByTheirIds) {
    NetworkSheet sheet(testing::xorNetwork(), 1);
    sheet.runToEnd();
    QuizScore score;
    score.record(sheet, cellOf(sheet, 0, "dE_dw2_12"), 0.0);
    std::ostringstream csv;
    writeQuizCsv(csv, score.attempts());
    const std::string expected = "iteration,cell,quantity,stage,guess,true_value,correct\n0," +
                                 std::to_string(cellOf(sheet, 0, "dE_dw2_12").cell + 1) +
                                 ",dE_dw2_12,gradient,0,";
    EXPECT_EQ(csv.str().substr(0, expected.size()), expected);
    EXPECT_EQ(csv.str().substr(csv.str().size() - 4), ",no\n");
}

} // namespace
} // namespace bplab

// The cross-entropy loss, cell by cell: one row at the seed values against hand arithmetic, the
// formulas (the simplified (a − t) for a sigmoid output), and the values where it cannot be computed,
// which stop the run with a sentence instead of putting NaN in a cell.
#include "core/sheet/analysis/learning_rate_sweep.h"
#include "core/sheet/backprop_sheet.h"
#include "tests/support/sheet_examples.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bplab {
namespace {

using namespace quantity;

SheetInputs crossEntropy(Activation activation = Activation::Sigmoid) {
    SheetInputs inputs;
    inputs.loss = Loss::CrossEntropy;
    inputs.activation = activation;
    return inputs;
}

TEST(CrossEntropy, OneRowAtTheSeedValuesMatchesHandArithmetic) {
    BackpropSheet sheet(crossEntropy(), 1);
    sheet.runToEnd();
    // The forward pass is the seed's: a_h1 = 0.506874567, a_o1 = 0.606477732, a_o2 = 0.630480835.
    EXPECT_NEAR(valueAt(sheet, 0, a_o1), 0.6064777322067, 1e-12);
    // E1 = −[0.01·ln 0.606477732 + 0.99·ln 0.393522268] = −[0.01·(−0.500087267) + 0.99·(−0.932617624)]
    //    = 0.005000873 + 0.923291447 = 0.928292320
    // E2 = −[0.99·ln 0.630480835 + 0.01·ln 0.369519165] = −[0.99·(−0.461272520) + 0.01·(−0.995552674)]
    //    = 0.456659795 + 0.009955527 = 0.466615321;  E_total = 1.394907641
    EXPECT_NEAR(valueAt(sheet, 0, E1), 0.928292320, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, E2), 0.466615321, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, E_total), 1.394907641, 1e-9);
    // δo1 = a_o1 − t1 = 0.606477732 − 0.01 = 0.596477732 (no a·(1 − a) factor);
    // ∂E/∂w5 = δo1·a_h1 = 0.596477732·0.506874567 = 0.302339392
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 4), 0.302339392, 1e-9);
    // δo2 = 0.630480835 − 0.99 = −0.359519165;  ∂E/∂w7 = δo2·a_h1 = −0.182231121
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 6), -0.182231121, 1e-9);
    // δh1 = (δo1·w5 + δo2·w7)·a_h1·(1 − a_h1) = (0.238591093 − 0.179759582)·0.249952... = 0.014705097
    // ∂E/∂w1 = δh1·i1 = 0.000735255
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 0), 0.000735255, 1e-9);
    // w5′ = 0.4 − 0.5·0.302339392 = 0.248830304
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 4), 0.248830304, 1e-9);
}

TEST(CrossEntropy, FormulasFollowTheLossAndShowTheSigmoidSimplification) {
    BackpropSheet sheet(crossEntropy(), 1);
    sheet.runToEnd();
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(E1)), "−[t1·ln a_o1 + (1 − t1)·ln(1 − a_o1)]");
    const int w5 = sheet.cellOfQuantity(dE_dw1 + 4);
    EXPECT_EQ(sheet.formula(w5), "(a_o1 − t1)·a_h1");
    EXPECT_EQ(sheet.formulaWithNumbers(0, w5), "(0.6065 − 0.01)·0.5069");
    EXPECT_NE(sheet.cells()[static_cast<std::size_t>(w5)].note.find("cancel"), std::string::npos);
    // The seed (squared error) has no note to show.
    EXPECT_TRUE(BackpropSheet().cells()[static_cast<std::size_t>(w5)].note.empty());

    sheet.setActivation(Activation::Tanh);
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(dE_dw1 + 4)),
              "(a_o1 − t1)/(a_o1·(1 − a_o1))·(1 − a_o1²)·a_h1");
    sheet.setActivation(Activation::Identity);
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(dE_dw1 + 4)), "(a_o1 − t1)/(a_o1·(1 − a_o1))·a_h1");
}

TEST(CrossEntropy, ASaturatedSigmoidStopsTheRunWithASentence) {
    SheetInputs inputs = crossEntropy();
    inputs.weights[4] = inputs.weights[5] = 100.0; // o1 = 100·a_h1 + 100·a_h2 ≈ 101: σ(o1) is 1 exactly
    BackpropSheet sheet(inputs, 5);
    sheet.runToEnd();
    ASSERT_TRUE(sheet.divergedAt());
    EXPECT_EQ(*sheet.divergedAt(), 0);
    EXPECT_TRUE(sheet.stoppedAtUncomputableCell());
    EXPECT_EQ(valueAt(sheet, 0, a_o1), 1.0);
    // The values the window words: which output, its value, the activation that saturated.
    ASSERT_TRUE(sheet.runStop().refusal);
    EXPECT_EQ(sheet.runStop().refusal->output, "a_o1");
    EXPECT_EQ(sheet.runStop().refusal->value, 1.0);
    EXPECT_EQ(sheet.runStop().refusal->activation, Activation::Sigmoid);
    // The English wording files and the command line carry, built from them.
    EXPECT_NE(sheet.stopReason().find("a_o1 = 1 exactly"), std::string::npos) << sheet.stopReason();
    // E1 is left empty (not evaluated), never NaN or ∞ in a cell.
    EXPECT_FALSE(sheet.isEvaluated(0, sheet.cellOfQuantity(E1)));
    EXPECT_TRUE(sheet.isEvaluated(0, sheet.cellOfQuantity(a_o2)));
    EXPECT_EQ(sheet.currentPosition(), (CellPosition{0, sheet.cellOfQuantity(a_o2)}));
    EXPECT_TRUE(sheet.lossCurve().empty());
    EXPECT_FALSE(sheet.stepCell());
    // An edit that leaves it uncomputable stops there again; one that makes it computable goes on.
    sheet.setInputValue("w6", 90.0);
    EXPECT_TRUE(sheet.stoppedAtUncomputableCell());
    sheet.setInputValue("w5", 0.4);
    sheet.setInputValue("w6", 0.45);
    EXPECT_FALSE(sheet.divergedAt());
    EXPECT_TRUE(sheet.isEvaluated(0, sheet.cellOfQuantity(E1)));
}

TEST(CrossEntropy, SteppingIntoARefusedCellShowsNothingNew) {
    SheetInputs inputs = crossEntropy();
    inputs.weights[4] = inputs.weights[5] = 100.0; // σ(o1) is 1 exactly: E1 is refused
    BackpropSheet sheet(inputs, 5);
    while (!(sheet.currentPosition() == CellPosition{0, sheet.cellOfQuantity(a_o2)})) {
        ASSERT_TRUE(sheet.stepCell());
    }
    EXPECT_FALSE(sheet.stepCell()); // the refused E1: no snapshot of the previous cell again
    EXPECT_TRUE(sheet.stoppedAtUncomputableCell());
}

TEST(BackpropSheet, LearningBiasesMidRowKeepsOnlyWhatWasStepped) {
    SheetInputs inputs = classicWorkedExample();
    inputs.learnBiases = true;
    BackpropSheet sheet(inputs, 5);
    // Step up to ∂E/∂b2 of row 0: the biases' partials are evaluated, the weight updates are not.
    while (!(sheet.currentPosition() == CellPosition{0, sheet.cellOfQuantity(dE_db2)})) {
        ASSERT_TRUE(sheet.stepCell());
    }
    inputs.learnBiases = false;
    sheet.setInputs(inputs); // 31 → 27 cells per row
    // Every partial of row 0 was stepped through; no weight update was.
    EXPECT_TRUE(sheet.isEvaluated(0, sheet.cellOfQuantity(dE_dw1 + 7)));
    EXPECT_FALSE(sheet.isEvaluated(0, sheet.cellOfQuantity(w1_new)));
    EXPECT_FALSE(sheet.isEvaluated(0, sheet.cellCount())); // past the row: never "evaluated"
}

TEST(CrossEntropy, AnOutputOutsideZeroToOneIsNotComputable) {
    SheetInputs inputs = crossEntropy(Activation::Identity);
    inputs.weights[6] = -1.0; // identity: o2 = w7·h1 + w8·h2 = −1·0.0275 + 0.55·0.0425 = −0.004125
    BackpropSheet sheet(inputs, 5);
    sheet.runToEnd();
    ASSERT_TRUE(sheet.divergedAt());
    EXPECT_LT(valueAt(sheet, 0, a_o2), 0.0);
    EXPECT_NE(sheet.stopReason().find("identity output can leave (0, 1)"), std::string::npos)
        << sheet.stopReason();
    EXPECT_FALSE(sheet.isEvaluated(0, sheet.cellOfQuantity(E2)));
}

TEST(CrossEntropy, TargetsOutsideZeroToOneAreRefused) {
    SheetInputs inputs = crossEntropy();
    inputs.t1 = 1.5;
    try {
        BackpropSheet sheet(inputs);
        FAIL() << "a target of 1.5 was accepted for cross-entropy";
    } catch (const std::invalid_argument& error) {
        EXPECT_NE(std::string(error.what()).find("between 0 and 1, but t1 = 1.5"), std::string::npos)
            << error.what();
    }
    inputs.loss = Loss::SquaredError; // squared error takes any target
    EXPECT_NO_THROW(BackpropSheet{inputs});
    BackpropSheet sheet(inputs);
    EXPECT_THROW(sheet.setLoss(Loss::CrossEntropy), std::invalid_argument);
    EXPECT_EQ(sheet.inputs().loss, Loss::SquaredError);
}

TEST(CrossEntropy, NamesReadBack) {
    for (Loss loss : kAllLosses) EXPECT_EQ(parseLoss(lossName(loss)), loss);
    EXPECT_EQ(parseLoss("cross-entropy"), Loss::CrossEntropy);
    EXPECT_FALSE(parseLoss("hinge"));
}

TEST(CompareLosses, BothRunsAreMeasuredByTheOutputsSquaredError) {
    SheetInputs inputs;
    const auto curves = sweepLearningRatesAndLosses(inputs, {0.5}, 20);
    ASSERT_EQ(curves.size(), 2u);
    EXPECT_EQ(curves[0].loss, Loss::SquaredError);
    EXPECT_EQ(curves[1].loss, Loss::CrossEntropy);
    // Trained on squared error, the measure is E_total itself.
    BackpropSheet squared(inputs, 20);
    squared.runToEnd();
    EXPECT_EQ(curves[0].losses, squared.lossCurve());
    // Iteration 0 is the same forward pass for both: ½(0.01 − 0.606477732)² + ½(0.99 − 0.630480835)²
    // = 0.177892843 + 0.064627015 = 0.242519857
    EXPECT_NEAR(curves[1].losses[0], 0.242519857, 1e-9);
    EXPECT_EQ(curves[1].losses[0], curves[0].losses[0]);
}

TEST(CompareLosses, CrossEntropyLearnsFasterFromAConfidentMistake) {
    SheetInputs inputs;
    inputs.weights[4] = inputs.weights[5] = 3.0; // a_o1 = σ(3·0.507 + 3·0.511) = σ(3.05) ≈ 0.955, t1 = 0.01
    const auto curves = sweepLearningRatesAndLosses(inputs, {0.5}, 21);
    ASSERT_EQ(curves.size(), 2u);
    // Computed independently (a plain re-implementation of the network): after 20 iterations the
    // outputs' squared error is 0.475 under squared-error training and 0.078 under cross-entropy.
    EXPECT_NEAR(curves[0].losses[20], 0.4750, 5e-4);
    EXPECT_NEAR(curves[1].losses[20], 0.0781, 5e-4);
}

} // namespace
} // namespace bplab

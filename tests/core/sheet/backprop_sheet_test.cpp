// The sheet at the seed values, checked against arithmetic done by hand (the steps are shown so a
// reader can redo them), and the cursor's behaviour: stepping, running, editing, diverging.
#include "core/sheet/backprop_sheet.h"
#include "tests/support/sheet_examples.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace bplab {
namespace {

using namespace quantity;

TEST(BackpropSheet, ForwardPassAtSeedValuesMatchesHandArithmetic) {
    BackpropSheet sheet;
    sheet.runTo(1);
    // h1 = 0.15·0.05 + 0.2·0.1 = 0.0075 + 0.02 = 0.0275;  h2 = 0.25·0.05 + 0.3·0.1 = 0.0425
    EXPECT_NEAR(valueAt(sheet, 0, h1), 0.0275, 1e-15);
    EXPECT_NEAR(valueAt(sheet, 0, h2), 0.0425, 1e-15);
    // a_h1 = 1/(1 + e^−0.0275) = 1/(1 + 0.972875) = 0.506874567;  a_h2 = 1/(1 + e^−0.0425) = 0.510623401
    EXPECT_NEAR(valueAt(sheet, 0, a_h1), 0.5068745667645, 1e-12);
    EXPECT_NEAR(valueAt(sheet, 0, a_h2), 0.5106234010050, 1e-12);
    // o1 = 0.4·0.506874567 + 0.45·0.510623401 = 0.202749827 + 0.229780530 = 0.432530357
    // o2 = 0.5·0.506874567 + 0.55·0.510623401 = 0.253437283 + 0.280842871 = 0.534280154
    EXPECT_NEAR(valueAt(sheet, 0, o1), 0.4325303571580, 1e-12);
    EXPECT_NEAR(valueAt(sheet, 0, o2), 0.5342801539350, 1e-12);
    // a_o1 = σ(0.432530357) = 0.606477732;  a_o2 = σ(0.534280154) = 0.630480835
    EXPECT_NEAR(valueAt(sheet, 0, a_o1), 0.6064777322067, 1e-12);
    EXPECT_NEAR(valueAt(sheet, 0, a_o2), 0.6304808354506, 1e-12);
    // E1 = ½(0.01 − 0.606477732)² = ½·0.355785685 = 0.177892843
    // E2 = ½(0.99 − 0.630480835)² = ½·0.129254030 = 0.064627015;  E_total = 0.242519857
    EXPECT_NEAR(valueAt(sheet, 0, E1), 0.1778928425092, 1e-12);
    EXPECT_NEAR(valueAt(sheet, 0, E2), 0.0646270148391, 1e-12);
    EXPECT_NEAR(valueAt(sheet, 0, E_total), 0.2425198573484, 1e-12);
}

TEST(BackpropSheet, PartialsAtSeedValuesMatchHandArithmetic) {
    BackpropSheet sheet;
    sheet.runTo(1);
    // δo1 = (a_o1 − t1)·a_o1·(1 − a_o1) = 0.596477732·0.606477732·0.393522268 = 0.142356862
    // δo2 = (a_o2 − t2)·a_o2·(1 − a_o2) = −0.359519165·0.630480835·0.369519165 = −0.083758888
    // ∂E/∂w5 = δo1·a_h1 = 0.142356862·0.506874567 = 0.072157073, and so on for w6..w8.
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 4), 0.07215707291214, 1e-13);
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 5), 0.07269074519194, 1e-13);
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 6), -0.04245525009260, 1e-13);
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 7), -0.04276924828006, 1e-13);
    // δh1 = (δo1·w5 + δo2·w7)·a_h1·(1 − a_h1) = (0.056942745 − 0.041879444)·0.249952... = 0.003765113
    // ∂E/∂w1 = δh1·i1 = 0.000188256, ∂E/∂w2 = δh1·i2 = 0.000376511
    // δh2 = (δo1·w6 + δo2·w8)·a_h2·(1 − a_h2) = (0.064060588 − 0.046067388)·0.249887... = 0.004496269
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 0), 0.0001882556669401, 1e-15);
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 1), 0.0003765113338802, 1e-15);
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 2), 0.0002248134625761, 1e-15);
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 3), 0.0004496269251522, 1e-15);
    // w5′ = 0.4 − 0.5·0.072157073 = 0.363921464, and the next row starts from it.
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 4), 0.4 - 0.5 * 0.07215707291214, 1e-13);
}

TEST(BackpropSheet, NextRowStartsFromUpdatedWeights) {
    BackpropSheet sheet;
    sheet.runTo(3);
    for (int r = 1; r < 3; ++r) {
        for (int k = 0; k < 8; ++k) {
            EXPECT_EQ(valueAt(sheet, r, w1 + k), valueAt(sheet, r - 1, w1_new + k));
        }
    }
}

TEST(BackpropSheet, LossFallsAtTheSeedLearningRate) {
    BackpropSheet sheet(SheetInputs{}, 100);
    sheet.runToEnd();
    const std::vector<double> losses = sheet.lossCurve();
    ASSERT_EQ(losses.size(), 100u);
    for (std::size_t k = 1; k < losses.size(); ++k) {
        EXPECT_LT(losses[k], losses[k - 1]) << "iteration " << k;
    }
    EXPECT_FALSE(sheet.divergedAt());
}

TEST(BackpropSheet, StepsVisitEveryCellInDependencyOrderAndMatchARun) {
    BackpropSheet stepped;
    std::vector<CellPosition> visited;
    std::set<std::pair<int, int>> evaluated; // (iteration, quantity)
    while (stepped.completedIterations() < 2) {
        const auto snapshot = stepped.stepCell();
        ASSERT_TRUE(snapshot);
        const CellSpec& spec = stepped.cells()[static_cast<std::size_t>(snapshot->position.cell)];
        for (int dependency : spec.dependencies) {
            // Given values (inputs, η, this row's weights) exist before any cell of the row.
            if (dependency < kGivenCount) continue;
            EXPECT_TRUE(evaluated.count({snapshot->position.iteration, dependency}))
                << quantities()[static_cast<std::size_t>(spec.quantity)].id << " read "
                << quantities()[static_cast<std::size_t>(dependency)].id << " before it was computed";
        }
        evaluated.insert({snapshot->position.iteration, spec.quantity});
        visited.push_back(snapshot->position);
    }
    // The seed sheet's 27 cells per row: 8 forward, 3 loss, 8 partials, 8 updates.
    const int cellCount = stepped.cellCount();
    ASSERT_EQ(cellCount, 27);
    ASSERT_EQ(visited.size(), 2u * static_cast<std::size_t>(cellCount));
    for (std::size_t k = 0; k < visited.size(); ++k) {
        EXPECT_EQ(visited[k].iteration, static_cast<int>(k) / cellCount);
        EXPECT_EQ(visited[k].cell, static_cast<int>(k) % cellCount);
    }
    // Every computed quantity of both rows was visited exactly once.
    EXPECT_EQ(evaluated.size(), 2u * static_cast<std::size_t>(cellCount));

    BackpropSheet run;
    run.runTo(2);
    ASSERT_EQ(stepped.rowCount(), run.rowCount());
    for (int r = 0; r < run.rowCount(); ++r) {
        for (int q = 0; q < kQuantityCount; ++q) {
            if (std::isnan(valueAt(run, r, q))) { // a quantity this sheet has no cell for (∂E/∂b1, …)
                EXPECT_TRUE(std::isnan(valueAt(stepped, r, q)));
            } else {
                EXPECT_EQ(valueAt(stepped, r, q), valueAt(run, r, q)) << "row " << r << " quantity " << q;
            }
        }
    }
    EXPECT_EQ(stepped.evaluatedCellCount(), run.evaluatedCellCount());
    EXPECT_EQ(stepped.currentPosition(), run.currentPosition());
}

TEST(BackpropSheet, StepIterationCompletesTheCurrentRow) {
    BackpropSheet sheet;
    sheet.stepCell();
    sheet.stepCell();
    sheet.stepIteration();
    EXPECT_EQ(sheet.completedIterations(), 1);
    EXPECT_EQ(sheet.evaluatedCellCount(), sheet.cellCount());
    sheet.stepIteration();
    EXPECT_EQ(sheet.evaluatedCellCount(), 2 * sheet.cellCount());
}

TEST(BackpropSheet, ResetReturnsToIterationZero) {
    BackpropSheet sheet;
    sheet.runTo(5);
    sheet.reset();
    EXPECT_EQ(sheet.rowCount(), 0);
    EXPECT_FALSE(sheet.currentPosition());
    const auto first = sheet.stepCell();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->position, (CellPosition{0, 0}));
    EXPECT_NEAR(first->value, 0.0275, 1e-15);
}

TEST(BackpropSheet, StopsAtTheIterationLimit) {
    BackpropSheet sheet(SheetInputs{}, 3);
    sheet.runTo(10);
    EXPECT_EQ(sheet.completedIterations(), 3);
    EXPECT_TRUE(sheet.atEnd());
    EXPECT_FALSE(sheet.stepCell());
}

TEST(BackpropSheet, EditingAnInputRecomputesUpToTheCursor) {
    BackpropSheet edited;
    edited.runTo(4);
    edited.stepCell(); // the cursor stands inside iteration 4
    edited.setInputValue("w1", 0.3);
    edited.setLearningRate(0.8);

    SheetInputs changed;
    changed.weights[0] = 0.3;
    changed.learningRate = 0.8;
    BackpropSheet fresh(changed);
    fresh.runTo(4);
    fresh.stepCell();

    EXPECT_EQ(edited.evaluatedCellCount(), fresh.evaluatedCellCount());
    for (int r = 0; r < fresh.rowCount(); ++r) {
        for (int q = 0; q < kQuantityCount; ++q) {
            const double expected = valueAt(fresh, r, q);
            const double actual = valueAt(edited, r, q);
            if (std::isnan(expected)) {
                EXPECT_TRUE(std::isnan(actual));
            } else {
                EXPECT_EQ(actual, expected);
            }
        }
    }
}

TEST(BackpropSheet, RejectsUnusableValuesAndKeepsTheOldOnes) {
    BackpropSheet sheet;
    EXPECT_THROW(sheet.setLearningRate(0.0), std::invalid_argument);
    EXPECT_THROW(sheet.setLearningRate(-1.0), std::invalid_argument);
    EXPECT_THROW(sheet.setLearningRate(std::nan("")), std::invalid_argument);
    EXPECT_THROW(sheet.setLearningRate(INFINITY), std::invalid_argument);
    EXPECT_THROW(sheet.setInputValue("w9", 1.0), std::invalid_argument);
    EXPECT_THROW(sheet.setInputValue("i1", INFINITY), std::invalid_argument);
    EXPECT_THROW(sheet.setIterationLimit(0), std::invalid_argument);
    EXPECT_EQ(sheet.inputs(), SheetInputs{});
}

TEST(BackpropSheet, DivergenceIsAStateNotACrash) {
    BackpropSheet sheet = divergedIdentitySheet();
    ASSERT_TRUE(sheet.divergedAt());
    const int diverged = *sheet.divergedAt();
    EXPECT_GT(diverged, 0);
    EXPECT_LT(diverged, 1000);
    EXPECT_TRUE(sheet.atEnd());
    EXPECT_FALSE(sheet.stepCell());
    EXPECT_EQ(sheet.rowCount(), diverged + 1);
    // Every loss before the diverged row is a real number.
    const std::vector<double> losses = sheet.lossCurve();
    for (std::size_t k = 0; k + 1 < losses.size(); ++k) {
        EXPECT_TRUE(std::isfinite(losses[k]));
    }
}

TEST(BackpropSheet, SigmoidOnlySaturatesEvenAtHugeLearningRates) {
    SheetInputs inputs;
    inputs.learningRate = 1000.0;
    BackpropSheet sheet(inputs, 500);
    sheet.runToEnd();
    EXPECT_FALSE(sheet.divergedAt());
    EXPECT_EQ(sheet.completedIterations(), 500);
}

TEST(BackpropSheet, FormulasShowSymbolsAndNumbers) {
    BackpropSheet sheet;
    sheet.runTo(1);
    const int cell = sheet.cellOfQuantity(dE_dw1 + 4);
    EXPECT_EQ(sheet.formula(cell), "(a_o1 − t1)·a_o1·(1 − a_o1)·a_h1");
    EXPECT_EQ(sheet.formulaWithNumbers(0, cell), "(0.6065 − 0.01)·0.6065·(1 − 0.6065)·0.5069");
    const auto& deps = sheet.cells()[static_cast<std::size_t>(cell)].dependencies;
    EXPECT_EQ(deps, (std::vector<int>{a_o1, t1, a_h1}));

    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(w1_new)), "w1 − η·∂E/∂w1");
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(a_h1)), "1/(1 + e^(−h1))");
    sheet.setActivation(Activation::Tanh);
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(dE_dw1 + 4)), "(a_o1 − t1)·(1 − a_o1²)·a_h1");
    sheet.setActivation(Activation::Identity);
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(dE_dw1 + 4)), "(a_o1 − t1)·a_h1");
}

TEST(BackpropSheet, NegativeNumbersAreParenthesizedInFormulas) {
    BackpropSheet sheet;
    sheet.runTo(1);
    // ∂E/∂w7 is negative, so w7′ = w7 − η·(−…)
    EXPECT_EQ(sheet.formulaWithNumbers(0, sheet.cellOfQuantity(w1_new + 6)), "0.5 − 0.5·(−0.04246)");
}

} // namespace
} // namespace bplab

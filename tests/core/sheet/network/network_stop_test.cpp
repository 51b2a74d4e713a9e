// Where a run stops: at a value that is not finite ("diverged at iteration k"), or before a
// cross-entropy loss it cannot compute. Running and stepping cell by cell stop at the same cell and
// leave the same values, the cells after the stop empty.
#include "core/sheet/network/network_sheet.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bplab {
namespace {

using testing::valueOf;

// A 1-1 identity network: a = w·x with x = 1, t = 0, so E = ½·w², ∂E/∂w = w and w′ = w − η·w = (1 − η)·w.
NetworkSpec oneWeight(double w, double eta, Loss loss) {
    NetworkSpec spec;
    spec.layers = {1, 1};
    spec.activations = {Activation::Identity};
    spec.loss = loss;
    spec.data.examples = {{{1.0}, {0.0}}};
    spec.weights = {{{w}}};
    spec.learningRate = eta;
    return spec;
}

bool sameValues(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])))) return false;
    }
    return true;
}

TEST(NetworkStop, DivergesAtTheIterationWhereAValueBecomesInfinite) {
    // η = 10: w is multiplied by (1 − 10) = −9 each step, |w| = 9^k; E = ½·81^k overflows
    // (> 1.8·10³⁰⁸) once 81^k > 3.6·10³⁰⁸, i.e. k > 308.56/1.9085 = 161.7: at iteration 162.
    NetworkSheet run(oneWeight(1.0, 10.0, Loss::SquaredError), 1000);
    run.runToEnd();
    ASSERT_EQ(run.divergedAt(), 162);
    EXPECT_FALSE(run.runStop().refusal); // a value became ±inf or NaN, not a refused cell
    EXPECT_EQ(run.stopReason(), "a value became infinite or NaN");
    EXPECT_FALSE(run.stoppedAtUncomputableCell());
    EXPECT_TRUE(std::isinf(valueOf(run, 162, "E1")));
    EXPECT_TRUE(std::isnan(valueOf(run, 162, "E_total"))); // after the stop: never evaluated
    EXPECT_EQ(run.lossCurve().size(), 162U);
    // Stepping cell by cell stops at the same cell with the same values.
    NetworkSheet stepped(oneWeight(1.0, 10.0, Loss::SquaredError), 1000);
    while (stepped.stepCell()) {
    }
    EXPECT_EQ(stepped.evaluatedCellCount(), run.evaluatedCellCount());
    EXPECT_EQ(stepped.currentPosition(), run.currentPosition());
    for (int r = 160; r <= 162; ++r) EXPECT_TRUE(sameValues(stepped.rowValues(r), run.rowValues(r))) << r;
}

TEST(NetworkStop, CrossEntropyOfAnOutputOutsideZeroOneIsRefusedWithASentence) {
    // a¹₁ = 2·1 = 2 with an identity output: −ln(1 − 2) is undefined, so E₁ is not evaluated.
    NetworkSheet sheet(oneWeight(2.0, 0.5, Loss::CrossEntropy), 10);
    EXPECT_TRUE(sheet.stepCell().has_value()); // z¹₁
    EXPECT_TRUE(sheet.stepCell().has_value()); // a¹₁
    EXPECT_FALSE(sheet.stepCell().has_value());
    EXPECT_TRUE(sheet.stoppedAtUncomputableCell());
    EXPECT_EQ(sheet.divergedAt(), 0);
    ASSERT_TRUE(sheet.runStop().refusal);
    EXPECT_EQ(sheet.runStop().refusal->output, "a¹₁");
    EXPECT_EQ(sheet.runStop().refusal->value, 2.0);
    EXPECT_EQ(sheet.runStop().refusal->activation, Activation::Identity);
    EXPECT_EQ(sheet.stopReason(),
              "cross-entropy needs 0 < a¹₁ < 1, but a¹₁ = 2: an identity output can leave "
              "(0, 1), where the logarithm is undefined; use a sigmoid output or ½·squared error");
    EXPECT_EQ(sheet.currentPosition(), (CellPosition{0, 1}));
    EXPECT_TRUE(std::isnan(valueOf(sheet, 0, "E1")));
    EXPECT_TRUE(sheet.lossCurve().empty());
    // An edit that brings the output into (0, 1) tries the refused cell again.
    NetworkSpec fixed = sheet.spec();
    fixed.weights = {{{0.5}}};
    sheet.setSpec(fixed);
    EXPECT_FALSE(sheet.divergedAt().has_value());
    EXPECT_EQ(sheet.currentPosition(), (CellPosition{0, 2}));
    EXPECT_NEAR(valueOf(sheet, 0, "E1"), -std::log(1.0 - 0.5), 1e-15); // t = 0: E = −ln(1 − a)
}

} // namespace
} // namespace bplab

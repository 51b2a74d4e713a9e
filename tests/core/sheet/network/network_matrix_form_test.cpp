// The matrix form of a network row's cells: the layer-level equation with the row's numbers. The
// expected texts are built here from the row's values looked up by id (one example per step), or the
// numbers are parsed back out of the text and compared with the row's values in the order the
// equation uses them (two examples per step, mean loss, shared biases).
#include "core/sheet/network/network_matrix_form.h"
#include "core/sheet/network/network_sheet.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace bplab {
namespace {

using testing::valueOf;

// The matrix form of the cell computing `id`, in row `iteration`.
std::optional<MatrixForm> formOf(const NetworkSheet& sheet, int iteration, const std::string& id) {
    const int cell = sheet.cellOfQuantity(sheet.quantities().indexOf(id));
    EXPECT_GE(cell, 0) << id;
    return matrixForm(sheet.layout(), sheet.spec(), sheet.row(iteration), cell);
}

// 2-2-1 XOR network, one example per step; row 1, so the weights are the first step's updates.
class TwoTwoOneMatrixForm : public ::testing::Test {
protected:
    TwoTwoOneMatrixForm()
        : sheet(oneExamplePerStep()) {
        sheet.runTo(2);
    }
    static NetworkSpec oneExamplePerStep() {
        NetworkSpec spec = testing::xorNetwork();
        spec.batchSize = 1;
        return spec;
    }
    // The row's value of `id` as the sheet's formulas write it.
    std::string n(const std::string& id) const { return formatShort(valueOf(sheet, 1, id)); }
    // σ′(z) = a·(1 − a) of the unit whose activation is `a`.
    std::string slope(const std::string& a) const {
        const double value = valueOf(sheet, 1, a);
        return formatShort(value * (1.0 - value));
    }
    NetworkSheet sheet;
};

TEST_F(TwoTwoOneMatrixForm, ForwardPass) {
    // Row 1 uses example 2: x = (0, 1).
    const auto z1 = formOf(sheet, 1, "z1_2");
    ASSERT_TRUE(z1);
    EXPECT_EQ(z1->name, "z¹");
    EXPECT_EQ(z1->symbolic, "W¹ x");
    EXPECT_EQ(z1->withNumbers,
              "[[" + n("w1_11") + ", " + n("w1_12") + "], [" + n("w1_21") + ", " + n("w1_22") + "]] [0, 1]ᵀ");
    EXPECT_EQ(z1->result, "[" + n("z1_1") + ", " + n("z1_2") + "]ᵀ");

    const auto z2 = formOf(sheet, 1, "z2_1");
    ASSERT_TRUE(z2);
    EXPECT_EQ(z2->line(), "z² = W² a¹ = [[" + n("w2_11") + ", " + n("w2_12") + "]] [" + n("a1_1") + ", " +
                              n("a1_2") + "]ᵀ = [" + n("z2_1") + "]ᵀ");

    const auto a1 = formOf(sheet, 1, "a1_1");
    ASSERT_TRUE(a1);
    EXPECT_EQ(a1->line(), "a¹ = σ(z¹) = σ([" + n("z1_1") + ", " + n("z1_2") + "]ᵀ) = [" + n("a1_1") + ", " +
                              n("a1_2") + "]ᵀ");
}

TEST_F(TwoTwoOneMatrixForm, ErrorsGoBackThroughTheTransposedWeights) {
    const auto output = formOf(sheet, 1, "d2_1");
    ASSERT_TRUE(output);
    // δ² = (a² − t) ⊙ σ′(z²), t = 1 for example 2
    EXPECT_EQ(output->line(), "δ² = (a² − t) ⊙ σ′(z²) = ([" + n("a2_1") + "]ᵀ − [1]ᵀ) ⊙ [" + slope("a2_1") +
                                  "]ᵀ = [" + n("d2_1") + "]ᵀ");
    const auto hidden = formOf(sheet, 1, "d1_2");
    ASSERT_TRUE(hidden);
    EXPECT_EQ(hidden->line(), "δ¹ = (W²)ᵀ δ² ⊙ σ′(z¹) = [[" + n("w2_11") + ", " + n("w2_12") + "]]ᵀ [" +
                                  n("d2_1") + "]ᵀ ⊙ [" + slope("a1_1") + ", " + slope("a1_2") + "]ᵀ = [" +
                                  n("d1_1") + ", " + n("d1_2") + "]ᵀ");
}

TEST_F(TwoTwoOneMatrixForm, PartialsAreOuterProductsAndUpdatesStepAgainstThem) {
    const auto partial = formOf(sheet, 1, "dE_dw1_21");
    ASSERT_TRUE(partial);
    EXPECT_EQ(partial->line(), "∂E/∂W¹ = δ¹ xᵀ = [" + n("d1_1") + ", " + n("d1_2") + "]ᵀ [0, 1] = [[" +
                                   n("dE_dw1_11") + ", " + n("dE_dw1_12") + "], [" + n("dE_dw1_21") + ", " +
                                   n("dE_dw1_22") + "]]");
    const auto update = formOf(sheet, 1, "w2_12_new");
    ASSERT_TRUE(update);
    EXPECT_EQ(update->line(), "W²′ = W² − η·∂E/∂W² = [[" + n("w2_11") + ", " + n("w2_12") + "]] − 0.5·[[" +
                                  n("dE_dw2_11") + ", " + n("dE_dw2_12") + "]] = [[" + n("w2_11_new") + ", " +
                                  n("w2_12_new") + "]]");
}

TEST_F(TwoTwoOneMatrixForm, LossesHaveNone) {
    EXPECT_FALSE(formOf(sheet, 1, "E1"));
    EXPECT_FALSE(formOf(sheet, 1, "E_total"));
}

TEST(NetworkMatrixForm, PerUnitBiasIsAColumnAndCrossEntropyDividesBySlope) {
    NetworkSpec spec = testing::xorNetwork();
    spec.biasMode = BiasMode::PerUnit;
    spec.biases = {{0.1, -0.2}, {0.3}};
    spec.activations = {Activation::Sigmoid, Activation::Identity};
    spec.weights[1] = {{0.5, 0.25}}; // keeps the identity output inside (0, 1) for cross-entropy
    spec.loss = Loss::CrossEntropy;
    NetworkSheet sheet(spec);
    sheet.runTo(1);
    const auto z = formOf(sheet, 0, "z1_1@3");
    ASSERT_TRUE(z);
    EXPECT_EQ(z->symbolic, "W¹ x[3] + b¹");
    EXPECT_EQ(z->withNumbers, "[[0.5, −0.25], [0.75, 0.25]] [1, 0]ᵀ + [0.1, −0.2]ᵀ");
    // z¹[3] = [0.5 + 0.1, 0.75 − 0.2] = [0.6, 0.55]
    EXPECT_EQ(z->result, "[0.6, 0.55]ᵀ");
    // Cross-entropy with an identity output: δ = (a − t)/(a·(1 − a)), no f′ factor (it is 1).
    const auto delta = formOf(sheet, 0, "d2_1@1");
    ASSERT_TRUE(delta);
    const double a = valueOf(sheet, 0, "a2_1@1");
    EXPECT_EQ(delta->symbolic, "(a²[1] − t[1]) ⊘ (a²[1] ⊙ (1 − a²[1]))");
    EXPECT_EQ(delta->withNumbers,
              "([" + formatShort(a) + "]ᵀ − [0]ᵀ) ⊘ [" + formatShort(a * (1.0 - a)) + "]ᵀ");
    EXPECT_EQ(delta->result, "[" + formatShort(valueOf(sheet, 0, "d2_1@1")) + "]ᵀ");
}

// ---- two examples per step: numbers parsed back ----

// Every number of a text, in order: ASCII digits only appear in numbers (layer and unit numbers are
// superscripts and subscripts), and a true minus sign right before a digit makes it negative.
std::vector<double> numbersIn(const std::string& text) {
    static const std::string kMinus = "−";
    std::vector<double> numbers;
    for (std::size_t i = 0; i < text.size();) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        const bool negative =
            i >= kMinus.size() && text.compare(i - kMinus.size(), kMinus.size(), kMinus) == 0;
        char* end = nullptr;
        const double value = std::strtod(text.c_str() + i, &end);
        numbers.push_back(negative ? -value : value);
        i = static_cast<std::size_t>(end - text.c_str());
    }
    return numbers;
}

// 2-3-2, tanh then sigmoid, shared learned biases, two examples per step, mean loss; row 1 (examples
// 3 and 1 of the set).
class TwoThreeTwoTwoSlots : public ::testing::Test {
protected:
    TwoThreeTwoTwoSlots()
        : sheet(spec()) {
        sheet.runTo(2);
    }
    static NetworkSpec spec() {
        NetworkSpec s;
        s.layers = {2, 3, 2};
        s.activations = {Activation::Tanh, Activation::Sigmoid};
        s.biasMode = BiasMode::Shared;
        s.learnBiases = true;
        s.reduction = LossReduction::Mean;
        s.batchSize = 2;
        s.data = {{{{0.1, 0.9}, {0.2, 0.8}}, {{-0.5, 0.3}, {0.7, 0.1}}, {{0.9, -0.4}, {0.4, 0.6}}}};
        s.weights = {{{0.15, -0.2}, {0.25, 0.3}, {-0.35, 0.1}}, {{0.4, -0.45, 0.5}, {0.55, 0.6, -0.65}}};
        s.biases = {{0.35}, {-0.6}};
        return s;
    }
    // The row's values of these ids, in order.
    std::vector<double> values(const std::vector<std::string>& ids) const {
        std::vector<double> out;
        for (const std::string& id : ids) out.push_back(valueOf(sheet, 1, id));
        return out;
    }
    // Expects the numbers of `text` to be `expected`, to formatShort's 4 significant digits.
    static void expectNumbers(const std::string& text, const std::vector<double>& expected) {
        const std::vector<double> found = numbersIn(text);
        ASSERT_EQ(found.size(), expected.size()) << text;
        for (std::size_t i = 0; i < found.size(); ++i) {
            EXPECT_NEAR(found[i], expected[i], 5e-4 * std::fabs(expected[i]) + 1e-12)
                << "number " << i << " of " << text;
        }
    }
    NetworkSheet sheet;
};

TEST_F(TwoThreeTwoTwoSlots, ForwardOfTheSecondPlace) {
    ASSERT_EQ(sheet.examplesOfRow(1), (std::vector<int>{2, 0}));
    const auto z = formOf(sheet, 1, "z2_2@2");
    ASSERT_TRUE(z);
    EXPECT_EQ(z->symbolic, "W² a¹[2] + b²");
    expectNumbers(z->withNumbers, values({"w2_11", "w2_12", "w2_13", "w2_21", "w2_22", "w2_23", "a1_1@2",
                                          "a1_2@2", "a1_3@2", "b2"}));
    expectNumbers(z->result, values({"z2_1@2", "z2_2@2"}));
}

TEST_F(TwoThreeTwoTwoSlots, HiddenErrorOfTheSecondPlace) {
    const auto delta = formOf(sheet, 1, "d1_3@2");
    ASSERT_TRUE(delta);
    EXPECT_EQ(delta->symbolic, "(W²)ᵀ δ²[2] ⊙ tanh′(z¹[2])");
    std::vector<double> expected =
        values({"w2_11", "w2_12", "w2_13", "w2_21", "w2_22", "w2_23", "d2_1@2", "d2_2@2"});
    for (const char* a : {"a1_1@2", "a1_2@2", "a1_3@2"}) { // tanh′(z) = 1 − a²
        const double value = valueOf(sheet, 1, a);
        expected.push_back(1.0 - value * value);
    }
    expectNumbers(delta->withNumbers, expected);
    expectNumbers(delta->result, values({"d1_1@2", "d1_2@2", "d1_3@2"}));
}

TEST_F(TwoThreeTwoTwoSlots, WeightPartialAveragesTheOuterProductsOfBothPlaces) {
    const auto partial = formOf(sheet, 1, "dE_dw2_13");
    ASSERT_TRUE(partial);
    EXPECT_EQ(partial->name, "∂E/∂W²");
    EXPECT_EQ(partial->symbolic, "(δ²[1] (a¹[1])ᵀ + δ²[2] (a¹[2])ᵀ)/2");
    std::vector<double> expected = values(
        {"d2_1@1", "d2_2@1", "a1_1@1", "a1_2@1", "a1_3@1", "d2_1@2", "d2_2@2", "a1_1@2", "a1_2@2", "a1_3@2"});
    expected.push_back(2); // the mean's divisor
    expectNumbers(partial->withNumbers, expected);
    expectNumbers(partial->result,
                  values({"dE_dw2_11", "dE_dw2_12", "dE_dw2_13", "dE_dw2_21", "dE_dw2_22", "dE_dw2_23"}));
}

TEST_F(TwoThreeTwoTwoSlots, SharedBiasSumsItsLayersErrors) {
    const auto partial = formOf(sheet, 1, "dE_db1");
    ASSERT_TRUE(partial);
    EXPECT_EQ(partial->name, "∂E/∂b¹");
    EXPECT_EQ(partial->symbolic, "(sum(δ¹[1]) + sum(δ¹[2]))/2");
    std::vector<double> expected = values({"d1_1@1", "d1_2@1", "d1_3@1", "d1_1@2", "d1_2@2", "d1_3@2"});
    expected.push_back(2);
    expectNumbers(partial->withNumbers, expected);
    expectNumbers(partial->result, values({"dE_db1"}));

    const auto update = formOf(sheet, 1, "b2_new");
    ASSERT_TRUE(update);
    EXPECT_EQ(update->symbolic, "b² − η·∂E/∂b²");
    expectNumbers(update->withNumbers, values({"b2", "eta", "dE_db2"}));
    expectNumbers(update->result, values({"b2_new"}));
}

TEST_F(TwoThreeTwoTwoSlots, WeightUpdate) {
    const auto update = formOf(sheet, 1, "w1_32_new");
    ASSERT_TRUE(update);
    EXPECT_EQ(update->name, "W¹′");
    const std::vector<std::string> w{"w1_11", "w1_12", "w1_21", "w1_22", "w1_31", "w1_32"};
    std::vector<double> expected = values(w);
    expected.push_back(valueOf(sheet, 1, "eta"));
    for (const std::string& id : w) expected.push_back(valueOf(sheet, 1, "dE_d" + id));
    expectNumbers(update->withNumbers, expected);
    std::vector<std::string> updated;
    for (const std::string& id : w) updated.push_back(id + "_new");
    expectNumbers(update->result, values(updated));
}

} // namespace
} // namespace bplab

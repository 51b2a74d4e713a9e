// The per-weight chain rule of a partial cell: ∂E/∂w = ∂E/∂z · ∂z/∂w = δ·a, with the row's numbers,
// summed over a step's examples. Expected texts are built from the row's values looked up by id.
#include "core/sheet/network/network_chain_rule.h"
#include "core/sheet/network/network_sheet.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

namespace bplab {
namespace {

using testing::valueOf;

std::optional<ChainRule> ruleOf(const NetworkSheet& sheet, int iteration, const std::string& id) {
    const int cell = sheet.cellOfQuantity(sheet.quantities().indexOf(id));
    EXPECT_GE(cell, 0) << id;
    return chainRule(sheet.layout(), sheet.row(iteration), cell);
}

// A number as the sheet's formulas write it inside a product (negatives in parentheses).
std::string inFormula(const NetworkSheet& sheet, int iteration, const std::string& id) {
    return formatShort(valueOf(sheet, iteration, id), /*parenthesizeNegative=*/true);
}

TEST(NetworkChainRule, OneExamplePerStep) {
    NetworkSpec spec = testing::xorNetwork();
    spec.batchSize = 1;
    NetworkSheet sheet(spec);
    sheet.runTo(2);
    const auto rule = ruleOf(sheet, 1, "dE_dw2_12");
    ASSERT_TRUE(rule);
    // w²₁₂ feeds z²₁ from a¹₂: ∂E/∂w²₁₂ = δ²₁·a¹₂
    EXPECT_EQ(rule->line(), "∂E/∂w²₁₂ = ∂E/∂z²₁ · ∂z²₁/∂w²₁₂ = δ²₁·a¹₂ = " + inFormula(sheet, 1, "d2_1") +
                                "·" + inFormula(sheet, 1, "a1_2") + " = " +
                                formatShort(valueOf(sheet, 1, "dE_dw2_12")));
    EXPECT_EQ(rule->withNumbers,
              sheet.formulaWithNumbers(1, sheet.cellOfQuantity(sheet.quantities().indexOf("dE_dw2_12"))));
}

TEST(NetworkChainRule, TwoExamplesPerStepWithAMean) {
    NetworkSpec spec = testing::xorNetwork();
    spec.batchSize = 2;
    spec.reduction = LossReduction::Mean;
    NetworkSheet sheet(spec);
    sheet.runTo(1);
    const auto rule = ruleOf(sheet, 0, "dE_dw1_21");
    ASSERT_TRUE(rule);
    EXPECT_EQ(rule->name, "∂E/∂w¹₂₁");
    EXPECT_EQ(rule->chain, "(Σₛ ∂E/∂z¹₂[s] · ∂z¹₂[s]/∂w¹₂₁)/2");
    EXPECT_EQ(rule->symbolic, "(δ¹₂[1]·x₁[1] + δ¹₂[2]·x₁[2])/2");
    // Examples 1 and 2 of XOR: x₁ = 0 in both.
    EXPECT_EQ(rule->withNumbers,
              "(" + inFormula(sheet, 0, "d1_2@1") + "·0 + " + inFormula(sheet, 0, "d1_2@2") + "·0)/2");
    EXPECT_EQ(rule->result, "0");
}

TEST(NetworkChainRule, BiasesHaveAChainAndOtherCellsNone) {
    NetworkSpec spec = testing::xorNetwork();
    spec.biasMode = BiasMode::Shared;
    spec.learnBiases = true;
    spec.biases = {{0.1}, {-0.2}};
    spec.batchSize = 1;
    NetworkSheet sheet(spec);
    sheet.runTo(1);
    const auto shared = ruleOf(sheet, 0, "dE_db1");
    ASSERT_TRUE(shared);
    // b¹ feeds both units of layer 1, each with ∂z/∂b = 1.
    EXPECT_EQ(shared->chain, "∂E/∂z¹₁ · ∂z¹₁/∂b¹ + ∂E/∂z¹₂ · ∂z¹₂/∂b¹");
    EXPECT_EQ(shared->symbolic, "δ¹₁ + δ¹₂");
    EXPECT_FALSE(ruleOf(sheet, 0, "d1_1"));
    EXPECT_FALSE(ruleOf(sheet, 0, "w1_11_new"));
}

} // namespace
} // namespace bplab

// How a step uses the examples: a mean loss against a sum, one example per step (stochastic), k
// examples wrapping around the set; and the CSV that names every quantity of such a run.
#include "core/sheet/network/network_csv.h"
#include "core/sheet/network/network_sheet.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>

namespace bplab {
namespace {

using testing::valueOf;

TEST(NetworkBatch, MeanLossDividesTheSumsLossAndEveryPartialByTheExampleCount) {
    NetworkSpec sum = testing::xorNetwork();
    NetworkSpec mean = sum;
    mean.reduction = LossReduction::Mean;
    NetworkSheet summed(sum);
    NetworkSheet averaged(mean);
    summed.runTo(1);
    averaged.runTo(1);
    // Same forward pass and δ; E_total and ∂E/∂θ divided by k = 4; θ′ = θ − η·(∂E/∂θ)/4.
    for (const char* id : {"a2_1@3", "E1@2", "d1_2@4"}) {
        EXPECT_EQ(valueOf(averaged, 0, id), valueOf(summed, 0, id)) << id;
    }
    EXPECT_DOUBLE_EQ(valueOf(averaged, 0, "E_total"), valueOf(summed, 0, "E_total") / 4.0);
    for (const char* w : {"w1_11", "w1_12", "w1_21", "w1_22", "w2_11", "w2_12"}) {
        const std::string partial = std::string("dE_d") + w;
        EXPECT_DOUBLE_EQ(valueOf(averaged, 0, partial), valueOf(summed, 0, partial) / 4.0) << w;
        EXPECT_DOUBLE_EQ(valueOf(averaged, 0, std::string(w) + "_new"),
                         valueOf(summed, 0, w) - 0.5 * valueOf(summed, 0, partial) / 4.0)
            << w;
    }
    const int total = averaged.cellOfQuantity(averaged.quantities().indexOf("E_total"));
    EXPECT_EQ(averaged.formula(total), "(E₁[1] + E₁[2] + E₁[3] + E₁[4])/4");
    const int partial = averaged.cellOfQuantity(averaged.quantities().indexOf("dE_dw2_11"));
    EXPECT_EQ(averaged.formula(partial), "(δ²₁[1]·a¹₁[1] + δ²₁[2]·a¹₁[2] + δ²₁[3]·a¹₁[3] + δ²₁[4]·a¹₁[4])/4");
}

// k = 3 of n = 4: the mean divides by the step's 3 examples, not by the set's 4. The values of examples
// 1-3 are those of the hand-checked full batch (network_hand_arithmetic_test.cpp), the same weights.
TEST(NetworkBatch, MeanOfThreeOfFourExamplesDividesByThree) {
    NetworkSpec spec = testing::xorNetwork();
    spec.reduction = LossReduction::Mean;
    spec.batchSize = 3;
    NetworkSheet sheet(spec);
    sheet.runTo(1);
    ASSERT_EQ(sheet.examplesOfRow(0), (std::vector<int>{0, 1, 2}));
    // E_total = (E@1 + E@2 + E@3)/3 = (0.0958447081883018 + 0.171102760733375 + 0.174618810873998)/3
    //         = 0.441566279795675/3 = 0.147188759931892
    EXPECT_NEAR(valueOf(sheet, 0, "E_total"), 0.147188759931892, 1e-15);
    // ∂E/∂w²₁₁ = (δ²₁@1·a¹₁@1 + δ²₁@2·a¹₁@2 + δ²₁@3·a¹₁@3)/3
    //          = (0.10776328535544·0.5 − 0.142020988636461·0.437823499114202
    //             − 0.142851004374418·0.622459331201855)/3 = −0.0972174241591672/3 = −0.0324058080530557
    EXPECT_NEAR(valueOf(sheet, 0, "dE_dw2_11"), -0.0324058080530557, 1e-15);
    // w²₁₁′ = 0.5 − 0.5·(−0.0324058080530557) = 0.516202904026528
    EXPECT_NEAR(valueOf(sheet, 0, "w2_11_new"), 0.516202904026528, 1e-15);
    // ∂E/∂w²₁₂ = (0.10776328535544·0.5 − 0.142020988636461·0.562176500885798
    //             − 0.142851004374418·0.679178699175393)/3 = −0.122980579093183/3 = −0.0409935263643943
    EXPECT_NEAR(valueOf(sheet, 0, "dE_dw2_12"), -0.0409935263643943, 1e-15);
    // ∂E/∂w¹₁₁ = (δ¹₁@1·0 + δ¹₁@2·0 + δ¹₁@3·1)/3 = −0.0167852581598572/3 = −0.00559508605328573
    EXPECT_NEAR(valueOf(sheet, 0, "dE_dw1_11"), -0.00559508605328573, 1e-16);
    const int total = sheet.cellOfQuantity(sheet.quantities().indexOf("E_total"));
    EXPECT_EQ(sheet.formula(total), "(E₁[1] + E₁[2] + E₁[3])/3");
}

TEST(NetworkBatch, StochasticStepUsesExampleStepModuloFour) {
    NetworkSpec spec = testing::xorNetwork();
    spec.batchSize = 1;
    NetworkSheet sheet(spec, 9);
    sheet.runToEnd();
    const TrainingSet xorSet = trainingSetPreset(TrainingSetPreset::Xor);
    for (int s = 0; s < 9; ++s) {
        ASSERT_EQ(sheet.examplesOfRow(s), std::vector<int>{s % 4});
        const TrainingExample& example = xorSet.examples[static_cast<std::size_t>(s % 4)];
        // One example per step: no [n] suffix; the row holds that example and its loss alone.
        EXPECT_EQ(valueOf(sheet, s, "x1"), example.inputs[0]);
        EXPECT_EQ(valueOf(sheet, s, "x2"), example.inputs[1]);
        EXPECT_EQ(valueOf(sheet, s, "t1"), example.targets[0]);
        EXPECT_EQ(valueOf(sheet, s, "E_total"), valueOf(sheet, s, "E1"));
        if (s > 0) {
            EXPECT_EQ(valueOf(sheet, s, "w1_21"), valueOf(sheet, s - 1, "w1_21_new"));
        }
    }
    // Step 0 is example 1 (0, 0 → 0) with the starting weights: z²₁ = 0.5·σ(0) − 1·σ(0) = −0.25,
    // a²₁ = σ(−0.25) = 0.437823499114202, E = ½·0.437823499114202² = 0.0958447081883018, the full
    // batch's first example.
    EXPECT_NEAR(valueOf(sheet, 0, "E_total"), 0.0958447081883018, 1e-15);
    // Its inputs are 0, so the first layer's partials are 0 and only W² moves.
    EXPECT_EQ(valueOf(sheet, 0, "dE_dw1_11"), 0.0);
    EXPECT_NE(valueOf(sheet, 0, "dE_dw2_11"), 0.0);
}

TEST(NetworkBatch, ThreeExamplesPerStepWrapAroundTheSet) {
    NetworkSpec spec = testing::xorNetwork();
    spec.batchSize = 3;
    NetworkSheet sheet(spec, 4);
    sheet.runToEnd();
    // Step s uses examples 3s, 3s + 1, 3s + 2 modulo 4.
    EXPECT_EQ(sheet.examplesOfRow(0), (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(sheet.examplesOfRow(1), (std::vector<int>{3, 0, 1}));
    EXPECT_EQ(sheet.examplesOfRow(2), (std::vector<int>{2, 3, 0}));
    EXPECT_EQ(sheet.examplesOfRow(3), (std::vector<int>{1, 2, 3}));
    // Row 1's first slot is example 4 (1, 1 → 0), its second example 1 (0, 0 → 0).
    EXPECT_EQ(valueOf(sheet, 1, "x1@1"), 1.0);
    EXPECT_EQ(valueOf(sheet, 1, "x2@1"), 1.0);
    EXPECT_EQ(valueOf(sheet, 1, "x1@2"), 0.0);
    EXPECT_EQ(valueOf(sheet, 1, "t1@3"), 1.0); // example 2: (0, 1 → 1)
    EXPECT_LT(sheet.quantities().indexOf("x1@4"), 0);
    // E_total is the loss of those three examples before the step's update.
    EXPECT_EQ(valueOf(sheet, 1, "E_total"),
              valueOf(sheet, 1, "E1@1") + valueOf(sheet, 1, "E1@2") + valueOf(sheet, 1, "E1@3"));
}

TEST(NetworkBatch, CsvNamesEveryQuantityAndTheExamplesOfEachRow) {
    NetworkSpec spec = testing::xorNetwork();
    spec.batchSize = 3;
    NetworkSheet sheet(spec, 2);
    sheet.runToEnd();
    sheet.setIterationLimit(3);
    sheet.stepCell(); // row 2 started: only its first cell is evaluated
    std::ostringstream out;
    writeNetworkCsv(out, sheet);
    std::istringstream lines(out.str());
    std::string header, row0, row1, row2, extra;
    std::getline(lines, header);
    std::getline(lines, row0);
    std::getline(lines, row1);
    std::getline(lines, row2);
    EXPECT_FALSE(std::getline(lines, extra));
    EXPECT_EQ(header.rfind("iteration,examples,w1_11,w1_12,w1_21,w1_22,w2_11,w2_12,x1@1,x2@1,t1@1,", 0), 0U);
    EXPECT_NE(header.find(",E_total,"), std::string::npos);
    EXPECT_NE(header.find(",d1_2@3,"), std::string::npos);
    EXPECT_EQ(header.substr(header.size() - 14), ",w2_12_new,eta");
    // One column per quantity, plus iteration and examples.
    EXPECT_EQ(std::count(header.begin(), header.end(), ','), sheet.quantityCount() + 1);
    EXPECT_EQ(row0.rfind("0,1 2 3,0.5,-0.25,0.75,0.25,0.5,-1,0,0,0,", 0), 0U);
    EXPECT_EQ(row1.rfind("1,4 1 2,", 0), 0U);
    // Row 2: its given values and z¹₁[1] (0.5·1 − 0.25·0 = 0.5 with row 2's weights, so not checked
    // here); the cells after it are empty, the constant η last.
    EXPECT_EQ(row2.rfind("2,3 4 1,", 0), 0U);
    EXPECT_EQ(row2.substr(row2.size() - 6), ",,,0.5");
    EXPECT_EQ(std::count(row2.begin(), row2.end(), ','), sheet.quantityCount() + 1);
}

} // namespace
} // namespace bplab

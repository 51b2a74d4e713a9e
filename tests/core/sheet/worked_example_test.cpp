// The classic worked example (the seed's values with the shared biases b1 = 0.35 and b2 = 0.60, not
// updated, sigmoid, ½·squared error, η = 0.5) against its published numbers, and the biases when
// they are learned; the hand arithmetic is shown so a reader can redo it.
#include "core/sheet/backprop_sheet.h"
#include "tests/support/sheet_examples.h"

#include <gtest/gtest.h>

namespace bplab {
namespace {

using namespace quantity;

BackpropSheet workedExample(bool learnBiases, int iterations = 1) {
    SheetInputs inputs = classicWorkedExample();
    inputs.learnBiases = learnBiases;
    BackpropSheet sheet(inputs, iterations);
    sheet.runToEnd();
    return sheet;
}

TEST(WorkedExample, HasExactlyTheExamplesValues) {
    const SheetInputs example = classicWorkedExample();
    EXPECT_EQ(example.i1, 0.05);
    EXPECT_EQ(example.i2, 0.10);
    EXPECT_EQ(example.t1, 0.01);
    EXPECT_EQ(example.t2, 0.99);
    EXPECT_EQ(example.weights, (std::array<double, 8>{0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55}));
    EXPECT_EQ(example.b1, 0.35);
    EXPECT_EQ(example.b2, 0.60);
    EXPECT_FALSE(example.learnBiases);
    EXPECT_EQ(example.learningRate, 0.5);
    EXPECT_EQ(example.activation, Activation::Sigmoid);
    EXPECT_EQ(example.loss, Loss::SquaredError);
}

TEST(WorkedExample, ForwardPassMatchesThePublishedNumbers) {
    const BackpropSheet sheet = workedExample(false);
    // net_h1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.0075 + 0.02 + 0.35 = 0.3775
    // net_h2 = 0.25·0.05 + 0.3·0.1 + 0.35 = 0.0125 + 0.03 + 0.35 = 0.3925
    EXPECT_NEAR(valueAt(sheet, 0, h1), 0.3775, 1e-15);
    EXPECT_NEAR(valueAt(sheet, 0, h2), 0.3925, 1e-15);
    // out_h1 = 1/(1 + e^−0.3775) = 1/(1 + 0.685580) = 0.593269992;  out_h2 = 1/(1 + e^−0.3925) = 0.596884378
    EXPECT_NEAR(valueAt(sheet, 0, a_h1), 0.593269992, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, a_h2), 0.596884378, 1e-9);
    // net_o1 = 0.4·0.593269992 + 0.45·0.596884378 + 0.6 = 0.237307997 + 0.268597970 + 0.6 = 1.105905967
    // net_o2 = 0.5·0.593269992 + 0.55·0.596884378 + 0.6 = 0.296634996 + 0.328286408 + 0.6 = 1.224921404
    EXPECT_NEAR(valueAt(sheet, 0, o1), 1.105905967, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, o2), 1.224921404, 1e-9);
    // out_o1 = σ(1.105905967) = 0.75136507;  out_o2 = σ(1.224921404) = 0.772928465
    EXPECT_NEAR(valueAt(sheet, 0, a_o1), 0.75136507, 1e-8);
    EXPECT_NEAR(valueAt(sheet, 0, a_o2), 0.772928465, 1e-9);
    // E_o1 = ½(0.01 − 0.75136507)² = ½·0.549622166 = 0.274811083
    // E_o2 = ½(0.99 − 0.772928465)² = ½·0.047120051 = 0.023560026;  E_total = 0.298371109
    const std::pair<int, double> losses[] = {{E1, 0.274811083}, {E2, 0.023560026}, {E_total, 0.298371109}};
    for (const auto& [q, published] : losses) EXPECT_NEAR(valueAt(sheet, 0, q), published, 1e-9);
}

TEST(WorkedExample, BackwardPassMatchesThePublishedNumbers) {
    const BackpropSheet sheet = workedExample(false);
    // δo1 = (0.75136507 − 0.01)·0.75136507·(1 − 0.75136507) = 0.74136507·0.186815602 = 0.138498562
    // ∂E/∂w5 = δo1·out_h1 = 0.138498562·0.593269992 = 0.082167041;  w5⁺ = 0.4 − 0.5·0.082167041 = 0.35891648
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 4), 0.082167041, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 4), 0.35891648, 1e-8);
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 5), 0.408666186, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 6), 0.511301270, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 7), 0.561370121, 1e-9);
    // δo2 = (0.772928465 − 0.99)·0.772928465·0.227071535 = −0.038098237
    // δh1 = (δo1·w5 + δo2·w7)·out_h1·(1 − out_h1) = (0.055399425 − 0.019049118)·0.241300709 = 0.008771355
    // ∂E/∂w1 = δh1·i1 = 0.008771355·0.05 = 0.000438568;  w1⁺ = 0.15 − 0.5·0.000438568 = 0.149780716
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 0), 0.000438568, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 0), 0.149780716, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 1), 0.19956143, 1e-8);
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 2), 0.24975114, 1e-8);
    EXPECT_NEAR(valueAt(sheet, 0, w1_new + 3), 0.29950229, 1e-8);
}

TEST(WorkedExample, BiasesThatAreNotLearnedStayAsTyped) {
    const BackpropSheet sheet = workedExample(false, 3);
    EXPECT_EQ(sheet.cellCount(), 27); // no bias partials, no bias updates
    EXPECT_EQ(sheet.cellOfQuantity(dE_db1), -1);
    for (int r = 0; r < 3; ++r) {
        EXPECT_EQ(valueAt(sheet, r, b1), 0.35);
        EXPECT_EQ(valueAt(sheet, r, b2), 0.60);
    }
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(h1)), "w1·i1 + w2·i2 + b1");
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(o2)), "w7·a_h1 + w8·a_h2 + b2");
}

TEST(WorkedExample, LearnedBiasesSumTheDeltasOfTheUnitsThatShareThem) {
    const BackpropSheet sheet = workedExample(true, 2);
    EXPECT_EQ(sheet.cellCount(), 31);
    // δh2 = (δo1·w6 + δo2·w8)·out_h2·(1 − out_h2) = (0.062324353 − 0.020954030)·0.240614... = 0.009954255
    // ∂E/∂b1 = δh1 + δh2 = 0.008771355 + 0.009954255 = 0.018725609
    // ∂E/∂b2 = δo1 + δo2 = 0.138498562 − 0.038098237 = 0.100400325
    EXPECT_NEAR(valueAt(sheet, 0, dE_db1), 0.018725609, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, dE_db2), 0.100400325, 1e-9);
    // b1′ = 0.35 − 0.5·0.018725609 = 0.340637195;  b2′ = 0.6 − 0.5·0.100400325 = 0.549799837
    EXPECT_NEAR(valueAt(sheet, 0, b1_new), 0.340637195, 1e-9);
    EXPECT_NEAR(valueAt(sheet, 0, b2_new), 0.549799837, 1e-9);
    // The weights' partials do not depend on whether the biases are learned.
    EXPECT_NEAR(valueAt(sheet, 0, dE_dw1 + 4), 0.082167041, 1e-9);
    // The next row starts from the updated biases.
    EXPECT_EQ(valueAt(sheet, 1, b1), valueAt(sheet, 0, b1_new));
    EXPECT_EQ(valueAt(sheet, 1, b2), valueAt(sheet, 0, b2_new));
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(b1_new)), "b1 − η·∂E/∂b1");
    EXPECT_EQ(sheet.formula(sheet.cellOfQuantity(dE_db2)),
              "(a_o1 − t1)·a_o1·(1 − a_o1) + (a_o2 − t2)·a_o2·(1 − a_o2)");
}

TEST(WorkedExample, TogglingLearnedBiasesKeepsTheCursorsIteration) {
    SheetInputs inputs = classicWorkedExample();
    BackpropSheet sheet(inputs, 10);
    sheet.runTo(4);
    inputs.learnBiases = true;
    sheet.setInputs(inputs);
    EXPECT_EQ(sheet.completedIterations(), 4);
    EXPECT_EQ(sheet.evaluatedCellCount(), 4 * 31);
}

TEST(WorkedExample, ColumnsShowBiasesOnlyWhenUsed) {
    BackpropSheet seed;
    EXPECT_EQ(seed.columns().size(), 35u);
    EXPECT_EQ(seed.columns()[8], h1);
    const BackpropSheet fixed = workedExample(false);
    EXPECT_EQ(fixed.columns().size(), 37u);
    EXPECT_EQ(fixed.columns()[8], b1);
    const BackpropSheet learned = workedExample(true);
    EXPECT_EQ(learned.columns().size(), 41u);
    EXPECT_EQ(learned.columns().back(), b2_new);
}

} // namespace
} // namespace bplab

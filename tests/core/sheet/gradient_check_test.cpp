// Every analytic partial of the sheet against a central finite difference of E_total, for every
// activation, at several random points: an independent check of the chain-rule formulas.
#include "core/sheet/analysis/gradient_check.h"
#include "core/sheet/backprop_sheet.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace bplab {
namespace {

double lossAt(const SheetInputs& inputs) {
    BackpropSheet sheet(inputs, 1);
    sheet.runToEnd();
    return sheet.row(0)[quantity::E_total];
}

double relativeError(double a, double b) {
    const double scale = std::max(std::fabs(a), std::fabs(b));
    return scale == 0.0 ? 0.0 : std::fabs(a - b) / scale;
}

struct GradientChoice {
    Activation activation;
    Loss loss;
    bool learnBiases;
};

// Readable parameters in a failure message: "tanh, cross-entropy, learned biases".
void PrintTo(const GradientChoice& choice, std::ostream* out) {
    *out << activationName(choice.activation) << ", " << lossName(choice.loss)
         << (choice.learnBiases ? ", learned biases" : "");
}

SheetInputs randomPoint(const GradientChoice& choice, std::mt19937& random) {
    // ReLU has a kink at 0 where no finite difference converges: keep every pre-activation positive
    // there (positive inputs and weights), and away from 0 in general. Cross-entropy needs outputs in
    // (0, 1) for every activation: small positive weights and biases keep h and o in (0, 0.9).
    const bool crossEntropy = choice.loss == Loss::CrossEntropy;
    const bool positive = choice.activation == Activation::Relu || crossEntropy;
    std::uniform_real_distribution<double> weight(crossEntropy ? 0.05 : (positive ? 0.1 : -1.0),
                                                  crossEntropy ? 0.35 : 1.0);
    std::uniform_real_distribution<double> bias(positive ? 0.0 : -0.5, crossEntropy ? 0.2 : 0.5);
    std::uniform_real_distribution<double> input(0.05, 1.0);
    std::uniform_real_distribution<double> target(0.01, 0.99);
    SheetInputs inputs;
    inputs.activation = choice.activation;
    inputs.loss = choice.loss;
    inputs.learnBiases = choice.learnBiases;
    inputs.i1 = input(random);
    inputs.i2 = input(random);
    inputs.t1 = target(random);
    inputs.t2 = target(random);
    for (double& w : inputs.weights) w = weight(random);
    if (choice.learnBiases) {
        inputs.b1 = bias(random);
        inputs.b2 = bias(random);
    }
    return inputs;
}

class GradientCheck : public ::testing::TestWithParam<GradientChoice> {};

TEST_P(GradientCheck, AnalyticPartialsMatchCentralDifferences) {
    std::mt19937 random(20261125);
    constexpr double kStep = 1e-5;
    const GradientChoice choice = GetParam();
    std::vector<std::pair<std::string, int>> partials; // the value perturbed, the cell of its partial
    for (int k = 0; k < 8; ++k) partials.emplace_back("w" + std::to_string(k + 1), quantity::dE_dw1 + k);
    if (choice.learnBiases) {
        partials.emplace_back("b1", quantity::dE_db1);
        partials.emplace_back("b2", quantity::dE_db2);
    }
    for (int point = 0; point < 8; ++point) {
        const SheetInputs inputs = randomPoint(choice, random);
        BackpropSheet sheet(inputs, 1);
        sheet.runToEnd();
        ASSERT_FALSE(sheet.divergedAt()) << sheet.stopReason();
        for (const auto& [name, partial] : partials) {
            SheetInputs plus = inputs;
            SheetInputs minus = inputs;
            setInputValue(plus, name, inputValue(inputs, name) + kStep);
            setInputValue(minus, name, inputValue(inputs, name) - kStep);
            const double numeric = (lossAt(plus) - lossAt(minus)) / (2.0 * kStep);
            const double analytic = sheet.row(0)[static_cast<std::size_t>(partial)];
            EXPECT_LT(relativeError(analytic, numeric), 1e-6)
                << activationName(choice.activation) << ", " << lossName(choice.loss) << ", point " << point
                << " dE/d" << name << ": analytic " << analytic << ", numeric " << numeric;
        }
    }
}

std::vector<GradientChoice> allGradientCheckChoices() {
    std::vector<GradientChoice> choices;
    for (Activation activation : kAllActivations) {
        for (Loss loss : kAllLosses) {
            for (bool learnBiases : {false, true}) choices.push_back({activation, loss, learnBiases});
        }
    }
    return choices;
}

INSTANTIATE_TEST_SUITE_P(AllActivationsAndLosses, GradientCheck,
                         ::testing::ValuesIn(allGradientCheckChoices()), [](const auto& paramInfo) {
                             std::string name =
                                 std::string(activationName(paramInfo.param.activation)) + "_" +
                                 (paramInfo.param.loss == Loss::CrossEntropy ? "crossEntropy" : "squared");
                             return paramInfo.param.learnBiases ? name + "_learnedBiases" : name;
                         });

class ActivationDerivative : public ::testing::TestWithParam<Activation> {};

TEST_P(ActivationDerivative, MatchesCentralDifference) {
    // Both sides of 0: ReLU's flat branch must give exactly 0 (a relative error of 0 needs both 0).
    for (double z : {-2.0, -0.7, 0.3, 1.5}) {
        constexpr double kStep = 1e-6;
        const double numeric =
            (activate(GetParam(), z + kStep) - activate(GetParam(), z - kStep)) / (2 * kStep);
        const double analytic = activationDerivative(GetParam(), z, activate(GetParam(), z));
        EXPECT_LT(relativeError(analytic, numeric), 1e-8) << activationName(GetParam()) << " at z = " << z;
    }
}

TEST(ReluDerivative, IsZeroAtAndBelowTheKinkAndOneAbove) {
    // At the kink we follow PyTorch: f'(0) = 0 (the right-hand slope would be 1, the left 0).
    EXPECT_EQ(activationDerivative(Activation::Relu, 0.0, 0.0), 0.0);
    EXPECT_EQ(activationDerivative(Activation::Relu, -1e-12, 0.0), 0.0);
    EXPECT_EQ(activationDerivative(Activation::Relu, 1e-12, 1e-12), 1.0);
}

TEST(GradientCheckReport, ADeadReluUnitHasZeroPartialsByBothMethods) {
    SheetInputs inputs;
    inputs.activation = Activation::Relu;
    inputs.weights[0] = inputs.weights[1] = -1.0; // h1 = −1·0.05 − 1·0.1 = −0.15 < 0: a_h1 = 0
    BackpropSheet sheet(inputs, 3);
    sheet.runToEnd();
    ASSERT_LT(sheet.row(0)[quantity::h1], 0.0);
    for (const GradientCheckEntry& entry : checkGradients(sheet, 0)) {
        EXPECT_TRUE(entry.agrees) << entry.parameter << ": " << entry.analytic << " vs " << entry.numeric;
        // w1 and w2 feed the dead unit, and w5, w7 read its output 0: no gradient reaches them.
        if (entry.parameter == "w1" || entry.parameter == "w2" || entry.parameter == "w5" ||
            entry.parameter == "w7") {
            EXPECT_EQ(entry.analytic, 0.0) << entry.parameter;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(AllActivations, ActivationDerivative, ::testing::ValuesIn(kAllActivations),
                         [](const auto& paramInfo) { return std::string(activationName(paramInfo.param)); });

} // namespace
} // namespace bplab

namespace bplab {
namespace {

TEST(GradientCheckReport, AgreesAtEveryIterationOfASeedRun) {
    BackpropSheet sheet;
    sheet.runTo(20);
    for (int iteration : {0, 7, 19}) {
        const auto entries = checkGradients(sheet, iteration);
        EXPECT_EQ(entries.size(), 8u); // no biases in the seed sheet
        for (const GradientCheckEntry& entry : entries) {
            EXPECT_TRUE(entry.agrees)
                << "iteration " << iteration << ": " << entry.analytic << " vs " << entry.numeric;
            EXPECT_LT(entry.relativeError, kGradientCheckTolerance);
        }
    }
}

TEST(GradientCheckReport, CoversLearnedBiasesAtEveryIteration) {
    SheetInputs inputs = classicWorkedExample();
    inputs.learnBiases = true;
    inputs.loss = Loss::CrossEntropy;
    BackpropSheet sheet(inputs, 10);
    sheet.runToEnd();
    for (int iteration : {0, 9}) {
        const auto entries = checkGradients(sheet, iteration);
        ASSERT_EQ(entries.size(), 10u);
        EXPECT_EQ(entries[8].parameter, "b1");
        EXPECT_EQ(entries[9].parameter, "b2");
        EXPECT_EQ(entries[9].analytic, sheet.row(iteration)[quantity::dE_db2]);
        for (const GradientCheckEntry& entry : entries) {
            EXPECT_TRUE(entry.agrees) << entry.parameter << " at " << iteration << ": " << entry.analytic
                                      << " vs " << entry.numeric;
        }
    }
}

TEST(GradientCheckReport, RefusesARowWhosePartialsAreNotComputed) {
    BackpropSheet sheet;
    sheet.stepCell();
    EXPECT_THROW(checkGradients(sheet, 0), std::out_of_range);
    EXPECT_THROW(checkGradients(sheet, 5), std::out_of_range);
}

} // namespace
} // namespace bplab

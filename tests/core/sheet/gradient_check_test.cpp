// Every analytic partial of the sheet against a central finite difference of E_total, for every
// activation, at several random points: an independent check of the chain-rule formulas.
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/gradient_check.h"

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

SheetInputs randomPoint(Activation activation, std::mt19937& random) {
    // ReLU has a kink at 0 where no finite difference converges: keep every pre-activation positive
    // there (positive inputs and weights), and away from 0 in general.
    const bool positive = activation == Activation::Relu;
    std::uniform_real_distribution<double> weight(positive ? 0.1 : -1.0, 1.0);
    std::uniform_real_distribution<double> input(0.05, 1.0);
    std::uniform_real_distribution<double> target(0.01, 0.99);
    SheetInputs inputs;
    inputs.activation = activation;
    inputs.i1 = input(random);
    inputs.i2 = input(random);
    inputs.t1 = target(random);
    inputs.t2 = target(random);
    for (double& w : inputs.weights) w = weight(random);
    return inputs;
}

class GradientCheck : public ::testing::TestWithParam<Activation> {};

TEST_P(GradientCheck, AnalyticPartialsMatchCentralDifferences) {
    std::mt19937 random(20261125);
    constexpr double kStep = 1e-5;
    for (int point = 0; point < 8; ++point) {
        const SheetInputs inputs = randomPoint(GetParam(), random);
        BackpropSheet sheet(inputs, 1);
        sheet.runToEnd();
        for (int k = 0; k < 8; ++k) {
            SheetInputs plus = inputs;
            SheetInputs minus = inputs;
            plus.weights[static_cast<std::size_t>(k)] += kStep;
            minus.weights[static_cast<std::size_t>(k)] -= kStep;
            const double numeric = (lossAt(plus) - lossAt(minus)) / (2.0 * kStep);
            const double analytic = sheet.row(0)[static_cast<std::size_t>(quantity::dE_dw1 + k)];
            EXPECT_LT(relativeError(analytic, numeric), 1e-6)
                << activationName(GetParam()) << " point " << point << " dE/dw" << (k + 1) << ": analytic "
                << analytic << ", numeric " << numeric;
        }
    }
}

TEST_P(GradientCheck, ActivationDerivativeMatchesCentralDifference) {
    for (double z : {-2.0, -0.7, 0.3, 1.5}) {
        if (GetParam() == Activation::Relu && z < 0) continue; // flat: both sides are exactly 0 below
        constexpr double kStep = 1e-6;
        const double numeric =
            (activate(GetParam(), z + kStep) - activate(GetParam(), z - kStep)) / (2 * kStep);
        const double analytic = activationDerivative(GetParam(), z, activate(GetParam(), z));
        EXPECT_LT(relativeError(analytic, numeric), 1e-8) << activationName(GetParam()) << " at z = " << z;
    }
}

INSTANTIATE_TEST_SUITE_P(AllActivations, GradientCheck, ::testing::ValuesIn(kAllActivations),
                         [](const auto& paramInfo) { return std::string(activationName(paramInfo.param)); });

} // namespace
} // namespace bplab

namespace bplab {
namespace {

TEST(GradientCheckReport, AgreesAtEveryIterationOfASeedRun) {
    BackpropSheet sheet;
    sheet.runTo(20);
    for (int iteration : {0, 7, 19}) {
        for (const GradientCheckEntry& entry : checkGradients(sheet, iteration)) {
            EXPECT_TRUE(entry.agrees)
                << "iteration " << iteration << ": " << entry.analytic << " vs " << entry.numeric;
            EXPECT_LT(entry.relativeError, kGradientCheckTolerance);
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

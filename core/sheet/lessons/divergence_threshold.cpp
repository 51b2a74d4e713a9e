#include "core/sheet/lessons/divergence_threshold.h"

#include "core/sheet/backprop_sheet.h"

#include <cmath>

namespace bplab {

namespace {
constexpr int kGridPointsPerDecade = 40;
constexpr double kRelativePrecision = 1e-6;
// A rise smaller than this fraction of the starting loss is invisible on the chart, and near a minimum
// (losses of 1e-30) rounding alone makes such rises.
constexpr double kVisibleRise = 1e-6;

SheetInputs withRate(SheetInputs inputs, double learningRate) {
    inputs.learningRate = learningRate;
    return inputs;
}
} // namespace

RunOutcome runOutcome(const SheetInputs& inputs, int iterations) {
    BackpropSheet sheet(inputs, iterations);
    sheet.runToEnd();
    if (!sheet.divergedAt()) return RunOutcome::Completed;
    return sheet.stoppedAtUncomputableCell() ? RunOutcome::Stopped : RunOutcome::Diverged;
}

bool lossBounces(const std::vector<double>& losses) {
    for (std::size_t k = 1; k < losses.size(); ++k) {
        if (losses[k] - losses[k - 1] > kVisibleRise * losses.front()) return true;
    }
    return false;
}

std::optional<double> smallestRateWhere(const std::function<bool(double)>& holds, double lowest,
                                        double highest) {
    const double decades = std::log10(highest / lowest);
    const int steps = static_cast<int>(std::ceil(decades * kGridPointsPerDecade));
    double below = lowest; // the last grid point where it did not hold
    for (int k = 0; k <= steps; ++k) {
        const double rate = k == steps ? highest : lowest * std::pow(10.0, k * decades / steps);
        if (!holds(rate)) {
            below = rate;
            continue;
        }
        if (k == 0) return rate;
        double above = rate;
        // Bisect in log space: the step spans a factor, not a distance.
        while (above / below > 1.0 + kRelativePrecision) {
            const double middle = std::sqrt(below * above);
            (holds(middle) ? above : below) = middle;
        }
        return above;
    }
    return std::nullopt;
}

std::optional<double> measureDivergenceThreshold(const SheetInputs& inputs, int iterations, double highest) {
    return smallestRateWhere(
        [&](double rate) { return runOutcome(withRate(inputs, rate), iterations) == RunOutcome::Diverged; },
        kMinTypedLearningRate, highest);
}

std::optional<double> measureOscillationThreshold(const SheetInputs& inputs, int iterations, double highest) {
    return smallestRateWhere(
        [&](double rate) {
            BackpropSheet sheet(withRate(inputs, rate), iterations);
            sheet.runToEnd();
            return !sheet.divergedAt() && lossBounces(sheet.lossCurve());
        },
        kMinTypedLearningRate, highest);
}

bool hasBoundedOutputs(Activation activation) {
    return activation == Activation::Sigmoid || activation == Activation::Tanh;
}

bool cannotDiverge(const SheetInputs& inputs, int iterations, double highestRate) {
    const bool boundedGradient = inputs.loss == Loss::SquaredError ? hasBoundedOutputs(inputs.activation)
                                                                   : inputs.activation == Activation::Sigmoid;
    return boundedGradient && runOutcome(withRate(inputs, highestRate), iterations) != RunOutcome::Diverged;
}

} // namespace bplab

#pragma once

#include "core/sheet/sheet_inputs.h"

#include <optional>
#include <vector>

namespace bplab {

// The six learning rates of the seed sheet's six charts.
inline const std::vector<double> kSeedLearningRates{0.1, 0.2, 0.5, 0.8, 1.0, 2.0};

struct LossCurve {
    double learningRate = 0.0;
    std::vector<double> losses;    // E_total per iteration, starting at iteration 0
    std::optional<int> divergedAt; // iteration where a value became ±inf or NaN
};

// Runs the sheet once per learning rate, everything else as in `inputs`. Throws
// std::invalid_argument for a rate that is not finite and > 0, or a bad iteration count.
std::vector<LossCurve> sweepLearningRates(const SheetInputs& inputs, const std::vector<double>& learningRates,
                                          int iterations);

// The first iteration whose loss is at or below `targetLoss`, if any.
std::optional<int> iterationsToReach(const LossCurve& curve, double targetLoss);

} // namespace bplab

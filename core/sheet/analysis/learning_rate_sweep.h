#pragma once

#include "core/sheet/sheet_inputs.h"

#include <optional>
#include <vector>

namespace bplab {

// The six learning rates of the seed sheet's six charts.
inline const std::vector<double> kSeedLearningRates{0.1, 0.2, 0.5, 0.8, 1.0, 2.0};

class BackpropSheet;

struct LossCurve {
    double learningRate = 0.0;
    std::vector<double> losses;    // E_total per iteration, starting at iteration 0
    std::optional<int> divergedAt; // iteration where a value became ±inf or NaN (or the run stopped)
    std::optional<Loss> loss;      // set by sweepLearningRatesAndLosses: the loss this run trained on
    // The run stopped at a value its loss cannot take (cross-entropy of an output at exactly 0 or 1):
    // it did not diverge, and the charts must not say so.
    bool stoppedUncomputable = false;
};

// Runs the sheet once per learning rate, everything else as in `inputs`. Throws
// std::invalid_argument for a rate that is not finite and > 0, or a bad iteration count.
std::vector<LossCurve> sweepLearningRates(const SheetInputs& inputs, const std::vector<double>& learningRates,
                                          int iterations);

// ½·[(t1 − a_o1)² + (t2 − a_o2)²] of every row whose loss has been evaluated, whatever loss the sheet
// trains on: runs that train on different losses can only be compared on one measure. For a sheet
// that trains on squared error it equals lossCurve().
std::vector<double> outputSquaredErrorCurve(const BackpropSheet& sheet);

// Runs the sheet once per learning rate and per loss (½·squared error, then cross-entropy), everything
// else as in `inputs`; every curve is outputSquaredErrorCurve, so both losses share one scale. The
// lesson: from a confident mistake, cross-entropy's curve falls sooner. Throws like
// sweepLearningRates, or std::invalid_argument when a target is outside [0, 1] (no cross-entropy).
std::vector<LossCurve> sweepLearningRatesAndLosses(const SheetInputs& inputs,
                                                   const std::vector<double>& learningRates, int iterations);

// The first iteration whose loss is at or below `targetLoss`, if any.
std::optional<int> iterationsToReach(const LossCurve& curve, double targetLoss);

} // namespace bplab

#pragma once

#include "core/sheet/sheet_inputs.h"

#include <functional>
#include <optional>
#include <vector>

namespace bplab {

// What a lesson claims about learning rates, measured with the engine rather than typed by hand: the
// smallest η at which a run diverges, the smallest η at which its loss stops falling steadily, and
// whether a network can diverge at all up to some η.

// How a run of `inputs` for `iterations` iterations ended.
enum class RunOutcome {
    Completed, // every row computed, every value finite
    Diverged,  // a value became ±inf or NaN
    Stopped,   // a cell could not be computed (cross-entropy of an output at 0 or 1): not a divergence
};
RunOutcome runOutcome(const SheetInputs& inputs, int iterations);

// Whether the loss ever rises from one iteration to the next by more than a millionth of the starting
// loss: a rise a chart can show, not the rounding of a loss that has converged to ~1e-30.
bool lossBounces(const std::vector<double>& losses);

// The smallest η in [lowest, highest] at which `holds(η)`, to a relative precision of 1e-6: a scan over
// a log grid (40 points a decade) finds the first grid point where it holds, then bisection narrows the
// step before it. Nothing when it holds at no grid point. A window narrower than one grid step (6 %)
// can be missed, so the lessons' claims are also checked on the runs themselves (tests).
std::optional<double> smallestRateWhere(const std::function<bool(double)>& holds, double lowest,
                                        double highest);

// The smallest η (from kMinTypedLearningRate up to `highest`) at which the run diverges within
// `iterations` iterations; nothing if it does not diverge even at `highest`.
std::optional<double> measureDivergenceThreshold(const SheetInputs& inputs, int iterations,
                                                 double highest = kMaxTypedLearningRate);

// The smallest η at which the run completes but its loss bounces (see lossBounces); nothing if no
// rate up to `highest` does.
std::optional<double> measureOscillationThreshold(const SheetInputs& inputs, int iterations,
                                                  double highest = kMaxTypedLearningRate);

// Whether every output of this activation is bounded (sigmoid in (0, 1), tanh in (−1, 1)), so that
// ½·squared error cannot grow without bound.
bool hasBoundedOutputs(Activation activation);

// From this η on, a student is probably dragging the rate up to see a divergence.
inline constexpr double kHighLearningRate = 10.0;

// Whether a network cannot show the divergence such a student is looking for, measured: a run at
// `highestRate` (the end of the slider) does not diverge within `iterations`, on a network whose
// gradients stay bounded:
// - ½·squared error with bounded outputs (sigmoid, tanh): the error itself is bounded;
// - cross-entropy with sigmoid outputs: the output's error signal ∂E/∂net = a − t lies in (−1, 1).
//   (Its loss can still stop the run, not diverge it, where an output rounds to exactly 0 or 1.)
// Cross-entropy with tanh outputs is not such a network: an output leaves (0, 1) and the run stops.
bool cannotDiverge(const SheetInputs& inputs, int iterations, double highestRate);

} // namespace bplab

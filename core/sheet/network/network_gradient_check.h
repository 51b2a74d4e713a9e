#pragma once

#include "core/sheet/analysis/gradient_check.h"

#include <vector>

namespace bplab {

class NetworkSheet;

// Whether row `iteration` of the sheet has all its partials evaluated (what checkNetworkGradients needs).
bool gradientsComputed(const NetworkSheet& sheet, int iteration);

// The gradient check of any network of the sheet, the counterpart of checkGradients for the seed: for
// every weight, then every learned bias, of one evaluated row, the row's analytic ∂E/∂θ (its partial
// cell) beside the central difference (E(θ + h) − E(θ − h)) / 2h, h = kGradientCheckStep, judged by
// compareGradient. E is the loss of the step that row took: the examples examplesOfRow(iteration) run
// through the row's parameters (NetworkForward), each output's loss summed, divided by their number with
// a mean loss. A fixed bias has no partial and is not listed. Each entry is named by its parameter's
// label ("w²₁₂", "b²₁", a shared "b²"). Throws std::out_of_range if the row's partials are not evaluated.
std::vector<GradientCheckEntry> checkNetworkGradients(const NetworkSheet& sheet, int iteration);

} // namespace bplab

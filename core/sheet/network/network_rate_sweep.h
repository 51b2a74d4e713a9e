#pragma once

// "Compare rates" for an own network: the seed's sweeps (learning_rate_sweep.h) run on a NetworkSpec.
#include "core/sheet/analysis/learning_rate_sweep.h"
#include "core/sheet/network/network_spec.h"

#include <vector>

namespace bplab {

class NetworkSheet;

// Runs a NetworkSheet of `spec` once per learning rate to `iterations`, everything else as in `spec`;
// each curve is that run's lossCurve(). Throws std::invalid_argument for an unusable spec (a rate not
// finite and > 0 included) or an iteration count outside 1..NetworkSheet::maxIterationsFor(spec).
std::vector<LossCurve> sweepLearningRates(const NetworkSpec& spec, const std::vector<double>& learningRates,
                                          int iterations);

// The step's ½·Σ(t − a)² over the outputs of every example it used, summed or averaged over those
// examples as the spec's E_total is, of every row whose loss has been evaluated, whatever loss the
// network trains on. For a network that trains on squared error it equals lossCurve().
std::vector<double> outputSquaredErrorCurve(const NetworkSheet& sheet);

// Runs `spec` once per learning rate and per loss (½·squared error, then cross-entropy), each curve
// measured by outputSquaredErrorCurve so both losses share one scale. Throws like sweepLearningRates,
// also when a target is outside [0, 1] (no cross-entropy).
std::vector<LossCurve> sweepLearningRatesAndLosses(const NetworkSpec& spec,
                                                   const std::vector<double>& learningRates, int iterations);

} // namespace bplab

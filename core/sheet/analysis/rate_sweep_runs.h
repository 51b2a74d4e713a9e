#pragma once

// The loop both sweeps share, the seed sheet's (learning_rate_sweep.cpp) and an own network's
// (network/network_rate_sweep.cpp): one run per learning rate, and per loss when losses are compared.
#include "core/sheet/analysis/learning_rate_sweep.h"

#include <optional>
#include <vector>

namespace bplab {

// Runs a `Sheet` (BackpropSheet or NetworkSheet) built from `inputs` (SheetInputs or NetworkSpec: both
// have `learningRate` and `loss`) to `iterations`, once per rate and, for each rate, once per entry of
// `losses` (std::nullopt: the inputs' own loss), and measures each finished run with `measure(sheet)`.
template <class Sheet, class Inputs, class Measure>
std::vector<LossCurve> sweepRuns(const Inputs& inputs, const std::vector<double>& learningRates,
                                 const std::vector<std::optional<Loss>>& losses, int iterations,
                                 Measure measure) {
    std::vector<LossCurve> curves;
    curves.reserve(learningRates.size() * losses.size());
    for (double learningRate : learningRates) {
        for (const std::optional<Loss>& loss : losses) {
            Inputs run = inputs;
            run.learningRate = learningRate;
            if (loss) run.loss = *loss;
            Sheet sheet(run, iterations);
            sheet.runToEnd();
            curves.push_back(
                {learningRate, measure(sheet), sheet.divergedAt(), loss, sheet.stoppedAtUncomputableCell()});
        }
    }
    return curves;
}

// The `losses` of sweepRuns: the inputs' own loss only, or every loss (kAllLosses) in turn.
inline const std::vector<std::optional<Loss>> kOwnLossOnly{std::nullopt};
inline const std::vector<std::optional<Loss>> kEveryLoss(kAllLosses.begin(), kAllLosses.end());

} // namespace bplab

#pragma once

#include "core/mnist/train_types.h"

#include <limits>
#include <string>

namespace bplab {

// A run has diverged when a batch's loss is not finite, or when the loss's moving average grows past
// this factor times the lowest average the run has reached: a loss that climbed a thousandfold does
// not come back, and every batch more only spoils the weights further.
inline constexpr double kDivergenceGrowthFactor = 1e3;

// Watches a run's batch losses for divergence. Plain arithmetic, so it is tested without a model.
class DivergenceWatch {
public:
    // Feeds the next batch's loss; true when the run has diverged with it.
    bool diverged(double batchLoss);

private:
    // Weight of the newest batch in the moving average (about the last ten batches count): one noisy
    // batch is no divergence.
    static constexpr double kSmoothing = 0.1;
    // The lowest average is taken as at least this: a run that fits its batches almost perfectly
    // (loss 1e-5) must not "diverge" on one ordinary batch.
    static constexpr double kSmallestReference = 1e-2;

    double m_average = std::numeric_limits<double>::quiet_NaN();
    double m_lowest = std::numeric_limits<double>::infinity();
};

// "diverged at epoch 2, batch 37 (η = 10)": the chart's marker and the progress line.
std::string divergenceHeadline(const Divergence& divergence);
// The headline, then ": the training loss became nan; the weights are back at the end of epoch 1,
// the last finite state". The window and the command line both say it this way.
std::string describeDivergence(const Divergence& divergence);

// A tenth of the rate that diverged: what Resume offers next.
double smallerLearningRate(const Divergence& divergence);

} // namespace bplab

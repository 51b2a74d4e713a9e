#pragma once

namespace bplab {

// The one-cycle learning-rate schedule (as PyTorch's OneCycleLR with cosine annealing), a plain
// function so a test can check it at chosen steps: from peak/25 up to `peak` over the first 30 % of
// the `totalSteps`, then down to peak/25e4 along a cosine. `step` counts from 0; steps past the end
// stay at the final rate.
double oneCycleRate(double peak, long long step, long long totalSteps);

} // namespace bplab

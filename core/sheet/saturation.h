#pragma once

#include "core/sheet/backprop_sheet.h"

#include <array>
#include <vector>

namespace bplab {

// Why learning slows down, stops or explodes, one iteration at a time: each neuron's activation
// derivative f′(net) (every gradient through that unit is multiplied by it, so f′ → 0 starves it:
// a saturated sigmoid or tanh, a ReLU whose input stays negative) and the length of the whole
// gradient, over every learned parameter.
struct SaturationPoint {
    int iteration = 0;
    // f′(net) of h1, h2, o1, o2 with the sheet's activation (σ′ = a·(1 − a), tanh′ = 1 − a², ReLU 0
    // or 1, identity 1).
    std::array<double, 4> slope{};
    // ‖∂E/∂θ‖ = √(Σ ∂E/∂wk² (+ ∂E/∂b1² + ∂E/∂b2² when the biases are learned)).
    double gradientNorm = 0.0;
    double loss = 0.0; // E_total of the row, for the chart's loss beside it
};

// The neurons in SaturationPoint::slope's order, as the sheet names them.
inline constexpr std::array<const char*, 4> kSaturationNeurons{"h1", "h2", "o1", "o2"};

// One point per row whose gradient is fully evaluated, from iteration 0 on.
std::vector<SaturationPoint> saturationCurve(const BackpropSheet& sheet);

} // namespace bplab

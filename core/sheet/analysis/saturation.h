#pragma once

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_sheet.h"

#include <array>
#include <string>
#include <vector>

namespace bplab {

// Why learning slows down, stops or explodes, one iteration at a time: each neuron's activation
// derivative f′(net) (every gradient through that unit is multiplied by it, so f′ → 0 starves it:
// a saturated sigmoid or tanh, a ReLU whose input stays negative) and the length of the whole
// gradient, over every learned parameter.
struct SaturationPoint {
    int iteration = 0;
    // f′(net) of each neuron with its layer's activation (σ′ = a·(1 − a), tanh′ = 1 − a², ReLU 0 or 1,
    // identity 1): the seed's h1, h2, o1, o2; an own network's units in saturationUnits' order.
    std::vector<double> slope;
    // ‖∂E/∂θ‖ = √(Σ ∂E/∂wk² (+ ∂E/∂b1² + ∂E/∂b2² when the biases are learned)): every learned
    // parameter's partial in the row.
    double gradientNorm = 0.0;
    double loss = 0.0; // E_total of the row, for the chart's loss beside it
};

// The neurons in SaturationPoint::slope's order, as the sheet names them.
inline constexpr std::array<const char*, 4> kSaturationNeurons{"h1", "h2", "o1", "o2"};

// One point per row whose gradient is fully evaluated, from iteration 0 on.
std::vector<SaturationPoint> saturationCurve(const BackpropSheet& sheet);

// A hidden or output unit of an own network, as SaturationPoint::slope lists them: layer by layer
// from the first hidden one, unit by unit.
struct SaturationUnit {
    int layer = 1;     // 1 … L (L = the outputs)
    int unit = 0;      // 0-based
    std::string label; // the network's name of its net input, "z²₁" (f′ is read at z)
    Activation activation = Activation::Sigmoid; // of its layer
};
std::vector<SaturationUnit> saturationUnits(const NetworkSpec& spec);

// An own network's curve, one point per row whose gradient is fully evaluated. A step of several
// examples has a z per unit per example: a unit's slope is the mean of f′(z) over the row's examples,
// the average factor its gradients are multiplied by (0 only when the unit is saturated, or a dead
// ReLU, on every example of the step).
std::vector<SaturationPoint> saturationCurve(const NetworkSheet& sheet);

// The mean of a point's slopes over the units of `layer` (a layer's one curve where a network has too
// many units to draw each).
double meanSlopeOfLayer(const SaturationPoint& point, const std::vector<SaturationUnit>& units, int layer);

} // namespace bplab

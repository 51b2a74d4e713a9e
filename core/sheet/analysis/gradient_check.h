#pragma once

#include <string>
#include <vector>

namespace bplab {

class BackpropSheet;

// One analytic partial next to its numerical estimate.
struct GradientCheckEntry {
    std::string parameter; // "w1".."w8", "b1", "b2"; an own network's labels "w²₁₂", "b²₁", "b²"
    double analytic = 0.0; // ∂E/∂parameter from the sheet's chain-rule cell
    double numeric = 0.0;  // central difference (E(p + h) − E(p − h)) / 2h, h = kGradientCheckStep
    double relativeError = 0.0; // |analytic − numeric| / max(|analytic|, |numeric|), 0 when both are 0
    bool agrees = true;         // relativeError < kGradientCheckTolerance (or both tiny)
};

inline constexpr double kGradientCheckStep = 1e-5;
inline constexpr double kGradientCheckTolerance = 1e-6;

// The rule every gradient check applies: the entry of `parameter` with its relative error, agreeing when
// that is below kGradientCheckTolerance or both values are too small for it to mean anything.
GradientCheckEntry compareGradient(std::string parameter, double analytic, double numeric);

// Whether iteration `iteration` of the sheet has all its partials evaluated (what checkGradients needs).
bool gradientsComputed(const BackpropSheet& sheet, int iteration);

// Checks the partials of one evaluated iteration of the sheet (the eight weights, and b1, b2 when
// biases are learned) against central differences of E_total, recomputing the forward pass with that
// row's weights and biases. Throws std::out_of_range if the row's partials have not been evaluated yet.
std::vector<GradientCheckEntry> checkGradients(const BackpropSheet& sheet, int iteration);

} // namespace bplab

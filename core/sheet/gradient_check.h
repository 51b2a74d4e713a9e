#pragma once

#include <array>

namespace bplab {

class BackpropSheet;

// One analytic partial next to its numerical estimate.
struct GradientCheckEntry {
    double analytic = 0.0;      // ∂E/∂w from the sheet's chain-rule cell
    double numeric = 0.0;       // central difference (E(w + h) − E(w − h)) / 2h, h = kGradientCheckStep
    double relativeError = 0.0; // |analytic − numeric| / max(|analytic|, |numeric|), 0 when both are 0
    bool agrees = true;         // relativeError < kGradientCheckTolerance (or both tiny)
};

inline constexpr double kGradientCheckStep = 1e-5;
inline constexpr double kGradientCheckTolerance = 1e-6;

// Checks the eight partials of one evaluated iteration of the sheet against central differences of
// E_total, recomputing the forward pass with that row's weights. Throws std::out_of_range if the
// row's partials have not been evaluated yet.
std::array<GradientCheckEntry, 8> checkGradients(const BackpropSheet& sheet, int iteration);

} // namespace bplab

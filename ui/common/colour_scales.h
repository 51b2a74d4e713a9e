#pragma once

#include <QColor>

namespace bplab::ui {

// Viridis: dark violet (low) through teal to yellow (high). Perceptually uniform, so equal steps of
// E_total look like equal steps of colour, it reads in grey print, and it is colour-blind safe.
// `fraction` is clamped to [0, 1].
QColor viridis(double fraction);

// Blue (negative) through white (0) to red (positive), for signed values such as weights and
// gradients: `signedFraction` is the value over the largest magnitude shown, clamped to [-1, 1]
// (NaN: white). Symmetric, so the sign reads at a glance and 0 is always white.
QColor diverging(double signedFraction);

} // namespace bplab::ui

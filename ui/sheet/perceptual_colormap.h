#pragma once

#include <QColor>

namespace bplab::ui {

// Viridis: dark violet (low) through teal to yellow (high). Perceptually uniform, so equal steps of
// E_total look like equal steps of colour, it reads in grey print, and it is colour-blind safe.
// `fraction` is clamped to [0, 1].
QColor viridis(double fraction);

} // namespace bplab::ui

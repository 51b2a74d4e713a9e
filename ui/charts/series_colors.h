#pragma once

#include <QColor>

namespace bplab::ui {

// Distinguishable colours for overlaid series (Okabe–Ito, colour-blind safe), cycling after seven.
QColor seriesColor(int index);

} // namespace bplab::ui

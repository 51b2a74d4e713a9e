#pragma once

class QChart;
class QPalette;

namespace bplab::ui {

// Colours a chart's card, title, axes, grid and legend text from a palette, so a chart matches a
// light or dark window. Series keep their own colours (they carry meaning: a run, a stage). Axes
// added later are coloured on the next call; ChartWidget calls it on show and on every palette change.
void applyChartPalette(QChart* chart, const QPalette& palette);

} // namespace bplab::ui

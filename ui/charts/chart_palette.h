#pragma once

class QChart;
class QPalette;

namespace bplab::ui {

// Colours a chart's card, title, axes, grid and legend text from a palette, so a chart matches a
// light or dark window; a legend inside the plot (detached) gets a box of the card's colour, a
// little transparent, so the curves stay visible behind it. Series keep their own colours (they
// carry meaning: a run, a stage). Axes added later are coloured on the next call; ChartWidget calls
// it on show, on every palette change and on every new plot area.
void applyChartPalette(QChart* chart, const QPalette& palette);

// While a picture of the chart is rendered (chart_export.cpp), the chart keeps the light palette
// whatever the window's, also when the new size lays it out again.
void setChartExporting(QChart* chart, bool exporting);
bool isChartExporting(const QChart* chart);

} // namespace bplab::ui

#pragma once

#include "core/mnist/lr_range_test.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace bplab::ui {

class LrRangeChart;

// What the window's dialog and `backprop-lab lr-find --chart` both show of a range test, written once.

// A rate as the dialog, the chart and the command line show it: 3 significant digits ("0.0412", "1e-05"),
// with `locale`'s decimal mark (the command line passes the C locale).
QString rateText(double rate, const QLocale& locale = QLocale());

// Adds `points` (rate, loss, smoothed loss) to the chart's curves.
void appendRangePoints(LrRangeChart& chart, const std::vector<LrRangePoint>& points);

// Points (when `withPoints`; the dialog streams them in itself) and the steepest, blow-up and
// suggestion marks of `result` on `chart`.
void drawRangeTest(LrRangeChart& chart, const LrRangeResult& result, bool withPoints = true);

// One paragraph: the lowest point, the steepest descent, the blow-up and the suggestion with its rule.
// Needs a result with a minimum (not cancelled). Numbers in `locale`: the window's, or the C locale of
// the command line.
QString rangeTestSummary(const LrRangeResult& result, const LrRangeSettings& settings,
                         const QLocale& locale = QLocale());

} // namespace bplab::ui

#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QChartView;

namespace bplab::ui {

// Renders a chart view at exactly `size` pixels (device-pixel-ratio 1), independent of its size on
// screen: the view is laid out at that size for the rendering and restored afterwards.
QImage renderChart(QChartView* view, QSize size);

// Writes the chart as PNG or SVG (chosen by the file's suffix: .svg, else PNG). Writes through a
// temporary file so a failed write never leaves a broken file. Returns false with a sentence in `error`.
bool exportChart(QChartView* view, const QString& path, QSize size, QString* error);

} // namespace bplab::ui

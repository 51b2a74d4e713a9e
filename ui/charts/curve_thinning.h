#pragma once

#include <QList>
#include <QPointF>

namespace bplab::ui {

// Above this many points a curve is thinned before it reaches Qt Charts, which draws every point.
inline constexpr qsizetype kMaxDrawnPoints = 4000;

// Keeps the lowest and highest point of each bucket, in order, so at most about kMaxDrawnPoints remain:
// a chart a few thousand pixels wide looks the same, and an oscillating curve keeps its envelope
// (every k-th point would alias it). The last point always stays.
QList<QPointF> thinned(const QList<QPointF>& points);

} // namespace bplab::ui

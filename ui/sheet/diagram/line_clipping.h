#pragma once

#include <QLineF>
#include <QRectF>

namespace bplab::ui {

// How much of `line` lies inside `box`, in pixels (Liang–Barsky clipping): the diagrams keep a label off
// the edges it would cover.
double lengthInside(const QLineF& line, const QRectF& box);

} // namespace bplab::ui

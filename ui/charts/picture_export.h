#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace bplab::ui {

// Draws a picture at `size` pixels into a painter (a widget's own paint code, called off screen).
using PicturePainter = std::function<void(QPainter& painter, QSize size)>;

// Writes what `paint` draws as PNG when the path ends in .png, or SVG when it ends in .svg (any other
// name is refused with a sentence), at `size` pixels (within the chart export limits), through a
// temporary file; false with a sentence in `error`. exportChart draws a chart through it; the sheet's
// views use it directly.
bool exportPicture(const PicturePainter& paint, const QString& path, QSize size, QString* error);

} // namespace bplab::ui

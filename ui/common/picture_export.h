#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace bplab::ui {

// Draws a picture of `size` pixels with `painter` (the painter of an image or an SVG generator).
using PicturePainter = std::function<void(QPainter& painter, QSize size)>;

// The export of a drawn picture, whatever draws it: checks the size against the export limits
// (kMinChartExportSide..kMaxChartExportSide), paints SVG for a path ending in .svg and PNG otherwise
// (on white, antialiased, device-pixel-ratio 1), and writes the file atomically. False with a sentence
// in `error`. `title` names the SVG document.
bool exportPicture(const QString& path, QSize size, const QString& title, const PicturePainter& paint,
                   QString* error);

} // namespace bplab::ui

#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QWidget;

namespace bplab::ui {

// Writes an image of `size` pixels to `path`; false with a sentence in `error` (e.g. a chart's
// exportImage).
using ImageExporter = std::function<bool(const QString& path, QSize size, QString* error)>;

// The tabs' "Export chart…" flow: asks for a path and a size with ExportChartDialog (starting from
// `defaultFileName` in the last export folder, at the last size), exports through `exportTo`, and on
// success remembers the folder and size in AppSettings. Returns the status sentence to show ("Chart
// saved to …" or the error with advice), or an empty string when the user cancelled.
QString askAndExportChart(QWidget* parent, const QString& defaultFileName, const ImageExporter& exportTo);

} // namespace bplab::ui

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
// `defaultFileName` in the last export folder, at the last size and colours), exports through `exportTo`
// (in the colours asked for: see ScopedPictureLook), and on success remembers the folder, size and
// colours in AppSettings. A refusal (the exporter's sentence saying why and
// what to do) shows in the dialog, which stays open with what was typed. Returns the status sentence to
// show ("Chart saved to …."), or an empty string when the user cancelled.
QString askAndExportChart(QWidget* parent, const QString& defaultFileName, const ImageExporter& exportTo);

// Writes a file to `path`; false with a sentence in `error`.
using FileSaver = std::function<bool(const QString& path, QString* error)>;

// The tabs' "Save …" / "Export … as CSV" flow: asks for a path with a save dialog (starting from
// `defaultFileName` in the last export folder), saves through `save`, and on success remembers the
// folder. Returns `savedMessage` with the path for %1, the error with advice, or an empty string when
// the user cancelled.
QString askAndSaveFile(QWidget* parent, const QString& title, const QString& defaultFileName,
                       const QString& filter, const FileSaver& save, const QString& savedMessage);

} // namespace bplab::ui

#pragma once

#include "ui/sheet/exports/sheet_workbook_export.h"

#include <QString>

#include <functional>

class QWidget;

namespace bplab::ui {

// An export that reports its rows: given the progress callback to pass on and where to put its sentence.
using WorkbookJob = std::function<bool(const WorkbookProgress& progress, QString* error)>;

// Runs `job` in a worker thread while a window-modal progress dialog counts the `rows` it writes and
// offers Cancel: a long run (100,000 rows take tens of seconds) keeps the window painting and lets the
// user give up. The job must work on its own copy of the sheet. Returns what the job returned, with its
// sentence (or "Export cancelled…") in `error`.
bool runWorkbookExport(QWidget* parent, int rows, const WorkbookJob& job, QString* error);

} // namespace bplab::ui

#pragma once

#include <QString>

#include <functional>

namespace bplab {
class BackpropSheet;
class NetworkSheet;
struct SheetWorkbook;
} // namespace bplab

namespace bplab::ui {

// *File › Export as spreadsheet…* and `sheet --xlsx FILE`: the run as an .xlsx workbook of live
// formulas (core/sheet/workbook). The workbook is built in a temporary folder, then moved into place
// by writeFileAtomically, so a missing or read-only folder or a full disk leaves no half-written file
// and gets the sentence every export gives. Returns false with that sentence in `error`.
// `progress`, when given, is told the rows written so far (from whichever thread writes) and cancels
// the export by returning false: then nothing is written and `error` says so.
using WorkbookProgress = std::function<bool(int rowsWritten)>;
bool exportSeedWorkbook(const BackpropSheet& sheet, const QString& path, QString* error,
                        const WorkbookProgress& progress = {});
bool exportNetworkWorkbook(const NetworkSheet& sheet, const QString& path, QString* error,
                           const WorkbookProgress& progress = {});

} // namespace bplab::ui

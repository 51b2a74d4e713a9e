#pragma once

#include "core/sheet/workbook/sheet_workbook.h"

#include <stdexcept>
#include <string>

namespace bplab {

// The worksheet that holds the sheet; the loss chart has a chart sheet of its own after it.
inline constexpr const char* kWorkbookSheetName = "Backprop sheet";
inline constexpr const char* kWorkbookChartName = "Loss chart";

// The file itself could not be created or saved (a full or read-only disk); other failures are
// std::runtime_error.
class WorkbookFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// SheetWorkbook::keepGoing said stop: the file is incomplete and should be removed.
class WorkbookCancelled : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes `workbook` as an .xlsx file at `path` through libxlsxwriter (the only code that includes
// it). The first worksheet holds, from the top: the title, the stop message, the parameter block (a
// row of defined names over a row of values), the training set (a network's), then the table: a
// frozen header with the CSV's column names (each computed column's symbolic formula as a comment),
// one row per started iteration. Every table cell is a formula, a given one reading the parameter
// block, the training set or the row before, a computed one reading exactly its precedents
// (spreadsheetFormula), with the engine's value cached (none where it is not finite or not
// evaluated: the spreadsheet shows what it computes there). A chart sheet plots E_total.
// Throws WorkbookFileError, or std::runtime_error with the library's reason for anything else; the caller
// writes to a temporary file and moves it into place (a failed write leaves nothing half-written).
void writeSheetWorkbook(const SheetWorkbook& workbook, const std::string& path);

} // namespace bplab

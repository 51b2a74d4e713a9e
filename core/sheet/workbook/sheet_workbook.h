#pragma once

#include "core/sheet/sheet_engine.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace bplab {

class BackpropSheet;
class NetworkSheet;

// A value the workbook's parameter block holds: an input, a target, η, a starting weight or bias.
struct WorkbookParameter {
    std::string name;  // the defined name formulas read it by: "eta", "w_5" (spreadsheetName)
    std::string label; // as the app shows it: "η", "w5", "w²₁₂"
    double value = 0.0;
};

// What a given (not computed) quantity of a row reads in the workbook.
struct GivenSource {
    enum class Kind {
        Parameter,   // a value of the parameter block: `index` into SheetWorkbook::parameters
        PreviousRow, // a cell of the row before: `index` is its quantity (w5′ for w5)
        Example      // the training-set block: example `index`, field `field` (its inputs, then targets)
    };
    Kind kind = Kind::Parameter;
    int index = 0;
    int field = 0;
};

// Everything a spreadsheet of a run needs beyond what SheetEngine says, for either engine: which
// values are parameters, which come from the training set, how a row continues the one before, and
// the cells' formula templates. Built by seedWorkbook or networkWorkbook; read by the writer
// (sheet_workbook_writer.h), which follows the engine's cell list and so needs no change for a new
// architecture.
struct SheetWorkbook {
    const SheetEngine* engine = nullptr;
    std::string title;     // what the run computes, e.g. "2-2-1 sigmoid network, 4 examples, η = 2"
    std::string message;   // why the run stopped early (stopMessage), written above everything else
    int quantityCount = 0; // quantities 0 … quantityCount − 1 are the engine's (templates name them by id)
    std::vector<WorkbookParameter> parameters;
    // The training set, when its examples are a block of their own (a network's); the seed's one
    // example is among the parameters (i1, i2, t1, t2).
    std::vector<std::string> exampleFields; // "x1", "x2", "t1"
    std::vector<std::vector<double>> examples;
    // The table's quantities, in the order of the CSV's columns (after "iteration", and "examples"
    // when examplesOfRow is set).
    std::vector<int> columns;
    std::function<std::string(int row)> examplesOfRow; // the CSV's "examples" column: "1 2 3 4"
    std::function<const std::string&(int cell)> templateOfCell;
    std::function<GivenSource(int row, int quantity)> sourceOf;
    // Told the rows written so far, every few rows and once all are: false cancels the write
    // (WorkbookCancelled). May be empty.
    std::function<bool(int rowsWritten)> keepGoing;
    // The creation time the file states, in seconds since 1970; 0: now. A fixed time makes the same
    // run give the same bytes (SOURCE_DATE_EPOCH, as reproducible builds set it).
    std::int64_t createdAt = 0;
    // Background of each Stage's cells as 0xRRGGBB (the app's tints on white), by Stage's order.
    std::array<std::uint32_t, 6> stageFills{0xffffff, 0xffffff, 0xffffff, 0xffffff, 0xffffff, 0xffffff};
};

// "Diverged at iteration k: …" or "Stopped at iteration k: …" for a run that stopped early, else empty.
std::string stopMessage(const SheetEngine& engine);

// The workbook of the seed's 2-2-2 sheet: parameters i1, i2, t1, t2, η, w1..w8 (and b1, b2 when it
// uses biases), the columns of writeSheetCsv. `sheet` must outlive the result.
SheetWorkbook seedWorkbook(const BackpropSheet& sheet, std::string title);
// The workbook of any small network: parameters η and the starting weights and biases, the training
// set as a block, the columns of writeNetworkCsv. `sheet` must outlive the result.
SheetWorkbook networkWorkbook(const NetworkSheet& sheet, std::string title);

} // namespace bplab

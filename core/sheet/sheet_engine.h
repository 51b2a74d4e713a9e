#pragma once

#include "core/sheet/run_stop.h"
#include "core/sheet/sheet_cells.h"

#include <optional>
#include <string>
#include <vector>

namespace bplab {

// Where the sheet's cursor stands: the cell evaluated last.
struct CellPosition {
    int iteration = 0; // row, 0 = the forward pass with the starting weights
    int cell = 0;      // index into the sheet's cells, i.e. evaluation order
    friend bool operator==(const CellPosition& a, const CellPosition& b) {
        return a.iteration == b.iteration && a.cell == b.cell;
    }
};

// What one step produced, for a view to show.
struct CellSnapshot {
    CellPosition position;
    int quantity = 0; // index of the quantity in a row
    double value = 0.0;
    std::string formula;            // symbolic, e.g. "w1 − η·∂E/∂w1"
    std::string formulaWithNumbers; // e.g. "0.15 − 0.5·0.0004" (no result)
};

// A sheet as the window reads and steps it, whichever network it computes: the seed's 2-2-2
// (BackpropSheet, whose names w1..w8 a student knows) or any small network (NetworkSheet). Rows are
// gradient-descent steps; a row holds one value per quantity; cells are the computed quantities in
// evaluation order; a cursor counts the cells evaluated so far. What differs (the inputs a sheet is
// built from) stays with each sheet.
class SheetEngine {
public:
    virtual ~SheetEngine() = default;

    // ---- what was typed, beyond the network's own values ----
    virtual double learningRate() const = 0;
    // Both validate (std::invalid_argument with a sentence; nothing changes then) and recompute up to
    // the cursor.
    virtual void setLearningRate(double learningRate) = 0;
    virtual int iterationLimit() const = 0;
    virtual void setIterationLimit(int iterations) = 0;
    // The most iterations the window offers for this sheet: each slider step recomputes every row.
    virtual int maxInteractiveIterations() const = 0;

    // ---- cursor ----
    // Evaluates the next cell. Returns nothing when the run is complete or has stopped.
    virtual std::optional<CellSnapshot> stepCell() = 0;
    // Evaluates up to the end of the current iteration (or the next one if the current is complete).
    virtual void stepIteration() = 0;
    // Evaluates until `iterations` rows are complete (clamped to the limit) or the run stops.
    virtual void runTo(int iterations) = 0;
    void runToEnd() { runTo(iterationLimit()); }
    // Back to iteration 0 with no cell evaluated.
    virtual void reset() = 0;

    virtual bool atEnd() const = 0;
    virtual const RunStop& runStop() const = 0;
    std::optional<int> divergedAt() const { return runStop().iteration; }
    // Why the run stopped early, in English for files and the command line; empty while it has not.
    std::string stopReason() const { return englishStopReason(runStop()); }
    // Whether the run stopped at a cell that cannot be computed (rather than at a non-finite value).
    bool stoppedAtUncomputableCell() const { return runStop().uncomputable(); }
    virtual std::optional<CellPosition> currentPosition() const = 0; // the cell evaluated last, if any
    virtual long long evaluatedCellCount() const = 0;
    int completedIterations() const { return static_cast<int>(evaluatedCellCount() / cellCount()); }

    // ---- reading ----
    virtual int cellCount() const = 0;
    // The quantities a table shows, in order.
    virtual std::vector<int> columns() const = 0;
    // Rows that have been started; each holds its given values, and NaN in cells not yet evaluated.
    virtual int rowCount() const = 0;
    virtual double value(int iteration, int quantity) const = 0;
    virtual bool isEvaluated(int iteration, int cell) const = 0;
    // Index of the cell computing `quantity`, or -1 for a given value.
    virtual int cellOfQuantity(int quantity) const = 0;
    virtual int quantityOfCell(int cell) const = 0;
    // The quantities a cell reads, in order of first appearance in its formula.
    virtual const std::vector<int>& precedentsOfCell(int cell) const = 0;
    // A short "why" for the formula bar; may be empty.
    virtual const std::string& noteOfCell(int cell) const = 0;
    // How a student reads a quantity ("∂E/∂w5", "a²₁[3]"), its stable id ("dE_dw5", "a2_1@3"), its stage.
    virtual const std::string& labelOf(int quantity) const = 0;
    virtual const std::string& idOf(int quantity) const = 0;
    virtual Stage stageOf(int quantity) const = 0;
    // For a weight or learned bias, the quantity of its update (w1′ for w1), which the next row starts
    // from; -1 for any other quantity.
    virtual int updateOf(int quantity) const = 0;
    // A weight or learned bias: given in row 0, the update of the row before in every later row.
    bool isCarriedParameter(int quantity) const { return updateOf(quantity) >= 0; }
    // A bias, learned or not (the formula bar words a given bias differently from a weight).
    virtual bool isBias(int quantity) const = 0;
    virtual bool learnsBiases() const = 0;

    virtual std::string formula(int cell) const = 0;
    virtual std::string formulaWithNumbers(int iteration, int cell) const = 0;
    CellSnapshot snapshot(CellPosition position) const;

    // E_total of every row whose loss has been evaluated.
    virtual std::vector<double> lossCurve() const = 0;
};

} // namespace bplab

#pragma once

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_cells.h"
#include "core/sheet/network/network_spec.h"

#include <optional>
#include <string>
#include <vector>

namespace bplab {

// Any small network of the sheet as a spreadsheet, the general counterpart of BackpropSheet (whose
// public API it mirrors, so a view drives either the same way): one row of cells per gradient-descent
// step, evaluated one cell at a time in the explicit order of NetworkCells. Row s uses the examples
// examplesOfRow(s) and starts from row s − 1's updated parameters. A cursor says how many cells have
// been evaluated; stepping moves it, and an edit recomputes every cell up to it.
//
// A value that becomes ±inf or NaN stops the run ("diverged at iteration k"); a cross-entropy loss of an
// output at 0 or 1 stops it before it is evaluated, as in BackpropSheet. Rows are kept in one flat
// array (row r's value of quantity q at r·quantityCount() + q), and evaluating a row allocates nothing.
class NetworkSheet {
public:
    static constexpr int kDefaultIterationLimit = BackpropSheet::kDefaultIterationLimit;
    static constexpr int kMaxIterationLimit = BackpropSheet::kMaxIterationLimit;
    // A run keeps every value of every row (the table shows them all): at most this many, 400 MB.
    // A large network's rows are long (4-6-6-6-4 with 16 examples: about 1,700 values), so it gets
    // fewer iterations than kMaxIterationLimit rather than gigabytes.
    static constexpr long long kMaxStoredValues = 50'000'000;
    // The most iterations a run of `spec` may have: kMaxIterationLimit, or fewer where its rows would
    // pass kMaxStoredValues. The spec's sizes must be usable (networkProblems empty).
    static int maxIterationsFor(const NetworkSpec& spec);

    // Throws std::invalid_argument with the spec's first problem (networkProblems), or for a limit
    // outside 1..maxIterationsFor(spec).
    explicit NetworkSheet(NetworkSpec spec = seedNetwork(), int iterationLimit = kDefaultIterationLimit);

    const NetworkSpec& spec() const { return m_spec; }
    // These validate (std::invalid_argument with the first problem, a spec whose rows would not fit the
    // iteration limit included; nothing changes then) and recompute up to the current cursor.
    void setSpec(const NetworkSpec& spec);
    void setLearningRate(double learningRate);

    int iterationLimit() const { return m_iterationLimit; }
    void setIterationLimit(int iterations);

    // ---- cursor ----
    std::optional<CellSnapshot> stepCell();
    void stepIteration();
    void runTo(int iterations);
    void runToEnd() { runTo(m_iterationLimit); }
    void reset();

    bool atEnd() const;
    std::optional<int> divergedAt() const { return m_divergedAt; }
    const std::string& stopReason() const { return m_stopReason; }
    bool stoppedAtUncomputableCell() const { return m_uncomputable; }
    std::optional<CellPosition> currentPosition() const;
    long long evaluatedCellCount() const { return m_evaluated; }
    int completedIterations() const { return static_cast<int>(m_evaluated / cellCount()); }

    // ---- reading ----
    const NetworkCells& layout() const { return m_cells; }
    const NetworkQuantities& quantities() const { return m_cells.quantities(); }
    const std::vector<NetworkCell>& cells() const { return m_cells.cells(); }
    int cellCount() const { return static_cast<int>(m_cells.cells().size()); }
    int quantityCount() const { return m_cells.quantityCount(); }
    // What a table shows, in order: the row's parameters, its examples' inputs and targets, then every
    // computed cell's quantity (every quantity but η, which is the same in every row).
    std::vector<int> columns() const;
    int rowCount() const { return m_rowCount; }
    // Row `iteration`'s values, one per quantity; NaN in cells not yet evaluated.
    const double* row(int iteration) const;
    std::vector<double> rowValues(int iteration) const;
    double value(int iteration, int quantity) const { return row(iteration)[quantity]; }
    bool isEvaluated(int iteration, int cell) const;
    int cellOfQuantity(int quantity) const { return m_cells.cellOfQuantity(quantity); }
    // The examples (indices into spec().data.examples) row `iteration` uses, in slot order.
    std::vector<int> examplesOfRow(int iteration) const { return examplesOfStep(m_spec, iteration); }

    std::string formula(int cell) const;
    std::string formulaWithNumbers(int iteration, int cell) const;
    CellSnapshot snapshot(CellPosition position) const;

    // E_total of every row whose loss has been evaluated: the loss of the examples that step used,
    // before its update.
    std::vector<double> lossCurve() const;

private:
    // Starts row m_rowCount from the row before; `markUnevaluated` sets its cells to NaN first (the
    // run's hot path skips that and marks only what is left when it stops).
    void startRow(bool markUnevaluated);
    // Evaluates cells [from, to) of a started row; false when the run stopped.
    bool evaluateCells(int iteration, int from, int to);
    void stop(int iteration, int firstUnevaluatedCell, std::string reason);
    CellPosition evaluateNextCell();
    void recomputeTo(long long evaluatedCells);
    long long cursorTarget() const;

    NetworkSpec m_spec;
    int m_iterationLimit;
    NetworkCells m_cells;
    std::vector<double> m_firstRow; // η, the starting parameters, NaN elsewhere: what every row starts from
    std::vector<double> m_values;   // rowCount() rows of quantityCount() values (and room for more)
    int m_rowCount = 0;
    long long m_evaluated = 0;
    std::optional<int> m_divergedAt;
    std::string m_stopReason;
    bool m_uncomputable = false;
};

} // namespace bplab

#pragma once

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_cells.h"
#include "core/sheet/network/network_spec.h"

#include <optional>
#include <string>
#include <vector>

namespace bplab {

// Any small network of the sheet as a spreadsheet, the general counterpart of BackpropSheet (whose
// SheetEngine interface it shares, so a view drives either the same way): one row of cells per
// gradient-descent step, evaluated one cell at a time in the explicit order of NetworkCells. Row s uses the
// examples examplesOfRow(s) and starts from row s − 1's updated parameters. A cursor says how many cells have
// been evaluated; stepping moves it, and an edit recomputes every cell up to it.
//
// A value that becomes ±inf or NaN stops the run ("diverged at iteration k"); a cross-entropy loss of an
// output at 0 or 1 stops it before it is evaluated, as in BackpropSheet. Rows are kept in one flat
// array (row r's value of quantity q at r·quantityCount() + q), and evaluating a row allocates nothing.
class NetworkSheet final : public SheetEngine {
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
    void setLearningRate(double learningRate) override;
    double learningRate() const override { return m_spec.learningRate; }
    // Each slider step recomputes every row. The benchmark (tests/benchmarks/network_sheet_benchmark.cpp)
    // recomputes 1.7 million values (4-6-6-6-4, 16 examples, 1,000 rows) in about 9 ms on 2 cores, so the
    // window offers as many rows as hold kInteractiveValues: near 16 ms (at least 100, at most the seed's
    // 100,000).
    static constexpr long long kInteractiveValues = 3'000'000;
    int maxInteractiveIterations() const override;

    int iterationLimit() const override { return m_iterationLimit; }
    void setIterationLimit(int iterations) override;

    // ---- cursor ----
    std::optional<CellSnapshot> stepCell() override;
    void stepIteration() override;
    void runTo(int iterations) override;
    void reset() override;

    bool atEnd() const override;
    const RunStop& runStop() const override { return m_stop; }
    std::optional<CellPosition> currentPosition() const override;
    long long evaluatedCellCount() const override { return m_evaluated; }

    // ---- reading ----
    const NetworkCells& layout() const { return m_cells; }
    const NetworkQuantities& quantities() const { return m_cells.quantities(); }
    const std::vector<NetworkCell>& cells() const { return m_cells.cells(); }
    int cellCount() const override { return static_cast<int>(m_cells.cells().size()); }
    int quantityCount() const { return m_cells.quantityCount(); }
    // What a table shows, in order: the row's parameters, its examples' inputs and targets, then every
    // computed cell's quantity (every quantity but η, which is the same in every row).
    std::vector<int> columns() const override;
    int rowCount() const override { return m_rowCount; }
    // Row `iteration`'s values, one per quantity; NaN in cells not yet evaluated.
    const double* row(int iteration) const;
    std::vector<double> rowValues(int iteration) const;
    double value(int iteration, int quantity) const override { return row(iteration)[quantity]; }
    bool isEvaluated(int iteration, int cell) const override;
    int cellOfQuantity(int quantity) const override { return m_cells.cellOfQuantity(quantity); }
    int quantityOfCell(int cell) const override {
        return cells().at(static_cast<std::size_t>(cell)).quantity;
    }
    const std::vector<int>& precedentsOfCell(int cell) const override {
        return cells().at(static_cast<std::size_t>(cell)).dependencies;
    }
    const std::string& noteOfCell(int cell) const override {
        return cells().at(static_cast<std::size_t>(cell)).note;
    }
    const std::string& labelOf(int quantity) const override { return quantities()[quantity].label; }
    const std::string& idOf(int quantity) const override { return quantities()[quantity].id; }
    Stage stageOf(int quantity) const override { return quantities()[quantity].stage; }
    int updateOf(int quantity) const override;
    bool isBias(int quantity) const override;
    bool learnsBiases() const override { return m_spec.learnBiases && m_spec.biasMode != BiasMode::None; }
    // The examples (indices into spec().data.examples) row `iteration` uses, in slot order.
    std::vector<int> examplesOfRow(int iteration) const { return examplesOfStep(m_spec, iteration); }

    std::string formula(int cell) const override;
    std::string formulaWithNumbers(int iteration, int cell) const override;

    // E_total of every row whose loss has been evaluated: the loss of the examples that step used,
    // before its update.
    std::vector<double> lossCurve() const override;

private:
    // Starts row m_rowCount from the row before; `markUnevaluated` sets its cells to NaN first (the
    // run's hot path skips that and marks only what is left when it stops).
    void startRow(bool markUnevaluated);
    // Evaluates cells [from, to) of a started row; false when the run stopped.
    bool evaluateCells(int iteration, int from, int to);
    void stop(int iteration, int firstUnevaluatedCell, std::optional<LossRefusal> refusal);
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
    RunStop m_stop;
};

// NetworkSheet::maxInteractiveIterations() of a sheet of `spec`, before there is one: what the window
// offers when the network changes. The spec's sizes must be usable (networkProblems empty).
int maxInteractiveIterationsFor(const NetworkSpec& spec);
// What sheet.maxInteractiveIterations() will be after sheet.setSpec(spec). Builds no cells when the spec
// keeps the sheet's quantities (an edit of η, a weight or the data): a drag of η asks on every step.
int maxInteractiveIterationsAfter(const NetworkSheet& sheet, const NetworkSpec& spec);

} // namespace bplab

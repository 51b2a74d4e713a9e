#pragma once

#include "core/sheet/sheet_cells.h"
#include "core/sheet/sheet_engine.h"
#include "core/sheet/sheet_inputs.h"

#include <optional>
#include <string>
#include <vector>

namespace bplab {

// The 2-2-2 network as a spreadsheet: one row of cells per gradient-descent iteration, evaluated one
// cell at a time in an explicit order. Row k+1 starts from row k's updated weights. A cursor says how
// many cells have been evaluated; stepping moves it, and changing an input recomputes every cell up to
// the cursor, so what is shown always follows from what was typed.
//
// When a value becomes ±inf or NaN the run is "diverged at iteration k" and stops there: the sheet
// never steps past a non-finite value. A cell that cannot be computed at all (cross-entropy of an
// output at 0 or 1) stops the run the same way before it is evaluated, so it is left empty rather
// than NaN; stopReason() says why in a sentence.
class BackpropSheet final : public SheetEngine {
public:
    static constexpr int kDefaultIterationLimit = 100;
    static constexpr int kMaxIterationLimit = 1'000'000; // the engine's and the command line's limit
    // The window recomputes every row (and the compare mode every rate) on each slider step: about
    // 6 ms per 10,000 iterations, so it stops at 100,000 to stay interactive.
    static constexpr int kMaxInteractiveIterations = 100'000;

    explicit BackpropSheet(SheetInputs inputs = {}, int iterationLimit = kDefaultIterationLimit);

    const SheetInputs& inputs() const { return m_inputs; }
    // These validate (std::invalid_argument on bad values) and recompute up to the current cursor.
    void setInputs(const SheetInputs& inputs);
    void setInputValue(std::string_view name, double value);
    void setLearningRate(double learningRate) override;
    void setActivation(Activation activation);
    void setLoss(Loss loss);

    // How many iterations (rows) a run has at most; 1..kMaxIterationLimit.
    int iterationLimit() const override { return m_iterationLimit; }
    void setIterationLimit(int iterations) override;
    double learningRate() const override { return m_inputs.learningRate; }
    int maxInteractiveIterations() const override { return kMaxInteractiveIterations; }

    // ---- cursor ----
    // Evaluates the next cell. Returns nothing when the run is complete or has diverged.
    std::optional<CellSnapshot> stepCell() override;
    // Evaluates up to the end of the current iteration (or the next one if the current is complete).
    void stepIteration() override;
    // Evaluates until `iterations` rows are complete (clamped to the limit) or the run diverges.
    void runTo(int iterations) override;
    // Back to iteration 0 with no cell evaluated.
    void reset() override;

    bool atEnd() const override;
    const RunStop& runStop() const override { return m_stop; }
    // Why the run stopped early, as a sentence ("a value became infinite or NaN", or why a cell
    // cannot be computed); empty while it has not.
    std::optional<CellPosition> currentPosition() const override; // the cell evaluated last, if any
    long long evaluatedCellCount() const override { return m_evaluated; }

    // ---- reading ----
    const std::vector<CellSpec>& cells() const { return m_cells; }
    // Cells per iteration: 27, or 31 when biases are learned.
    int cellCount() const override { return static_cast<int>(m_cells.size()); }
    // The quantities a table of this sheet shows, in order: the row's weights (and biases when the
    // inputs use them), then every computed cell's quantity. The seed sheet's 35 columns without biases.
    std::vector<int> columns() const override;
    // Rows that have been started; each holds its given values, and NaN in cells not yet evaluated.
    int rowCount() const override { return static_cast<int>(m_rows.size()); }
    const RowValues& row(int iteration) const { return m_rows.at(static_cast<std::size_t>(iteration)); }
    double value(int iteration, int quantity) const override {
        return row(iteration)[static_cast<std::size_t>(quantity)];
    }
    bool isEvaluated(int iteration, int cell) const override;
    // Index into cells() of the cell computing `quantity`, or -1 for a given value (or a quantity this
    // sheet does not compute, such as ∂E/∂b1 when biases are not learned).
    int cellOfQuantity(int quantity) const override;
    int quantityOfCell(int cell) const override {
        return m_cells.at(static_cast<std::size_t>(cell)).quantity;
    }
    const std::vector<int>& precedentsOfCell(int cell) const override {
        return m_cells.at(static_cast<std::size_t>(cell)).dependencies;
    }
    const std::string& noteOfCell(int cell) const override {
        return m_cells.at(static_cast<std::size_t>(cell)).note;
    }
    const std::string& labelOf(int quantity) const override;
    const std::string& idOf(int quantity) const override;
    Stage stageOf(int quantity) const override;
    // w1′..w8′ for w1..w8, and b1′, b2′ for b1, b2 when learned.
    int updateOf(int quantity) const override;
    bool isBias(int quantity) const override { return quantity == quantity::b1 || quantity == quantity::b2; }
    bool learnsBiases() const override { return m_inputs.learnBiases; }

    std::string formula(int cell) const override;
    std::string formulaWithNumbers(int iteration, int cell) const override;

    // E_total of every row whose loss has been evaluated.
    std::vector<double> lossCurve() const override;

private:
    RowValues startRow(const RowValues* previous) const;
    void setCells(std::vector<CellSpec> cells);
    // Evaluates the cell under the cursor (starting a new row when needed); callers check atEnd().
    CellPosition evaluateNextCell();
    void recomputeTo(long long evaluatedCells);
    long long cursorTarget() const; // how many cells an edit recomputes

    SheetInputs m_inputs;
    int m_iterationLimit;
    std::vector<CellSpec> m_cells;
    std::array<int, kQuantityCount> m_cellOfQuantity{};
    std::vector<RowValues> m_rows;
    long long m_evaluated = 0; // cells evaluated so far over all rows; the cursor
    RunStop m_stop;
};

} // namespace bplab

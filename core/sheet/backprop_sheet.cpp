#include "core/sheet/backprop_sheet.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace bplab {

namespace {
void checkIterationLimit(int iterations) {
    if (iterations < 1 || iterations > BackpropSheet::kMaxIterationLimit) {
        throw std::invalid_argument("the number of iterations must be between 1 and " +
                                    std::to_string(BackpropSheet::kMaxIterationLimit));
    }
}
} // namespace

BackpropSheet::BackpropSheet(SheetInputs inputs, int iterationLimit)
    : m_inputs(inputs)
    , m_iterationLimit(iterationLimit)
    , m_cells(buildCells(inputs.activation)) {
    validate(m_inputs);
    checkIterationLimit(iterationLimit);
}

void BackpropSheet::setInputs(const SheetInputs& inputs) {
    validate(inputs);
    const bool activationChanged = inputs.activation != m_inputs.activation;
    m_inputs = inputs;
    if (activationChanged) {
        m_cells = buildCells(inputs.activation);
    }
    recomputeTo(m_evaluated);
}

void BackpropSheet::setInputValue(std::string_view name, double value) {
    SheetInputs changed = m_inputs;
    bplab::setInputValue(changed, name, value);
    setInputs(changed);
}

void BackpropSheet::setLearningRate(double learningRate) { setInputValue("eta", learningRate); }

void BackpropSheet::setActivation(Activation activation) {
    SheetInputs changed = m_inputs;
    changed.activation = activation;
    setInputs(changed);
}

void BackpropSheet::setIterationLimit(int iterations) {
    checkIterationLimit(iterations);
    m_iterationLimit = iterations;
    const long long maxCells = static_cast<long long>(iterations) * kCellCount;
    recomputeTo(m_evaluated < maxCells ? m_evaluated : maxCells);
}

RowValues BackpropSheet::startRow(const std::array<double, 8>& weights) const {
    RowValues values;
    values.fill(std::numeric_limits<double>::quiet_NaN());
    values[quantity::i1] = m_inputs.i1;
    values[quantity::i2] = m_inputs.i2;
    values[quantity::t1] = m_inputs.t1;
    values[quantity::t2] = m_inputs.t2;
    values[quantity::eta] = m_inputs.learningRate;
    for (std::size_t k = 0; k < weights.size(); ++k) {
        values[quantity::w1 + k] = weights[k];
    }
    return values;
}

CellPosition BackpropSheet::evaluateNextCell() {
    const int iteration = static_cast<int>(m_evaluated / kCellCount);
    const int cell = static_cast<int>(m_evaluated % kCellCount);
    if (cell == 0) {
        // A new row starts from the previous row's updated weights (or the initial ones).
        std::array<double, 8> weights = m_inputs.weights;
        if (iteration > 0) {
            const RowValues& previous = m_rows.back();
            for (std::size_t k = 0; k < weights.size(); ++k) {
                weights[k] = previous[quantity::w1_new + k];
            }
        }
        m_rows.push_back(startRow(weights));
    }
    const CellSpec& spec = m_cells[static_cast<std::size_t>(cell)];
    RowValues& values = m_rows.back();
    const double value = spec.evaluate(values);
    values[static_cast<std::size_t>(spec.quantity)] = value;
    ++m_evaluated;
    if (!std::isfinite(value)) {
        m_divergedAt = iteration;
    }
    return {iteration, cell};
}

std::optional<CellSnapshot> BackpropSheet::stepCell() {
    if (atEnd()) {
        return std::nullopt;
    }
    return snapshot(evaluateNextCell());
}

void BackpropSheet::stepIteration() {
    // Always evaluate at least one cell, then stop at the next row boundary.
    do {
        if (atEnd()) return;
        evaluateNextCell();
    } while (m_evaluated % kCellCount != 0);
}

void BackpropSheet::runTo(int iterations) {
    const int target = iterations < m_iterationLimit ? iterations : m_iterationLimit;
    const long long targetCells = static_cast<long long>(target) * kCellCount;
    // The hot path of a slider drag: numbers only, no formula strings.
    while (m_evaluated < targetCells && !m_divergedAt) {
        evaluateNextCell();
    }
}

void BackpropSheet::reset() {
    m_rows.clear();
    m_evaluated = 0;
    m_divergedAt.reset();
}

void BackpropSheet::recomputeTo(long long evaluatedCells) {
    reset();
    const int fullRows = static_cast<int>(evaluatedCells / kCellCount);
    runTo(fullRows);
    while (m_evaluated < evaluatedCells && !atEnd()) {
        evaluateNextCell();
    }
}

bool BackpropSheet::atEnd() const {
    return m_divergedAt.has_value() || m_evaluated >= static_cast<long long>(m_iterationLimit) * kCellCount;
}

std::optional<CellPosition> BackpropSheet::currentPosition() const {
    if (m_evaluated == 0) return std::nullopt;
    const long long last = m_evaluated - 1;
    return CellPosition{static_cast<int>(last / kCellCount), static_cast<int>(last % kCellCount)};
}

bool BackpropSheet::isEvaluated(int iteration, int cell) const {
    return static_cast<long long>(iteration) * kCellCount + cell < m_evaluated;
}

int BackpropSheet::cellOfQuantity(int quantity) const {
    const int cell = quantity - kGivenCount;
    return cell >= 0 && cell < kCellCount ? cell : -1;
}

std::string BackpropSheet::formula(int cell) const {
    const CellSpec& spec = m_cells.at(static_cast<std::size_t>(cell));
    return renderFormula(spec.formulaTemplate, RowValues{}, FormulaStyle::Symbols);
}

std::string BackpropSheet::formulaWithNumbers(int iteration, int cell) const {
    const CellSpec& spec = m_cells.at(static_cast<std::size_t>(cell));
    return renderFormula(spec.formulaTemplate, row(iteration), FormulaStyle::Numbers);
}

CellSnapshot BackpropSheet::snapshot(CellPosition position) const {
    const CellSpec& spec = m_cells.at(static_cast<std::size_t>(position.cell));
    CellSnapshot result;
    result.position = position;
    result.quantity = spec.quantity;
    result.value = row(position.iteration)[static_cast<std::size_t>(spec.quantity)];
    result.formula = formula(position.cell);
    result.formulaWithNumbers = formulaWithNumbers(position.iteration, position.cell);
    return result;
}

std::vector<double> BackpropSheet::lossCurve() const {
    std::vector<double> losses;
    losses.reserve(m_rows.size());
    const int lossCell = cellOfQuantity(quantity::E_total);
    for (int r = 0; r < rowCount(); ++r) {
        if (!isEvaluated(r, lossCell)) break;
        losses.push_back(m_rows[static_cast<std::size_t>(r)][quantity::E_total]);
    }
    return losses;
}

} // namespace bplab

#include "core/sheet/backprop_sheet.h"

#include <array>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace bplab {

namespace {
void checkSeedIterationLimit(int iterations) {
    if (iterations < 1 || iterations > BackpropSheet::kMaxIterationLimit) {
        throw std::invalid_argument("the number of iterations must be between 1 and " +
                                    std::to_string(BackpropSheet::kMaxIterationLimit));
    }
}
// Whether two inputs give cells with different formulas (not just different numbers).
bool sameCells(const SheetInputs& a, const SheetInputs& b) {
    return a.activation == b.activation && a.loss == b.loss && a.usesBiases() == b.usesBiases() &&
           a.learnBiases == b.learnBiases;
}
} // namespace

BackpropSheet::BackpropSheet(SheetInputs inputs, int iterationLimit)
    : m_inputs(inputs)
    , m_iterationLimit(iterationLimit) {
    validate(m_inputs);
    checkSeedIterationLimit(iterationLimit);
    setCells(buildCells(inputs));
}

void BackpropSheet::setCells(std::vector<CellSpec> cells) {
    m_cells = std::move(cells);
    m_cellOfQuantity.fill(-1);
    for (std::size_t c = 0; c < m_cells.size(); ++c) {
        m_cellOfQuantity[static_cast<std::size_t>(m_cells[c].quantity)] = static_cast<int>(c);
    }
}

void BackpropSheet::setInputs(const SheetInputs& inputs) {
    validate(inputs);
    long long evaluated = cursorTarget();
    if (!sameCells(inputs, m_inputs)) {
        // Rows get more or fewer cells (learned biases): keep the cursor's iteration, and in its row
        // the longest run of new cells whose quantities were all evaluated before, so nothing appears
        // evaluated that the student never stepped through.
        const long long oldCount = cellCount();
        const long long inRow = evaluated % oldCount;
        std::array<bool, kQuantityCount> done{};
        for (long long c = 0; c < inRow; ++c)
            done[static_cast<std::size_t>(m_cells[static_cast<std::size_t>(c)].quantity)] = true;
        setCells(buildCells(inputs));
        long long kept = 0;
        while (kept < cellCount() &&
               done[static_cast<std::size_t>(m_cells[static_cast<std::size_t>(kept)].quantity)])
            ++kept;
        evaluated = evaluated / oldCount * cellCount() + kept;
    }
    m_inputs = inputs;
    recomputeTo(evaluated);
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

void BackpropSheet::setLoss(Loss loss) {
    SheetInputs changed = m_inputs;
    changed.loss = loss;
    setInputs(changed);
}

void BackpropSheet::setIterationLimit(int iterations) {
    checkSeedIterationLimit(iterations);
    m_iterationLimit = iterations;
    const long long maxCells = static_cast<long long>(iterations) * cellCount();
    recomputeTo(cursorTarget() < maxCells ? cursorTarget() : maxCells);
}

RowValues BackpropSheet::startRow(const RowValues* previous) const {
    using namespace quantity;
    RowValues values;
    values.fill(std::numeric_limits<double>::quiet_NaN());
    values[i1] = m_inputs.i1;
    values[i2] = m_inputs.i2;
    values[t1] = m_inputs.t1;
    values[t2] = m_inputs.t2;
    values[eta] = m_inputs.learningRate;
    // A row starts from the previous row's updated weights (or the initial ones); biases too when
    // they are learned, else they stay as typed.
    for (std::size_t k = 0; k < 8; ++k) {
        values[w1 + k] = previous ? (*previous)[w1_new + k] : m_inputs.weights[k];
    }
    const bool learned = previous && m_inputs.learnBiases;
    values[b1] = learned ? (*previous)[b1_new] : m_inputs.b1;
    values[b2] = learned ? (*previous)[b2_new] : m_inputs.b2;
    return values;
}

CellPosition BackpropSheet::evaluateNextCell() {
    const int iteration = static_cast<int>(m_evaluated / cellCount());
    const int cell = static_cast<int>(m_evaluated % cellCount());
    if (cell == 0) {
        m_rows.push_back(startRow(iteration > 0 ? &m_rows.back() : nullptr));
    }
    const CellSpec& spec = m_cells[static_cast<std::size_t>(cell)];
    RowValues& values = m_rows.back();
    if (spec.refusal) {
        if (std::optional<LossRefusal> refusal = spec.refusal(values)) {
            // Not evaluated: the cell stays empty and the cursor stays on the cell before it.
            m_stop.iteration = iteration;
            m_stop.refusal = std::move(refusal);
            return {iteration, cell - 1};
        }
    }
    const double value = spec.evaluate(values);
    values[static_cast<std::size_t>(spec.quantity)] = value;
    ++m_evaluated;
    if (!std::isfinite(value)) {
        m_stop.iteration = iteration;
    }
    return {iteration, cell};
}

std::optional<CellSnapshot> BackpropSheet::stepCell() {
    if (atEnd()) {
        return std::nullopt;
    }
    const CellPosition position = evaluateNextCell();
    if (m_stop.uncomputable()) return std::nullopt; // the cell was refused: nothing new to show
    return snapshot(position);
}

void BackpropSheet::stepIteration() {
    // Always evaluate at least one cell, then stop at the next row boundary.
    do {
        if (atEnd()) return;
        evaluateNextCell();
    } while (m_evaluated % cellCount() != 0);
}

void BackpropSheet::runTo(int iterations) {
    const int target = iterations < m_iterationLimit ? iterations : m_iterationLimit;
    const long long targetCells = static_cast<long long>(target) * cellCount();
    // The hot path of a slider drag: numbers only, no formula strings.
    while (m_evaluated < targetCells && !m_stop.iteration) {
        evaluateNextCell();
    }
}

void BackpropSheet::reset() {
    m_rows.clear();
    m_evaluated = 0;
    m_stop.iteration.reset();
    m_stop.refusal.reset();
}

long long BackpropSheet::cursorTarget() const {
    // A refused cell was tried but not counted: an edit tries it again, as it recomputes a cell that
    // became non-finite.
    return m_stop.uncomputable() ? m_evaluated + 1 : m_evaluated;
}

void BackpropSheet::recomputeTo(long long evaluatedCells) {
    reset();
    const int fullRows = static_cast<int>(evaluatedCells / cellCount());
    runTo(fullRows);
    while (m_evaluated < evaluatedCells && !atEnd()) {
        evaluateNextCell();
    }
}

bool BackpropSheet::atEnd() const {
    return m_stop.iteration.has_value() ||
           m_evaluated >= static_cast<long long>(m_iterationLimit) * cellCount();
}

std::optional<CellPosition> BackpropSheet::currentPosition() const {
    if (m_evaluated == 0) return std::nullopt;
    const long long last = m_evaluated - 1;
    return CellPosition{static_cast<int>(last / cellCount()), static_cast<int>(last % cellCount())};
}

bool BackpropSheet::isEvaluated(int iteration, int cell) const {
    return cell >= 0 && cell < cellCount() &&
           static_cast<long long>(iteration) * cellCount() + cell < m_evaluated;
}

int BackpropSheet::cellOfQuantity(int quantity) const {
    return quantity >= 0 && quantity < kQuantityCount ? m_cellOfQuantity[static_cast<std::size_t>(quantity)]
                                                      : -1;
}

std::vector<int> BackpropSheet::columns() const {
    std::vector<int> list;
    list.reserve(kQuantityCount);
    for (int k = 0; k < 8; ++k) list.push_back(quantity::w1 + k);
    if (m_inputs.usesBiases()) list.insert(list.end(), {quantity::b1, quantity::b2});
    for (int q = kGivenCount; q < kQuantityCount; ++q) {
        if (cellOfQuantity(q) >= 0) list.push_back(q);
    }
    return list;
}

std::string BackpropSheet::formula(int cell) const {
    const CellSpec& spec = m_cells.at(static_cast<std::size_t>(cell));
    return renderFormula(spec.formulaTemplate, RowValues{}, FormulaStyle::Symbols);
}

std::string BackpropSheet::formulaWithNumbers(int iteration, int cell) const {
    const CellSpec& spec = m_cells.at(static_cast<std::size_t>(cell));
    return renderFormula(spec.formulaTemplate, row(iteration), FormulaStyle::Numbers);
}

const std::string& BackpropSheet::labelOf(int quantity) const {
    return quantities().at(static_cast<std::size_t>(quantity)).label;
}

const std::string& BackpropSheet::idOf(int quantity) const {
    return quantities().at(static_cast<std::size_t>(quantity)).id;
}

Stage BackpropSheet::stageOf(int quantity) const {
    return quantities().at(static_cast<std::size_t>(quantity)).stage;
}

int BackpropSheet::updateOf(int quantity) const {
    if (quantity >= quantity::w1 && quantity < quantity::w1 + 8)
        return quantity::w1_new + (quantity - quantity::w1);
    if (m_inputs.learnBiases && isBias(quantity)) return quantity::b1_new + (quantity - quantity::b1);
    return -1;
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

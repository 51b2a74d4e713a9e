#include "core/sheet/network/network_sheet.h"

#include "core/sheet/network/network_formula.h"
#include "core/sheet/vector_index.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

namespace bplab {

namespace {

int maxIterationsForRowsOf(int quantityCount) {
    const long long fitting = NetworkSheet::kMaxStoredValues / std::max(1, quantityCount);
    return static_cast<int>(std::clamp<long long>(fitting, 1, NetworkSheet::kMaxIterationLimit));
}

void checkNetworkIterationLimit(int iterations, int quantityCount) {
    if (iterations < 1 || iterations > NetworkSheet::kMaxIterationLimit) {
        throw std::invalid_argument("the number of iterations must be between 1 and " +
                                    std::to_string(NetworkSheet::kMaxIterationLimit));
    }
    const int fitting = maxIterationsForRowsOf(quantityCount);
    if (iterations > fitting) {
        throw std::invalid_argument("this network keeps " + std::to_string(quantityCount) +
                                    " values per iteration, so a run may have at most " +
                                    std::to_string(fitting) + " iterations (not " +
                                    std::to_string(iterations) +
                                    "): ask for fewer, or use fewer units or examples per step");
    }
}

// Whether two specs give the same quantities and formulas (not just different numbers).
bool sameNetworkCells(const NetworkSpec& a, const NetworkSpec& b) {
    return a.layers == b.layers && a.activations == b.activations && a.biasMode == b.biasMode &&
           a.learnBiases == b.learnBiases && a.loss == b.loss && a.reduction == b.reduction &&
           a.examplesPerStep() == b.examplesPerStep();
}

// η and the starting weights and biases in their places, NaN everywhere else.
std::vector<double> firstRowOf(const NetworkSpec& spec, const NetworkCells& cells) {
    std::vector<double> row(at(cells.quantityCount()), std::numeric_limits<double>::quiet_NaN());
    const NetworkIndex& index = cells.index();
    row[at(index.eta)] = spec.learningRate;
    for (int l = 1; l <= spec.lastLayer(); ++l) {
        const auto& weights = spec.weights[at(l - 1)];
        for (std::size_t j = 0; j < weights.size(); ++j) {
            for (std::size_t k = 0; k < weights[j].size(); ++k)
                row[at(index.weight[at(l)][j][k])] = weights[j][k];
        }
        for (std::size_t b = 0; b < index.bias[at(l)].size(); ++b) {
            row[at(index.bias[at(l)][b])] = spec.biases[at(l - 1)][b];
        }
    }
    return row;
}

} // namespace

int NetworkSheet::maxIterationsFor(const NetworkSpec& spec) {
    return maxIterationsForRowsOf(NetworkCells(spec).quantityCount());
}

NetworkSheet::NetworkSheet(NetworkSpec spec, int iterationLimit)
    : m_spec((validate(spec), std::move(spec)))
    , m_iterationLimit(iterationLimit)
    , m_cells(m_spec)
    , m_firstRow(firstRowOf(m_spec, m_cells)) {
    checkNetworkIterationLimit(iterationLimit, quantityCount());
}

void NetworkSheet::setSpec(const NetworkSpec& spec) {
    validate(spec);
    long long evaluated = cursorTarget();
    if (!sameNetworkCells(spec, m_spec)) {
        // Other quantities: keep the cursor's iteration, and in its row the longest run of new cells
        // whose quantities (by id) were evaluated before, so nothing appears evaluated that the
        // student never stepped through.
        NetworkCells cells(spec);
        checkNetworkIterationLimit(m_iterationLimit, cells.quantityCount()); // before anything changes
        const long long oldCount = cellCount();
        const long long inRow = evaluated % oldCount;
        std::set<std::string> done;
        for (long long c = 0; c < inRow; ++c) done.insert(quantities()[m_cells.cells()[at(c)].quantity].id);
        long long kept = 0;
        while (kept < static_cast<long long>(cells.cells().size()) &&
               done.count(cells.quantities()[cells.cells()[at(kept)].quantity].id) > 0) {
            ++kept;
        }
        evaluated = evaluated / oldCount * static_cast<long long>(cells.cells().size()) + kept;
        m_cells = std::move(cells);
        m_values.clear(); // rows of another length
    }
    m_spec = spec;
    m_firstRow = firstRowOf(m_spec, m_cells);
    recomputeTo(evaluated);
}

void NetworkSheet::setLearningRate(double learningRate) {
    NetworkSpec changed = m_spec;
    changed.learningRate = learningRate;
    setSpec(changed);
}

void NetworkSheet::setIterationLimit(int iterations) {
    checkNetworkIterationLimit(iterations, quantityCount());
    m_iterationLimit = iterations;
    const long long maxCells = static_cast<long long>(iterations) * cellCount();
    recomputeTo(std::min(cursorTarget(), maxCells));
}

void NetworkSheet::startRow(bool markUnevaluated) {
    const std::size_t stride = at(quantityCount());
    const std::size_t given = at(m_cells.givenCount());
    const int r = m_rowCount;
    if (m_values.size() < at(r + 1) * stride) m_values.resize(at(r + 1) * stride);
    double* values = m_values.data() + at(r) * stride;
    std::copy(m_firstRow.begin(), m_firstRow.begin() + static_cast<std::ptrdiff_t>(given), values);
    if (markUnevaluated) std::fill(values + given, values + stride, std::numeric_limits<double>::quiet_NaN());
    // A row starts from the previous row's updated weights (and learned biases).
    if (r > 0) {
        const double* previous = values - stride;
        for (const auto& [parameter, updated] : m_cells.carriedParameters()) {
            values[parameter] = previous[updated];
        }
    }
    const NetworkIndex& index = m_cells.index();
    for (int s = 0; s < m_cells.slots(); ++s) {
        const TrainingExample& example = m_spec.data.examples[at(exampleOfStep(m_spec, r, s))];
        const std::vector<int>& inputs = index.a[0][at(s)];
        const std::vector<int>& targets = index.target[at(s)];
        for (std::size_t j = 0; j < inputs.size(); ++j) values[inputs[j]] = example.inputs[j];
        for (std::size_t j = 0; j < targets.size(); ++j) values[targets[j]] = example.targets[j];
    }
    ++m_rowCount;
}

bool NetworkSheet::evaluateCells(int iteration, int from, int to) {
    double* values = m_values.data() + at(iteration) * at(quantityCount());
    const NetworkCells::RunResult result = m_cells.run(values, from, to);
    m_evaluated += result.evaluated;
    const int stoppedAt = from + result.evaluated; // the first cell not evaluated
    if (result.refused) {
        // Not evaluated: the cell stays empty and the cursor stays on the cell before it.
        stop(iteration, stoppedAt, m_cells.refusal(m_cells.program()[at(stoppedAt)], values));
        return false;
    }
    if (stoppedAt < to ||
        (result.evaluated > 0 && !std::isfinite(values[m_cells.program()[at(stoppedAt - 1)].quantity]))) {
        stop(iteration, stoppedAt, std::nullopt);
        return false;
    }
    return true;
}

void NetworkSheet::stop(int iteration, int firstUnevaluatedCell, std::optional<LossRefusal> refusal) {
    m_stop.iteration = iteration;
    m_stop.refusal = std::move(refusal);
    // The run's hot path leaves a row's cells as they were until it evaluates them: mark the rest empty.
    double* values = m_values.data() + at(iteration) * at(quantityCount());
    std::fill(values + m_cells.givenCount() + firstUnevaluatedCell, values + quantityCount(),
              std::numeric_limits<double>::quiet_NaN());
}

CellPosition NetworkSheet::evaluateNextCell() {
    const int iteration = static_cast<int>(m_evaluated / cellCount());
    const int cell = static_cast<int>(m_evaluated % cellCount());
    if (cell == 0) startRow(/*markUnevaluated=*/true);
    evaluateCells(iteration, cell, cell + 1);
    return {iteration, m_stop.uncomputable() ? cell - 1 : cell};
}

std::optional<CellSnapshot> NetworkSheet::stepCell() {
    if (atEnd()) return std::nullopt;
    const CellPosition position = evaluateNextCell();
    if (m_stop.uncomputable()) return std::nullopt; // the cell was refused: nothing new to show
    return snapshot(position);
}

void NetworkSheet::stepIteration() {
    do {
        if (atEnd()) return;
        evaluateNextCell();
    } while (m_evaluated % cellCount() != 0);
}

void NetworkSheet::runTo(int iterations) {
    const int target = std::min(iterations, m_iterationLimit);
    if (m_stop.iteration || m_evaluated >= static_cast<long long>(target) * cellCount()) return;
    const std::size_t needed = at(target) * at(quantityCount());
    if (m_values.size() < needed) m_values.resize(needed);
    // Finish the row in progress, then whole rows: the hot path of a slider drag, numbers only, no
    // formula strings, no allocation.
    int iteration = static_cast<int>(m_evaluated / cellCount());
    const int cell = static_cast<int>(m_evaluated % cellCount());
    if (cell > 0 && !evaluateCells(iteration++, cell, cellCount())) return;
    for (; iteration < target; ++iteration) {
        startRow(/*markUnevaluated=*/false);
        if (!evaluateCells(iteration, 0, cellCount())) return;
    }
}

void NetworkSheet::reset() {
    m_rowCount = 0; // the rows' storage stays for the recompute that usually follows
    m_evaluated = 0;
    m_stop.iteration.reset();
    m_stop.refusal.reset();
}

long long NetworkSheet::cursorTarget() const { return m_stop.uncomputable() ? m_evaluated + 1 : m_evaluated; }

void NetworkSheet::recomputeTo(long long evaluatedCells) {
    reset();
    runTo(static_cast<int>(evaluatedCells / cellCount()));
    while (m_evaluated < evaluatedCells && !atEnd()) evaluateNextCell();
}

bool NetworkSheet::atEnd() const {
    return m_stop.iteration.has_value() ||
           m_evaluated >= static_cast<long long>(m_iterationLimit) * cellCount();
}

std::optional<CellPosition> NetworkSheet::currentPosition() const {
    if (m_evaluated == 0) return std::nullopt;
    const long long last = m_evaluated - 1;
    return CellPosition{static_cast<int>(last / cellCount()), static_cast<int>(last % cellCount())};
}

const double* NetworkSheet::row(int iteration) const {
    if (iteration < 0 || iteration >= m_rowCount) throw std::out_of_range("no such row of the sheet");
    return m_values.data() + at(iteration) * at(quantityCount());
}

std::vector<double> NetworkSheet::rowValues(int iteration) const {
    const double* values = row(iteration);
    return std::vector<double>(values, values + quantityCount());
}

bool NetworkSheet::isEvaluated(int iteration, int cell) const {
    return cell >= 0 && cell < cellCount() &&
           static_cast<long long>(iteration) * cellCount() + cell < m_evaluated;
}

std::vector<int> NetworkSheet::columns() const {
    std::vector<int> list;
    list.reserve(at(quantityCount()));
    for (int q = 0; q < quantityCount(); ++q) {
        if (q != m_cells.index().eta) list.push_back(q);
    }
    return list;
}

std::string NetworkSheet::formula(int cell) const {
    return renderNetworkFormula(cells().at(at(cell)).formulaTemplate, quantities(), nullptr,
                                FormulaStyle::Symbols);
}

std::string NetworkSheet::formulaWithNumbers(int iteration, int cell) const {
    return renderNetworkFormula(cells().at(at(cell)).formulaTemplate, quantities(), row(iteration),
                                FormulaStyle::Numbers);
}

namespace {
int maxInteractiveIterationsForRowsOf(int quantityCount) {
    const long long fitting = NetworkSheet::kInteractiveValues / quantityCount;
    return static_cast<int>(std::clamp<long long>(fitting, NetworkSheet::kDefaultIterationLimit,
                                                  BackpropSheet::kMaxInteractiveIterations));
}
} // namespace

int NetworkSheet::maxInteractiveIterations() const {
    return maxInteractiveIterationsForRowsOf(quantityCount());
}

int maxInteractiveIterationsAfter(const NetworkSheet& sheet, const NetworkSpec& spec) {
    return sameNetworkCells(spec, sheet.spec()) ? sheet.maxInteractiveIterations()
                                                : maxInteractiveIterationsFor(spec);
}

int maxInteractiveIterationsFor(const NetworkSpec& spec) {
    return maxInteractiveIterationsForRowsOf(NetworkCells(spec).quantityCount());
}

int NetworkSheet::updateOf(int quantity) const {
    for (const auto& [parameter, updated] : m_cells.carriedParameters())
        if (parameter == quantity) return updated;
    return -1;
}

bool NetworkSheet::isBias(int quantity) const { return quantities()[quantity].kind == QuantityKind::Bias; }

std::vector<double> NetworkSheet::lossCurve() const {
    std::vector<double> losses;
    losses.reserve(at(m_rowCount));
    const int total = m_cells.index().totalLoss;
    const int lossCell = cellOfQuantity(total);
    for (int r = 0; r < m_rowCount; ++r) {
        if (!isEvaluated(r, lossCell)) break;
        losses.push_back(value(r, total));
    }
    return losses;
}

} // namespace bplab

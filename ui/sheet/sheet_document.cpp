#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_messages.h"

#include <algorithm>
#include <stdexcept>

namespace bplab::ui {

SheetDocument::SheetDocument(QObject* parent)
    : QObject(parent) {
    // A student opens the app and sees the seed sheet already computed.
    m_sheet.runToEnd();
    m_selected = CellPosition{0, 0};
}

const SheetEngine& SheetDocument::engine() const {
    if (showsOwnNetwork()) return *m_network;
    return m_sheet;
}

SheetEngine& SheetDocument::activeEngine() {
    if (showsOwnNetwork()) return *m_network;
    return m_sheet;
}

std::string SheetDocument::selectedId() const {
    const SheetEngine& shown = engine();
    if (!m_selected || m_selected->cell < 0 || m_selected->cell >= shown.cellCount()) return {};
    return shown.idOf(shown.quantityOfCell(m_selected->cell));
}

std::optional<CellPosition> SheetDocument::cellFollowing(const std::optional<CellPosition>& selected,
                                                         const std::string& id) const {
    if (!selected) return selected;
    const SheetEngine& shown = engine();
    for (int cell = 0; cell < shown.cellCount(); ++cell) {
        if (shown.idOf(shown.quantityOfCell(cell)) == id) return CellPosition{selected->iteration, cell};
    }
    return CellPosition{selected->iteration, -1}; // gone: announceRecompute falls back to the cursor
}

bool SheetDocument::setInputs(const SheetInputs& inputs, QString* error) {
    if (inputs == m_sheet.inputs()) return true;
    // The selection follows its quantity: a row may gain or lose cells (learned biases).
    const std::string id = showsOwnNetwork() ? std::string() : selectedId();
    try {
        m_sheet.setInputs(inputs);
    } catch (const std::invalid_argument& e) {
        if (error) *error = SheetMessages::inputProblem(e);
        return false;
    }
    if (!showsOwnNetwork()) m_selected = cellFollowing(m_selected, id);
    announceRecompute();
    return true;
}

bool SheetDocument::setLearningRate(double learningRate, QString* error) {
    if (!showsOwnNetwork()) {
        SheetInputs inputs = m_sheet.inputs();
        inputs.learningRate = learningRate; // checked by the sheet, like every other value
        return setInputs(inputs, error);
    }
    NetworkSpec spec = m_network->spec();
    spec.learningRate = learningRate;
    return setNetwork(spec, error);
}

bool SheetDocument::setNetworkRun(const NetworkSpec& spec, int iterations, QString* error) {
    return setNetwork(spec, error) &&
           setIterationLimit(std::min(iterations, engine().maxInteractiveIterations()), error);
}

bool SheetDocument::setNetwork(const NetworkSpec& spec, QString* error) {
    const bool switching = !showsOwnNetwork();
    if (!switching && spec == m_network->spec()) return true;
    try {
        validate(spec); // before its cells are built: they need a usable spec
        // At most as many rows as stay interactive for its size: a grown network gets fewer.
        const int rows =
            m_network ? maxInteractiveIterationsAfter(*m_network, spec) : maxInteractiveIterationsFor(spec);
        if (!m_network) {
            // A new network starts computed, as the seed sheet does.
            NetworkSheet network(spec, std::min(m_sheet.iterationLimit(), rows));
            network.runToEnd();
            m_network.emplace(std::move(network));
        } else {
            const std::string id = switching ? std::string() : selectedId();
            if (m_network->iterationLimit() > rows) m_network->setIterationLimit(rows);
            m_network->setSpec(spec);
            if (!switching) m_selected = cellFollowing(m_selected, id);
        }
    } catch (const std::invalid_argument& e) {
        if (error) *error = SheetMessages::inputProblem(e);
        return false;
    }
    if (switching) {
        m_showsNetwork = true;
        m_selectedGiven.reset();
        m_selected = m_network->currentPosition();
        Q_EMIT shownSheetChanged(true);
    }
    announceRecompute();
    return true;
}

void SheetDocument::showSeedSheet() {
    if (!showsOwnNetwork()) return;
    m_showsNetwork = false;
    m_selectedGiven.reset();
    m_selected = m_sheet.currentPosition();
    Q_EMIT shownSheetChanged(false);
    announceRecompute();
}

bool SheetDocument::setIterationLimit(int iterations, QString* error) {
    SheetEngine& shown = activeEngine();
    if (iterations == shown.iterationLimit()) return true;
    const bool wasComplete = shown.atEnd() && !shown.divergedAt();
    const bool selectedAtCursor = m_selected && m_selected == shown.currentPosition();
    try {
        shown.setIterationLimit(iterations);
    } catch (const std::invalid_argument& e) {
        if (error) *error = SheetMessages::inputProblem(e);
        return false;
    }
    // A complete run stays complete when the user asks for more iterations, and a selection that was
    // the run's last cell stays the last cell.
    if (wasComplete) shown.runToEnd();
    if (wasComplete && selectedAtCursor) m_selected = shown.currentPosition();
    announceRecompute();
    return true;
}

void SheetDocument::announceRecompute() {
    // A selection beyond the recomputed rows (after a divergence, or fewer iterations), or a given
    // value that is no longer one (biases gone, or now learned), falls back to the cursor.
    const SheetEngine& shown = engine();
    if (m_selected && (m_selected->cell < 0 || !shown.isEvaluated(m_selected->iteration, m_selected->cell))) {
        m_selected = shown.currentPosition();
    }
    if (m_selectedGiven && !isGivenValue(*m_selectedGiven)) {
        m_selectedGiven.reset();
        m_selected = shown.currentPosition();
    }
    Q_EMIT inputsChanged();
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

void SheetDocument::stepCell() {
    activeEngine().stepCell();
    followCursor();
}

void SheetDocument::stepIteration() {
    activeEngine().stepIteration();
    followCursor();
}

void SheetDocument::runToEnd() {
    activeEngine().runToEnd();
    followCursor();
}

void SheetDocument::reset() {
    activeEngine().reset();
    followCursor();
}

void SheetDocument::select(CellPosition position) {
    if (!engine().isEvaluated(position.iteration, position.cell) || m_selected == position) return;
    m_selected = position;
    m_selectedGiven.reset();
    Q_EMIT selectionChanged();
}

void SheetDocument::selectGiven(GivenValue given) {
    if (!isGivenValue(given) || m_selectedGiven == given) return;
    m_selectedGiven = given;
    m_selected.reset();
    Q_EMIT selectionChanged();
}

bool SheetDocument::isGivenValue(GivenValue given) const {
    const SheetEngine& shown = engine();
    if (given.iteration < 0 || given.iteration >= shown.rowCount()) return false;
    const std::vector<int> columns = shown.columns();
    const bool isShown = std::find(columns.begin(), columns.end(), given.quantity) != columns.end();
    // A parameter of row k > 0 is the update of row k − 1, computed like any other cell.
    const bool updateOfRowBefore = given.iteration > 0 && shown.isCarriedParameter(given.quantity);
    return isShown && shown.cellOfQuantity(given.quantity) < 0 && !updateOfRowBefore;
}

void SheetDocument::followCursor() {
    m_selectedGiven.reset();
    m_selected = engine().currentPosition();
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

} // namespace bplab::ui

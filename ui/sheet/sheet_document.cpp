#include "ui/sheet/sheet_document.h"

#include <algorithm>
#include <stdexcept>

namespace bplab::ui {

SheetDocument::SheetDocument(QObject* parent)
    : QObject(parent) {
    // A student opens the app and sees the seed sheet already computed.
    m_sheet.runToEnd();
    m_selected = CellPosition{0, 0};
}

bool SheetDocument::setInputs(const SheetInputs& inputs, QString* error) {
    if (inputs == m_sheet.inputs()) return true;
    // The selection follows its quantity: a row may gain or lose cells (learned biases).
    const auto& cells = m_sheet.cells();
    const int selectedQuantity =
        m_selected && m_selected->cell >= 0 && static_cast<std::size_t>(m_selected->cell) < cells.size()
            ? cells[static_cast<std::size_t>(m_selected->cell)].quantity
            : -1;
    try {
        m_sheet.setInputs(inputs);
    } catch (const std::invalid_argument& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    if (m_selected) m_selected->cell = m_sheet.cellOfQuantity(selectedQuantity);
    announceRecompute();
    return true;
}

bool SheetDocument::setLearningRate(double learningRate, QString* error) {
    SheetInputs inputs = m_sheet.inputs();
    inputs.learningRate = learningRate; // checked by the sheet, like every other value
    return setInputs(inputs, error);
}

bool SheetDocument::setIterationLimit(int iterations, QString* error) {
    if (iterations == m_sheet.iterationLimit()) return true;
    const bool wasComplete = m_sheet.atEnd() && !m_sheet.divergedAt();
    try {
        m_sheet.setIterationLimit(iterations);
    } catch (const std::invalid_argument& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    // A complete run stays complete when the user asks for more iterations.
    if (wasComplete) m_sheet.runToEnd();
    announceRecompute();
    return true;
}

void SheetDocument::announceRecompute() {
    // A selection beyond the recomputed rows (after a divergence, or fewer iterations), or a given
    // value that is no longer one (biases gone, or now learned), falls back to the cursor.
    if (m_selected && !m_sheet.isEvaluated(m_selected->iteration, m_selected->cell)) {
        m_selected = m_sheet.currentPosition();
    }
    if (m_selectedGiven && !isGivenValue(*m_selectedGiven)) {
        m_selectedGiven.reset();
        m_selected = m_sheet.currentPosition();
    }
    Q_EMIT inputsChanged();
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

void SheetDocument::stepCell() {
    m_sheet.stepCell();
    followCursor();
}

void SheetDocument::stepIteration() {
    m_sheet.stepIteration();
    followCursor();
}

void SheetDocument::runToEnd() {
    m_sheet.runToEnd();
    followCursor();
}

void SheetDocument::reset() {
    m_sheet.reset();
    followCursor();
}

void SheetDocument::select(CellPosition position) {
    if (!m_sheet.isEvaluated(position.iteration, position.cell) || m_selected == position) return;
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
    if (given.iteration < 0 || given.iteration >= m_sheet.rowCount()) return false;
    const std::vector<int> columns = m_sheet.columns();
    const bool shown = std::find(columns.begin(), columns.end(), given.quantity) != columns.end();
    // A learned bias of row k > 0 is the update of row k − 1, computed like a weight of that row.
    const bool learned = m_sheet.inputs().learnBiases && given.iteration > 0 &&
                         (given.quantity == quantity::b1 || given.quantity == quantity::b2);
    const bool weightOfLaterRow =
        given.iteration > 0 && given.quantity >= quantity::w1 && given.quantity < quantity::w1 + 8;
    return shown && m_sheet.cellOfQuantity(given.quantity) < 0 && !learned && !weightOfLaterRow;
}

void SheetDocument::followCursor() {
    m_selectedGiven.reset();
    m_selected = m_sheet.currentPosition();
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

} // namespace bplab::ui

#include "ui/sheet/table/sheet_table_view.h"

#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/sheet_table_model.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPersistentModelIndex>

namespace bplab::ui {

SheetTableView::SheetTableView(SheetDocument* document, QWidget* parent)
    : QTableView(parent)
    , m_document(document)
    , m_model(new SheetTableModel(document, this)) {
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(false);
    // Wide enough for the longest text a cell shows, in the table's fixed font, with room for the style's
    // text margins and the grid line.
    horizontalHeader()->setDefaultSectionSize(
        QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
            .horizontalAdvance(SheetTableModel::widestCellText()) +
        14);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setToolTip(QString()); // cells carry their own tooltips with full precision and formula
    setAccessibleName(tr("Sheet"));
    setAccessibleDescription(
        tr("One row per iteration, one column per quantity; the formula bar explains the selected cell."));
    connect(this, &QTableView::clicked, this, &SheetTableView::selectClickedCell);
    // The cell the formula bar explains is marked by the model's colours; the view's own selection (a
    // clicked cell) goes when a step or an edit moves on, as it went when the model was reset.
    connect(document, &SheetDocument::changed, this, [this] { selectionModel()->clearSelection(); });
}

void SheetTableView::showCurrentCell() {
    const SheetEngine& sheet = m_document->engine();
    if (const auto position = sheet.currentPosition()) {
        const int quantity = sheet.quantityOfCell(position->cell);
        scrollTo(m_model->index(position->iteration, m_model->columnOfQuantity(quantity)));
    }
}

void SheetTableView::keyPressEvent(QKeyEvent* event) {
    const QPersistentModelIndex before = currentIndex();
    QTableView::keyPressEvent(event);
    // Only a move made by a key explains the new cell: the view also moves its current index by itself
    // (on focus, after a model reset), and that must not take the selection from the stepping cursor.
    // A navigation key explains where it lands even when the view's index was there already (Ctrl+Home
    // on the (0, 0) the view chose after a reset, while the formula bar explains a stepped cell).
    if (!currentIndex().isValid()) return;
    if (currentIndex() != before || isNavigationKey(event->key())) selectClickedCell(currentIndex());
}

QString SheetTableView::givenValueSentence(const SheetEngine& sheet, int quantity) const {
    const QString name = QString::fromStdString(sheet.labelOf(quantity));
    if (sheet.isBias(quantity) && !sheet.learnsBiases()) {
        return tr("%1 is a bias that is not learned: edit it in the values panel, or tick Learn biases.")
            .arg(name);
    }
    const bool parameter = sheet.isBias(quantity) || sheet.isCarriedParameter(quantity);
    if (parameter && m_document->showsOwnNetwork()) {
        return tr("%1 is a starting value: double-click it in row 0 to type another, or draw new ones under "
                  "Starting weights.")
            .arg(name);
    }
    if (sheet.isBias(quantity)) return tr("%1 is a starting bias: edit it in the values panel.").arg(name);
    if (sheet.isCarriedParameter(quantity))
        return tr("%1 is an initial weight: edit it in the values panel.").arg(name);
    return tr("%1 comes from the training set: edit it in the values panel.").arg(name);
}

bool SheetTableView::isNavigationKey(int key) {
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return true;
    default:
        return false;
    }
}

void SheetTableView::selectClickedCell(const QModelIndex& index) {
    const SheetEngine& sheet = m_document->engine();
    const int quantity = m_model->quantityOfColumn(index.column());
    int cell = sheet.cellOfQuantity(quantity);
    int iteration = index.row();
    if (cell < 0 && iteration > 0 && sheet.isCarriedParameter(quantity)) {
        // A weight (or learned bias) in row k was computed as the update of row k − 1: explain that.
        cell = sheet.cellOfQuantity(sheet.updateOf(quantity));
        iteration -= 1;
    }
    if (cell < 0) {
        // A given value has no formula, but the formula bar still says what it is (never the cell before).
        m_document->selectGiven({index.row(), quantity});
        Q_EMIT statusMessage(givenValueSentence(sheet, quantity));
        return;
    }
    if (!sheet.isEvaluated(iteration, cell)) {
        Q_EMIT statusMessage(tr("That cell is not computed yet: step on to compute it."));
        return;
    }
    m_document->select({iteration, cell});
}

} // namespace bplab::ui

#include "ui/sheet/sheet_table_view.h"

#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_table_model.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPersistentModelIndex>

namespace bplab::ui {

namespace {
// The quantity whose update produced a given parameter of the next row (w3 → w3′), or -1.
int updateOf(int quantity) {
    using namespace bplab::quantity;
    if (quantity >= w1 && quantity < w1 + 8) return w1_new + (quantity - w1);
    if (quantity == b1) return b1_new;
    if (quantity == b2) return b2_new;
    return -1;
}
} // namespace

SheetTableView::SheetTableView(SheetDocument* document, QWidget* parent)
    : QTableView(parent)
    , m_document(document)
    , m_model(new SheetTableModel(document, this)) {
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(false);
    // Wide enough for six significant digits with sign and exponent, in the table's fixed font.
    horizontalHeader()->setDefaultSectionSize(
        QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
            .horizontalAdvance(QStringLiteral("−0.00123456")) +
        14);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setToolTip(QString()); // cells carry their own tooltips with full precision and formula
    connect(this, &QTableView::clicked, this, &SheetTableView::selectClickedCell);
}

void SheetTableView::showCurrentCell() {
    const BackpropSheet& sheet = m_document->sheet();
    if (const auto position = sheet.currentPosition()) {
        const int quantity = sheet.cells()[static_cast<std::size_t>(position->cell)].quantity;
        scrollTo(m_model->index(position->iteration, m_model->columnOfQuantity(quantity)));
    }
}

void SheetTableView::keyPressEvent(QKeyEvent* event) {
    const QPersistentModelIndex before = currentIndex();
    QTableView::keyPressEvent(event);
    // Only a move made by a key explains the new cell: the view also moves its current index by itself
    // (on focus, after a model reset), and that must not take the selection from the stepping cursor.
    if (currentIndex().isValid() && currentIndex() != before) selectClickedCell(currentIndex());
}

void SheetTableView::selectClickedCell(const QModelIndex& index) {
    const BackpropSheet& sheet = m_document->sheet();
    const int quantity = m_model->quantityOfColumn(index.column());
    int cell = sheet.cellOfQuantity(quantity);
    int iteration = index.row();
    if (cell < 0 && iteration > 0) {
        // A weight (or learned bias) in row k was computed as the update of row k − 1: explain that.
        cell = sheet.cellOfQuantity(updateOf(quantity));
        iteration -= 1;
    }
    if (cell < 0) {
        const QString name = QString::fromStdString(quantities()[static_cast<std::size_t>(quantity)].label);
        Q_EMIT statusMessage(quantity == quantity::b1 || quantity == quantity::b2
                                 ? tr("%1 is a bias that is not learned: edit it in the values panel, or "
                                      "tick Learn biases.")
                                       .arg(name)
                                 : tr("%1 is an initial weight: edit it in the values panel.").arg(name));
        return;
    }
    if (!sheet.isEvaluated(iteration, cell)) {
        Q_EMIT statusMessage(tr("That cell is not computed yet: step on to compute it."));
        return;
    }
    m_document->select({iteration, cell});
}

} // namespace bplab::ui

#pragma once

#include "core/sheet/sheet_cells.h"

#include <QAbstractTableModel>

namespace bplab::ui {

class SheetDocument;

// The sheet as a table: one row per iteration, one column per quantity of BackpropSheet::columns(),
// from w1 (the weights, and biases, the row's forward pass used) to w8′ (or b2′: the updated
// parameters), grouped by stage. Read-only; it follows the document (the columns change when biases
// come or go) and marks the selected cell and the cells it reads.
class SheetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Extra data roles for delegates and tests.
    enum Role { HighlightRole = Qt::UserRole + 1, StageRole, ExactValueRole };
    enum class Highlight { None, Current, Precedent };

    explicit SheetTableModel(const SheetDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int quantityOfColumn(int column) const { return m_columns.at(static_cast<std::size_t>(column)); }
    // The column showing `quantity`, or -1 when this sheet has none (a bias of a sheet without biases).
    int columnOfQuantity(int quantity) const;

    Highlight highlightAt(int row, int column) const;

    // The longest text a cell shows (11 characters in the table's fixed-width font): the view makes its
    // columns this wide, and longer numbers are written with fewer digits, never elided.
    static QString widestCellText();

private:
    void onDocumentChanged();
    void onSelectionChanged();

    const SheetDocument* m_document;
    int m_rows = 0;
    std::vector<int> m_columns; // quantities, as BackpropSheet::columns()
};

} // namespace bplab::ui

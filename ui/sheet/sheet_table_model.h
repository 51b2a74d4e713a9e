#pragma once

#include "core/sheet/sheet_cells.h"

#include <QAbstractTableModel>

namespace bplab::ui {

class SheetDocument;

// The sheet as a table: one row per iteration, one column per quantity from w1 (the weights the
// row's forward pass used) to w8′ (the updated weights), grouped by stage. Read-only; it follows the
// document and marks the selected cell and the cells it reads.
class SheetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Extra data roles for delegates and tests.
    enum Role { HighlightRole = Qt::UserRole + 1, StageRole, ExactValueRole };
    enum class Highlight { None, Current, Precedent };

    static constexpr int kFirstQuantity = quantity::w1;
    static constexpr int kColumnCount = kQuantityCount - kFirstQuantity;

    explicit SheetTableModel(const SheetDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static int quantityOfColumn(int column) { return kFirstQuantity + column; }
    static int columnOfQuantity(int quantity) { return quantity - kFirstQuantity; }

    Highlight highlightAt(int row, int column) const;

private:
    void onDocumentChanged();
    void onSelectionChanged();

    const SheetDocument* m_document;
    int m_rows = 0;
};

} // namespace bplab::ui

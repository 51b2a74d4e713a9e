#pragma once

#include "core/sheet/sheet_cells.h"

#include <QAbstractTableModel>

namespace bplab::ui {

class SheetDocument;

// The sheet as a table: one row per iteration, one column per quantity of the shown sheet's columns(),
// from w1 (the weights, and biases, the row's forward pass used) to w8′ (or b2′: the updated
// parameters), grouped by stage. It follows the document (the columns change when biases come or go)
// and marks the selected cell and the cells it reads. Read-only, but for an own network's starting
// weights and biases (row 0), which have no box of their own: typing one there is announced
// (startingValueEdited) for the owner to apply.
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
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Whether the cell is an own network's starting weight or bias, which the student may type.
    bool isTypedStartingValue(const QModelIndex& index) const;

    int quantityOfColumn(int column) const { return m_columns.at(static_cast<std::size_t>(column)); }
    // The column showing `quantity`, or -1 when this sheet has none (a bias of a sheet without biases).
    int columnOfQuantity(int quantity) const;

    Highlight highlightAt(int row, int column) const;

    // The longest text a cell shows (11 characters in the table's fixed-width font): the view makes its
    // columns this wide, and longer numbers are written with fewer digits, never elided.
    static QString widestCellText();

Q_SIGNALS:
    // The student typed a starting weight or bias of the own network (the document is not changed here).
    void startingValueEdited(int quantity, double value);
    // A sentence for the status bar: what was typed could not be used.
    void problem(const QString& sentence);

private:
    void onDocumentChanged();
    void onSelectionChanged();

    const SheetDocument* m_document;
    int m_rows = 0;
    std::vector<int> m_columns;           // quantities, as the shown sheet's columns()
    std::vector<std::string> m_columnIds; // their ids: another network may have as many columns
};

} // namespace bplab::ui

#pragma once

#include <QTableView>

namespace bplab {
class SheetEngine;
}

namespace bplab::ui {

class SheetDocument;
class SheetTableModel;

// The sheet's grid: one row per iteration, columns wide enough for six significant digits. A click, or
// moving with the arrow, Page and Home/End keys, selects the cell for the formula bar to explain; a
// step scrolls the cursor's cell into view.
class SheetTableView : public QTableView {
    Q_OBJECT
public:
    explicit SheetTableView(SheetDocument* document, QWidget* parent = nullptr);

    SheetTableModel* sheetModel() const { return m_model; }
    // Scrolls to the cell under the sheet's cursor, if any.
    void showCurrentCell();

Q_SIGNALS:
    // Why a clicked cell cannot be explained, and what to do instead.
    void statusMessage(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void selectClickedCell(const QModelIndex& index);
    static bool isNavigationKey(int key);
    // What the status bar says of a value the sheet is given (it has no formula to explain).
    QString givenValueSentence(const SheetEngine& sheet, int quantity) const;

    SheetDocument* m_document;
    SheetTableModel* m_model;
};

} // namespace bplab::ui

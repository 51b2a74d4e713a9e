// Moving through the sheet with the keyboard explains each cell reached, as a click does: the formula
// bar and the highlights follow the arrow keys.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "ui/sheet/formula_bar.h"
#include "ui/sheet/sheet_document.h"

#include <QSignalSpy>
#include <QTableView>

namespace bplab::ui {
namespace {

using SheetTabKeyboardTest = SheetTabTest;

TEST_F(SheetTabKeyboardTest, ArrowKeysMoveTheExplainedCell) {
    QTableView* view = tab->tableView();
    const SheetTableModel* model = tab->tableModel();
    const int h1 = model->columnOfQuantity(quantity::h1);
    const int h2 = model->columnOfQuantity(quantity::h2);
    ASSERT_EQ(h2, h1 + 1); // the arrow key moves one column
    view->setFocus();
    view->setCurrentIndex(model->index(3, h1));

    QTest::keyClick(view, Qt::Key_Right); // h1 → h2
    EXPECT_TRUE(tab->formulaBar()->plainText().startsWith(QStringLiteral("h2 = w3·i1 + w4·i2 = ")))
        << tab->formulaBar()->plainText().toStdString();
    const BackpropSheet& sheet = tab->document()->sheet();
    EXPECT_EQ(tab->document()->selectedCell(), (CellPosition{3, sheet.cellOfQuantity(quantity::h2)}));
    EXPECT_EQ(model->highlightAt(3, h2), SheetTableModel::Highlight::Current);

    QTest::keyClick(view, Qt::Key_Down); // row 4
    EXPECT_EQ(tab->document()->selectedCell(), (CellPosition{4, sheet.cellOfQuantity(quantity::h2)}));
    EXPECT_EQ(model->highlightAt(4, h2), SheetTableModel::Highlight::Current);
    EXPECT_NE(model->highlightAt(3, h2), SheetTableModel::Highlight::Current);
}

TEST_F(SheetTabKeyboardTest, AnInitialWeightReachedByKeySaysWhereToEditIt) {
    QTableView* view = tab->tableView();
    const int w2 = tab->tableModel()->columnOfQuantity(quantity::w1 + 1);
    view->setFocus();
    view->setCurrentIndex(tab->tableModel()->index(0, w2));
    QSignalSpy messages(tab.get(), &BackpropSheetTab::statusMessage);
    QTest::keyClick(view, Qt::Key_Left); // w2 → w1 of row 0: a given value, not a computed cell
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().first().toString().contains(QStringLiteral("edit it in the values panel")));
}

} // namespace
} // namespace bplab::ui

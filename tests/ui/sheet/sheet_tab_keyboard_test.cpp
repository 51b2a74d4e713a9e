// Moving through the sheet with the keyboard explains each cell reached, as a click does: the formula
// bar and the highlights follow the arrow keys, Ctrl+Home and clicks on given values too.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "ui/sheet/table/formula_bar.h"
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

// A starting weight has no formula, but the bar must say what it is, not keep explaining the cell before.
TEST_F(SheetTabKeyboardTest, CtrlHomeAndAClickOnAStartingWeightExplainIt) {
    QTableView* view = tab->tableView();
    const SheetTableModel* model = tab->tableModel();
    const BackpropSheet& sheet = tab->document()->sheet();
    view->setFocus();
    // The view's own current index sits at (0, 0), as after a reset, while the bar explains a cell that
    // stepping (or the time-travel scrubber) chose: Ctrl+Home does not move the index, yet must explain w1.
    view->setCurrentIndex(model->index(0, 0));
    tab->document()->select({3, sheet.cellOfQuantity(quantity::h2)});
    ASSERT_TRUE(tab->formulaBar()->plainText().startsWith(QStringLiteral("h2 = ")));

    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier); // row 0, column 0: w1, given
    ASSERT_EQ(view->currentIndex(), model->index(0, 0));
    ASSERT_EQ(model->quantityOfColumn(0), quantity::w1);
    EXPECT_EQ(tab->formulaBar()->plainText().toStdString(), "w1 = 0.15, the starting weight (given)");
    EXPECT_EQ(tab->document()->selectedGiven(), (GivenValue{0, quantity::w1}));
    EXPECT_EQ(model->highlightAt(0, 0), SheetTableModel::Highlight::Current);
    EXPECT_EQ(model->highlightAt(3, model->columnOfQuantity(quantity::h2)), SheetTableModel::Highlight::None);

    const QModelIndex w5 = model->index(0, model->columnOfQuantity(quantity::w1 + 4));
    view->scrollTo(w5);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(w5).center());
    EXPECT_EQ(tab->formulaBar()->plainText().toStdString(), "w5 = 0.4, the starting weight (given)");
    EXPECT_EQ(model->highlightAt(0, w5.column()), SheetTableModel::Highlight::Current);

    // A computed cell takes the selection back.
    const QModelIndex h1 = model->index(0, model->columnOfQuantity(quantity::h1));
    view->scrollTo(h1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(h1).center());
    EXPECT_EQ(tab->formulaBar()->plainText().toStdString(),
              "h1 = w1·i1 + w2·i2 = 0.15·0.05 + 0.2·0.1 = 0.0275");
    EXPECT_FALSE(tab->document()->selectedGiven());
}

} // namespace
} // namespace bplab::ui

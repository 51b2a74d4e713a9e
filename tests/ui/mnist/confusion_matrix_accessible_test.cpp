// The confusion matrix as a screen reader gets it: a 10 × 10 table (rows the true digits, columns the
// predictions) with headers, cells that say their count, a description that sums the matrix up, all
// following each new matrix; the keyboard's cell is the focused one. (The change events themselves
// reach a bridge only while QAccessible::isActive(), which the offscreen platform never is:
// tests/e2e/accessibility.sh reads the real tree over AT-SPI.)
#include "ui/mnist/results/confusion_matrix_view.h"

#include <QAccessible>
#include <QTest>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

// 100 right answers per digit; twelve 3s taken for 5s, seven 4s for 9s, three 7s for 1s.
// 1000 + 12 + 7 + 3 = 1022 images, 1000 of them right: 1000 / 1022 = 97.85 %. Row 3 holds
// 100 + 12 = 112 images, 12 of them in column 5: 12 / 112 = 10.71 %.
ConfusionMatrix matrixToRead() {
    ConfusionMatrix matrix;
    for (int d = 0; d < 10; ++d) matrix.at(d, d) = 100;
    matrix.at(3, 5) = 12;
    matrix.at(4, 9) = 7;
    matrix.at(7, 1) = 3;
    return matrix;
}

QAccessibleTableInterface* tableOf(ConfusionMatrixView& view) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&view);
    return iface ? iface->tableInterface() : nullptr;
}

TEST(ConfusionMatrixAccessibility, IsATableOfTrueDigitsByPredictionWithHeaders) {
    ConfusionMatrixView view;
    view.resize(360, 300);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&view);
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->role(), QAccessible::Table);
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Confusion matrix"));
    EXPECT_EQ(iface->text(QAccessible::Description),
              QStringLiteral("The confusion matrix appears after the first epoch."));
    QAccessibleTableInterface* table = iface->tableInterface();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 0) << "no cells before the first matrix";
    EXPECT_EQ(table->cellAt(3, 5), nullptr);

    view.setMatrix(matrixToRead());
    EXPECT_EQ(table->rowCount(), 10);
    EXPECT_EQ(table->columnCount(), 10);
    EXPECT_EQ(iface->text(QAccessible::Description),
              QStringLiteral("Test set: 1022 images, 1000 correct (97.8 %); the largest confusion: "
                             "true 3, predicted 5: 12 images."));
    QAccessibleInterface* cell = table->cellAt(3, 5); // row 3 (true 3), column 5 (predicted 5)
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->role(), QAccessible::Cell);
    EXPECT_EQ(cell->text(QAccessible::Name), QStringLiteral("true 3, predicted 5: 12 images"));
    EXPECT_EQ(cell->text(QAccessible::Value), QStringLiteral("12"));
    EXPECT_EQ(cell->text(QAccessible::Description),
              QStringLiteral("12 of the 112 test images of 3 (10.7 %)"));
    EXPECT_EQ(table->cellAt(5, 3)->text(QAccessible::Name), QStringLiteral("true 5, predicted 3: 0 images"))
        << "the transposed cell counts nothing";
    EXPECT_EQ(table->cellAt(7, 7)->text(QAccessible::Value), QStringLiteral("100"));

    QAccessibleTableCellInterface* cellPosition = cell->tableCellInterface();
    ASSERT_NE(cellPosition, nullptr);
    EXPECT_EQ(cellPosition->rowIndex(), 3);
    EXPECT_EQ(cellPosition->columnIndex(), 5);
    EXPECT_EQ(cellPosition->table(), iface);
    ASSERT_EQ(cellPosition->rowHeaderCells().size(), 1);
    EXPECT_EQ(cellPosition->rowHeaderCells().first()->text(QAccessible::Name), QStringLiteral("true 3"));
    EXPECT_EQ(cellPosition->rowHeaderCells().first()->role(), QAccessible::RowHeader);
    ASSERT_EQ(cellPosition->columnHeaderCells().size(), 1);
    EXPECT_EQ(cellPosition->columnHeaderCells().first()->text(QAccessible::Name),
              QStringLiteral("predicted 5"));
    EXPECT_EQ(table->rowDescription(3), QStringLiteral("true 3"));
    EXPECT_EQ(table->columnDescription(5), QStringLiteral("predicted 5"));

    // 100 cells; the cell is child 3·10 + 5 = 35, the same interface each time. Every child is a cell
    // whose row and column are its index / 10 and index % 10, as Qt's AT-SPI bridge computes them (a
    // header among the children would hand it a null cell); the headers come through the cells.
    EXPECT_EQ(iface->childCount(), 100);
    EXPECT_EQ(iface->indexOfChild(cell), 35);
    EXPECT_EQ(iface->child(35), cell);
    EXPECT_EQ(cell->parent(), iface);
    for (int index = 0; index < iface->childCount(); ++index) {
        QAccessibleTableCellInterface* each = iface->child(index)->tableCellInterface();
        ASSERT_NE(each, nullptr) << "child " << index;
        EXPECT_EQ(each->rowIndex(), index / 10);
        EXPECT_EQ(each->columnIndex(), index % 10);
        EXPECT_EQ(table->cellAt(index / 10, index % 10), iface->child(index));
    }
    EXPECT_EQ(iface->child(100), nullptr);
    EXPECT_EQ(iface->indexOfChild(cellPosition->rowHeaderCells().first()), -1) << "a header is no child";
    // Where the cell is drawn, on the screen, and back.
    const QRect drawn = view.cellRect(3, 5);
    EXPECT_EQ(cell->rect(), QRect(view.mapToGlobal(drawn.topLeft()), drawn.size()));
    EXPECT_EQ(iface->childAt(cell->rect().center().x(), cell->rect().center().y()), cell);
}

TEST(ConfusionMatrixAccessibility, FollowsEachNewMatrix) {
    ConfusionMatrixView view;
    view.setMatrix(matrixToRead());
    QAccessibleTableInterface* table = tableOf(view);
    QAccessibleInterface* cell = table->cellAt(3, 5);
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->text(QAccessible::Value), QStringLiteral("12"));

    // The next epoch: two 3s taken for 5s now, the 4s and 9s unchanged. 1000 + 2 + 7 + 3 = 1012 images,
    // 1000 right: 98.81 %; the largest confusion is now the seven 4s. The same cell says the new count.
    ConfusionMatrix next = matrixToRead();
    next.at(3, 5) = 2;
    view.setMatrix(next);
    EXPECT_EQ(table->cellAt(3, 5), cell);
    EXPECT_EQ(cell->text(QAccessible::Name), QStringLiteral("true 3, predicted 5: 2 images"));
    EXPECT_EQ(view.accessibleDescription(),
              QStringLiteral("Test set: 1012 images, 1000 correct (98.8 %); the largest confusion: "
                             "true 4, predicted 9: 7 images."));

    view.clear();
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_EQ(QAccessible::queryAccessibleInterface(&view)->childCount(), 0);
    EXPECT_EQ(table->cellAt(3, 5), nullptr);
    EXPECT_EQ(view.accessibleDescription(),
              QStringLiteral("The confusion matrix appears after the first epoch."));
}

TEST(ConfusionMatrixAccessibility, AResetOfTheModelGivesFreshCellsThatReadTheCounts) {
    ConfusionMatrixView view;
    view.setMatrix(matrixToRead());
    QAccessibleTableInterface* table = tableOf(view);
    const QAccessible::Id before = QAccessible::uniqueId(table->cellAt(3, 5));
    QAccessibleTableModelChangeEvent reset(&view, QAccessibleTableModelChangeEvent::ModelReset);
    table->modelChange(&reset); // as QAccessible::updateAccessibility does while a bridge listens
    EXPECT_EQ(QAccessible::accessibleInterface(before), nullptr) << "the old cell is gone";
    EXPECT_EQ(table->cellAt(3, 5)->text(QAccessible::Name), QStringLiteral("true 3, predicted 5: 12 images"));
}

TEST(ConfusionMatrixAccessibility, AMatrixWithoutMistakesSaysSo) {
    ConfusionMatrixView view;
    ConfusionMatrix matrix;
    matrix.at(0, 0) = 1; // one image, right
    view.setMatrix(matrix);
    EXPECT_EQ(view.accessibleDescription(),
              QStringLiteral("Test set: 1 image, 1 correct (100.0 %); no mistakes."));
    EXPECT_EQ(tableOf(view)->cellAt(0, 0)->text(QAccessible::Name),
              QStringLiteral("true 0, predicted 0: 1 image"));
}

TEST(ConfusionMatrixAccessibility, TheKeyboardsCellIsFocusedAndTheChosenCellSelected) {
    ConfusionMatrixView view;
    view.resize(360, 300);
    view.setMatrix(matrixToRead());
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Down);  // (0, 0) → (1, 0)
    QTest::keyClick(&view, Qt::Key_Right); // → (1, 1): child 1·10 + 1 = 11
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&view);
    QAccessibleInterface* focused = iface->focusChild();
    ASSERT_NE(focused, nullptr);
    EXPECT_EQ(focused, tableOf(view)->cellAt(1, 1));
    EXPECT_TRUE(focused->state().focused);
    EXPECT_FALSE(tableOf(view)->cellAt(0, 0)->state().focused);
    EXPECT_EQ(iface->indexOfChild(focused), 11);

    QAccessibleTableInterface* table = tableOf(view);
    EXPECT_EQ(table->selectedCellCount(), 0);
    view.setChosenCell(std::pair{4, 9});
    ASSERT_EQ(table->selectedCells().size(), 1);
    EXPECT_EQ(table->selectedCells().first(), table->cellAt(4, 9));
    EXPECT_TRUE(table->cellAt(4, 9)->tableCellInterface()->isSelected());
    EXPECT_TRUE(table->cellAt(4, 9)->state().selected);
    EXPECT_FALSE(table->cellAt(3, 5)->state().selected);
}

// A matrix of three classes is a 3 × 3 table; one of ten after it gives fresh parts for ten.
TEST(ConfusionMatrixAccessibility, TheTableHasAsManyRowsAsClasses) {
    ConfusionMatrixView view;
    view.resize(360, 300);
    QAccessibleTableInterface* table = tableOf(view);
    ASSERT_NE(table, nullptr);
    ConfusionMatrix three(3);
    three.at(2, 1) = 4;
    view.setMatrix(three);
    EXPECT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->columnCount(), 3);
    EXPECT_EQ(QAccessible::queryAccessibleInterface(&view)->childCount(), 9);
    EXPECT_EQ(table->cellAt(3, 0), nullptr);
    ASSERT_NE(table->cellAt(2, 1), nullptr);
    EXPECT_EQ(table->cellAt(2, 1)->text(QAccessible::Value), QStringLiteral("4"));
    auto* cell = table->cellAt(2, 1)->tableCellInterface();
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->rowIndex(), 2);
    EXPECT_EQ(cell->columnHeaderCells().first()->text(QAccessible::Name), QStringLiteral("predicted 1"));
    EXPECT_EQ(cell->rowHeaderCells().first()->text(QAccessible::Name), QStringLiteral("true 2"));

    view.setMatrix(matrixToRead());
    EXPECT_EQ(table->rowCount(), 10);
    ASSERT_NE(table->cellAt(9, 9), nullptr);
    EXPECT_EQ(table->cellAt(2, 1)->text(QAccessible::Value), QStringLiteral("0"));
    EXPECT_EQ(table->cellAt(3, 5)->text(QAccessible::Value), QStringLiteral("12"));
    EXPECT_EQ(table->cellAt(3, 5)->tableCellInterface()->rowHeaderCells().first()->text(QAccessible::Name),
              QStringLiteral("true 3"));
    // A cell of the ten held across a change to three (as a screen reader may hold one until the
    // reset reaches it) reads as empty, not as a cell outside the matrix.
    QAccessibleInterface* held = table->cellAt(9, 9);
    view.setMatrix(three);
    EXPECT_TRUE(held->text(QAccessible::Name).isEmpty());
    EXPECT_TRUE(held->text(QAccessible::Value).isEmpty());
}

} // namespace
} // namespace bplab::ui

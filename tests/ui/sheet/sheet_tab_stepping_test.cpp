// The Backprop sheet tab stepped like a student would: Space, F10 and F11 from any focus, clicks in the
// table that explain a cell, and shortcuts that stop while another tab is shown.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "ui/sheet/table/formula_bar.h"
#include "ui/sheet/diagram/network_diagram.h"
#include "ui/sheet/sheet_document.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

namespace bplab::ui {
namespace {

TEST_F(SheetTabTest, OpensWithTheSeedSheetComputed) {
    EXPECT_EQ(tab->tableModel()->rowCount(), 100);
    EXPECT_NEAR(tableValue(0, quantity::E_total), 0.2425198573484, 1e-12);
    EXPECT_EQ(lineSeries().size(), 1);
    EXPECT_EQ(lineSeries().first()->count(), 100);
    EXPECT_EQ(tab->formulaBar()->plainText(),
              QStringLiteral("h1 = w1·i1 + w2·i2 = 0.15·0.05 + 0.2·0.1 = 0.0275"));
}

TEST_F(SheetTabTest, SpaceStepsThroughAWholeIterationCellByCell) {
    tab->resetAction()->trigger();
    EXPECT_EQ(tab->tableModel()->rowCount(), 0);
    tab->tableView()->setFocus();
    const BackpropSheet& sheet = tab->document()->sheet();
    for (int step = 0; step < sheet.cellCount(); ++step) {
        QTest::keyClick(tab->tableView(), Qt::Key_Space);
        ASSERT_EQ(sheet.evaluatedCellCount(), step + 1) << "Space did not step";
        const CellSpec& spec = sheet.cells()[static_cast<std::size_t>(step)];
        const QString label =
            QString::fromStdString(quantities()[static_cast<std::size_t>(spec.quantity)].label);
        EXPECT_TRUE(tab->formulaBar()->plainText().startsWith(label + QStringLiteral(" = ")))
            << tab->formulaBar()->plainText().toStdString();
        // The current cell is amber; every cell it reads that the table shows is cyan.
        EXPECT_EQ(tab->tableModel()->highlightAt(0, tab->tableModel()->columnOfQuantity(spec.quantity)),
                  SheetTableModel::Highlight::Current);
        for (int dependency : spec.dependencies) {
            const int column = tab->tableModel()->columnOfQuantity(dependency);
            if (column < 0) continue; // i1, i2, t1, t2, η are not columns
            EXPECT_EQ(tab->tableModel()->highlightAt(0, column), SheetTableModel::Highlight::Precedent);
        }
        if (spec.quantity == quantity::dE_dw1 + 4) {
            EXPECT_EQ(tab->formulaBar()->plainText(),
                      QStringLiteral("∂E/∂w5 = (a_o1 − t1)·a_o1·(1 − a_o1)·a_h1 = "
                                     "(0.6065 − 0.01)·0.6065·(1 − 0.6065)·0.5069 = 0.07216"));
        }
    }
    EXPECT_EQ(sheet.completedIterations(), 1);
    EXPECT_EQ(lineSeries().first()->count(), 1);
    // F11 completes the next iteration at once.
    QTest::keyClick(tab->tableView(), Qt::Key_F11);
    EXPECT_EQ(sheet.completedIterations(), 2);
}

TEST_F(SheetTabTest, ClickingACellExplainsIt) {
    QTableView* view = tab->tableView();
    const QModelIndex gradient =
        tab->tableModel()->index(3, tab->tableModel()->columnOfQuantity(quantity::dE_dw1 + 1));
    view->scrollTo(gradient);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(gradient).center());
    EXPECT_TRUE(tab->formulaBar()->plainText().startsWith(QStringLiteral("∂E/∂w2 = ")));
    EXPECT_EQ(tab->document()->selectedCell(),
              (CellPosition{3, tab->document()->sheet().cellOfQuantity(quantity::dE_dw1 + 1)}));
    // A weight of row 3 is explained by the update cell of row 2 that produced it.
    const QModelIndex weight =
        tab->tableModel()->index(3, tab->tableModel()->columnOfQuantity(quantity::w1 + 4));
    view->scrollTo(weight);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(weight).center());
    EXPECT_TRUE(tab->formulaBar()->plainText().startsWith(QStringLiteral("w5′ = w5 − η·∂E/∂w5")));
    EXPECT_EQ(tab->document()->selectedCell()->iteration, 2);
}

TEST_F(SheetTabTest, ShortcutsWorkFromAnyFocusAndStopWhileAnotherTabIsShown) {
    tab->resetAction()->trigger();
    // Focus in a spin box of the values panel: Space belongs to the text there, F10 still steps.
    tab->inputsPanel()->iterationsBox()->setFocus();
    QTest::keyClick(tab->inputsPanel()->iterationsBox(), Qt::Key_F10);
    EXPECT_EQ(tab->document()->sheet().evaluatedCellCount(), 1);

    tab->setActionsEnabled(false);
    QTest::keyClick(tab->tableView(), Qt::Key_Space);
    EXPECT_EQ(tab->document()->sheet().evaluatedCellCount(), 1);
    tab->setActionsEnabled(true);
    QTest::keyClick(tab->tableView(), Qt::Key_Space);
    EXPECT_EQ(tab->document()->sheet().evaluatedCellCount(), 2);
    // Run to end was enabled before and is again: the group remembers each action's own state.
    EXPECT_TRUE(tab->runToEndAction()->isEnabled());
}

// A menu shows an action's first shortcut only: F10 (which also steps from a text box), and Space works too.
TEST_F(SheetTabTest, TheMenuShowsF10AndBothKeysStep) {
    QAction* step = tab->stepCellAction();
    EXPECT_EQ(step->shortcut(), QKeySequence(Qt::Key_F10)) << step->shortcut().toString().toStdString();
    EXPECT_TRUE(step->shortcuts().contains(QKeySequence(Qt::Key_Space)));
    tab->resetAction()->trigger();
    tab->tableView()->setFocus();
    QTest::keyClick(tab->tableView(), Qt::Key_F10);
    EXPECT_EQ(tab->document()->sheet().evaluatedCellCount(), 1);
    QTest::keyClick(tab->tableView(), Qt::Key_Space);
    EXPECT_EQ(tab->document()->sheet().evaluatedCellCount(), 2);
}

// After Reset nothing is computed, but the weights are still the starting ones the values panel shows.
TEST_F(SheetTabTest, AfterResetTheDiagramShowsTheStartingWeights) {
    tab->resetAction()->trigger();
    ASSERT_EQ(tab->document()->sheet().rowCount(), 0);
    const auto labels = tab->networkDiagram()->edgeLabels(QSize(360, 220));
    const QStringList expected{QStringLiteral("w1 0.15"), QStringLiteral("w2 0.2"), QStringLiteral("w3 0.25"),
                               QStringLiteral("w4 0.3"),  QStringLiteral("w5 0.4"), QStringLiteral("w6 0.45"),
                               QStringLiteral("w7 0.5"),  QStringLiteral("w8 0.55")};
    for (std::size_t k = 0; k < labels.size(); ++k)
        EXPECT_EQ(labels[k].text.toStdString(), expected[static_cast<int>(k)].toStdString());
    // A typed weight shows at once, still before any step.
    tab->inputsPanel()->valueBox(QStringLiteral("w3"))->setValue(-0.7);
    EXPECT_EQ(tab->networkDiagram()->edgeLabels(QSize(360, 220))[2].text.toStdString(), "w3 −0.7");
}

// A student types a value, clicks Reset and presses Space, as the status bar suggests: the click took
// no focus (the buttons never do), so the value's box would take Space and clear the value typed.
TEST_F(SheetTabTest, AfterAStepButtonIsClickedSpaceStepsEvenFromAValueBox) {
    QSpinBox* iterations = tab->inputsPanel()->iterationsBox();
    iterations->setFocus();
    ASSERT_TRUE(iterations->hasFocus());
    QToolButton* reset = nullptr;
    for (auto* button : tab->findChildren<QToolButton*>())
        if (button->defaultAction() == tab->resetAction()) reset = button;
    ASSERT_NE(reset, nullptr);
    QTest::mouseClick(reset, Qt::LeftButton);
    ASSERT_EQ(tab->document()->sheet().evaluatedCellCount(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_EQ(tab->document()->sheet().evaluatedCellCount(), 1);
    EXPECT_EQ(iterations->value(), 100) << "the box kept its value";
}

TEST_F(SheetTabTest, TabNeverFocusesAStepButtonSoSpaceAlwaysSteps) {
    // Walk the focus chain backwards from the values panel through the controls (forwards, the table
    // keeps Tab for moving between its cells): a focused step button would take Space as its own click.
    tab->inputsPanel()->valueBox(QStringLiteral("i1"))->setFocus();
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        auto* button = qobject_cast<QToolButton*>(QApplication::focusWidget());
        ASSERT_TRUE(button == nullptr || button->defaultAction() == nullptr ||
                    !tab->sheetActions().contains(button->defaultAction()))
            << "Tab reached the button " << button->text().toStdString();
    }
}

} // namespace
} // namespace bplab::ui

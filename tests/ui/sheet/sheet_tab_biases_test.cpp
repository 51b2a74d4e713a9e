// Biases and the loss choice in the Backprop sheet tab: the worked example one click away, the
// controls of the values panel, the columns, the diagram, the formula bar's note, the gradient check
// of the biases, comparing both losses, and a run that cross-entropy cannot compute.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/sheet/table/formula_bar.h"
#include "ui/sheet/views/gradient_check_panel.h"
#include "ui/sheet/diagram/network_diagram.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_settings.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>

namespace bplab::ui {
namespace {

void setLoss(SheetInputsPanel* panel, Loss loss) {
    panel->lossBox()->setCurrentIndex(panel->lossBox()->findData(static_cast<int>(loss)));
}

TEST_F(SheetTabTest, TheWorkedExampleIsOneClickAway) {
    EXPECT_TRUE(tab->sheetActions().contains(tab->workedExampleAction()));
    EXPECT_FALSE(tab->workedExampleAction()->toolTip().isEmpty());
    tab->workedExampleAction()->trigger();
    EXPECT_EQ(tab->document()->inputs(), classicWorkedExample());
    EXPECT_EQ(tab->inputsPanel()->inputs(), classicWorkedExample());
    EXPECT_EQ(tab->inputsPanel()->valueBox(QStringLiteral("b1"))->value(), 0.35);
    EXPECT_EQ(tab->inputsPanel()->valueBox(QStringLiteral("b2"))->value(), 0.6);
    // net_h1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775; the published E_total = 0.298371109.
    EXPECT_NEAR(tableValue(0, quantity::h1), 0.3775, 1e-15);
    EXPECT_NEAR(tableValue(0, quantity::E_total), 0.298371109, 1e-9);
    EXPECT_NEAR(tableValue(0, quantity::w1_new + 4), 0.35891648, 1e-8);
    // The bias columns appear; the biases are shown as values of every row, unchanged.
    EXPECT_EQ(tab->tableModel()->columnCount(), 37);
    EXPECT_EQ(tableValue(5, quantity::b1), 0.35);
    EXPECT_TRUE(tab->networkDiagram()->showsBiases());
    // Reset to the seed values takes them away again.
    tab->resetValuesAction()->trigger();
    EXPECT_EQ(tab->tableModel()->columnCount(), 35);
    EXPECT_FALSE(tab->networkDiagram()->showsBiases());
}

TEST_F(SheetTabTest, LearningBiasesAddsTheirPartialsUpdatesAndGradientCheck) {
    tab->workedExampleAction()->trigger();
    tab->inputsPanel()->learnBiasesBox()->setChecked(true);
    EXPECT_TRUE(tab->document()->inputs().learnBiases);
    EXPECT_EQ(tab->tableModel()->columnCount(), 41);
    // ∂E/∂b2 = δo1 + δo2 = 0.138498562 − 0.038098237 = 0.100400325
    EXPECT_NEAR(tableValue(0, quantity::dE_db2), 0.100400325, 1e-9);
    EXPECT_EQ(tableValue(1, quantity::b2), tableValue(0, quantity::b2_new));
    EXPECT_EQ(tab->gradientCheck()->table()->rowCount(), 10);
    EXPECT_TRUE(tab->gradientCheck()->summary().contains(QStringLiteral("all 10 partials agree")))
        << tab->gradientCheck()->summary().toStdString();
    EXPECT_EQ(NetworkDiagram::biasOf(quantity::dE_db1), 0);
    EXPECT_EQ(NetworkDiagram::biasOf(quantity::b2_new), 1);
    EXPECT_EQ(NetworkDiagram::biasOf(quantity::w1), -1);
}

TEST_F(SheetTabTest, TheSelectionFollowsItsQuantityWhenRowsLoseTheBiasCells) {
    tab->workedExampleAction()->trigger();
    tab->inputsPanel()->learnBiasesBox()->setChecked(true);
    SheetDocument* document = tab->document();
    const BackpropSheet& sheet = document->sheet();
    // b1′ is the second-to-last cell of a 31-cell row; without learned biases rows have 27 cells.
    document->select({5, sheet.cellOfQuantity(quantity::b1_new)});
    ASSERT_EQ(document->selectedCell(), (CellPosition{5, sheet.cellOfQuantity(quantity::b1_new)}));
    tab->inputsPanel()->learnBiasesBox()->setChecked(false); // must not crash in the formula bar
    ASSERT_TRUE(document->selectedCell());
    EXPECT_TRUE(sheet.isEvaluated(document->selectedCell()->iteration, document->selectedCell()->cell));
    EXPECT_FALSE(tab->formulaBar()->plainText().isEmpty());

    document->select({5, sheet.cellOfQuantity(quantity::dE_dw1 + 4)}); // ∂E/∂w5 exists either way
    tab->inputsPanel()->learnBiasesBox()->setChecked(true);
    EXPECT_EQ(document->selectedCell(), (CellPosition{5, sheet.cellOfQuantity(quantity::dE_dw1 + 4)}));
}

TEST(SheetDocumentBiases, ASelectedBiasUpdateFallsBackWhenBiasesAreNoLongerLearned) {
    SheetDocument document;
    SheetInputs inputs = classicWorkedExample();
    inputs.learnBiases = true;
    ASSERT_TRUE(document.setInputs(inputs));
    document.select({5, document.sheet().cellOfQuantity(quantity::b1_new)}); // cell 29 of 31
    inputs.learnBiases = false;
    ASSERT_TRUE(document.setInputs(inputs)); // rows now have 27 cells: there is no b1′
    ASSERT_TRUE(document.selectedCell());
    EXPECT_LT(document.selectedCell()->cell, document.sheet().cellCount());
    EXPECT_TRUE(
        document.sheet().isEvaluated(document.selectedCell()->iteration, document.selectedCell()->cell));
}

// b1 of any row is given while biases are not learned: the bar says so. Once they are learned, b1 of row 5
// is b1′ of row 4, so the given selection falls back to the cursor.
TEST(SheetDocumentBiases, AGivenBiasIsExplainedUntilItIsLearned) {
    SheetDocument document;
    SheetInputs inputs = classicWorkedExample(); // b1 = 0.35, b2 = 0.60, not learned
    ASSERT_TRUE(document.setInputs(inputs));
    FormulaBar bar(&document);
    document.selectGiven({5, quantity::b1});
    ASSERT_EQ(document.selectedGiven(), (GivenValue{5, quantity::b1}));
    EXPECT_FALSE(document.selectedCell());
    EXPECT_EQ(bar.plainText().toStdString(), "b1 = 0.35, a bias that is not learned (given)");
    document.selectGiven({5, quantity::dE_dw1}); // computed, not given: ignored
    EXPECT_EQ(document.selectedGiven(), (GivenValue{5, quantity::b1}));

    inputs.learnBiases = true;
    ASSERT_TRUE(document.setInputs(inputs));
    EXPECT_FALSE(document.selectedGiven());
    ASSERT_TRUE(document.selectedCell());
    document.selectGiven({0, quantity::b2}); // row 0 starts from the typed b2
    EXPECT_EQ(bar.plainText().toStdString(), "b2 = 0.6, the starting bias (given)");
}

TEST_F(SheetTabTest, CrossEntropyShowsItsFormulasAndTheSigmoidSimplification) {
    setLoss(tab->inputsPanel(), Loss::CrossEntropy);
    ASSERT_EQ(tab->document()->inputs().loss, Loss::CrossEntropy);
    const BackpropSheet& sheet = tab->document()->sheet();
    tab->document()->select({0, sheet.cellOfQuantity(quantity::dE_dw1 + 4)});
    // δo1 = a_o1 − t1 = 0.596477732;  ∂E/∂w5 = 0.596477732·0.506874567 = 0.302339392
    EXPECT_EQ(tab->formulaBar()->plainText(),
              QStringLiteral("∂E/∂w5 = (a_o1 − t1)·a_h1 = (0.6065 − 0.01)·0.5069 = 0.3023"));
    EXPECT_TRUE(tab->formulaBar()->note().contains(QStringLiteral("cancel")));
    tab->document()->select({0, sheet.cellOfQuantity(quantity::E1)});
    EXPECT_TRUE(tab->formulaBar()->plainText().startsWith(
        QStringLiteral("E1 = −[t1·ln a_o1 + (1 − t1)·ln(1 − a_o1)] = ")));
    EXPECT_TRUE(tab->formulaBar()->note().isEmpty());
}

TEST_F(SheetTabTest, AnUncomputableCrossEntropyRunSaysWhyInASentence) {
    QSignalSpy status(tab.get(), &BackpropSheetTab::statusMessage);
    setLoss(tab->inputsPanel(), Loss::CrossEntropy);
    tab->inputsPanel()->valueBox(QStringLiteral("w5"))->setValue(100.0);
    tab->inputsPanel()->valueBox(QStringLiteral("w6"))->setValue(100.0);
    ASSERT_TRUE(tab->document()->sheet().divergedAt());
    ASSERT_FALSE(status.isEmpty());
    const QString last = status.last().first().toString();
    EXPECT_TRUE(last.startsWith(QStringLiteral("Stopped at iteration 0: cross-entropy needs 0 < a_o1 < 1")))
        << last.toStdString();
    // The chart says the same: stopped, not diverged.
    EXPECT_TRUE(tab->lossChart()->divergenceText().startsWith(QStringLiteral("Stopped at iteration 0")))
        << tab->lossChart()->divergenceText().toStdString();
    // The cell is left empty, not NaN.
    const QModelIndex e1 = tab->tableModel()->index(0, tab->tableModel()->columnOfQuantity(quantity::E1));
    EXPECT_EQ(e1.data().toString(), QString());
}

TEST_F(SheetTabTest, ATargetOutsideZeroToOneIsRefusedForCrossEntropy) {
    QSignalSpy status(tab.get(), &BackpropSheetTab::statusMessage);
    setLoss(tab->inputsPanel(), Loss::CrossEntropy);
    tab->inputsPanel()->valueBox(QStringLiteral("t1"))->setValue(1.5);
    EXPECT_EQ(tab->document()->inputs().t1, 0.01);
    EXPECT_EQ(tab->inputsPanel()->valueBox(QStringLiteral("t1"))->value(), 0.01);
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.last().first().toString().contains(QStringLiteral("between 0 and 1")));
}

TEST_F(SheetTabTest, CompareOverlaysBothLossesOnOneScale) {
    tab->inputsPanel()->valueBox(QStringLiteral("w5"))->setValue(3.0);
    tab->inputsPanel()->valueBox(QStringLiteral("w6"))->setValue(3.0);
    tab->comparePanel()->setRatesText(QStringLiteral("0.5"));
    tab->compareAction()->trigger();
    tab->comparePanel()->bothLossesBox()->setChecked(true);
    const auto series = lineSeries();
    ASSERT_EQ(series.size(), 2);
    EXPECT_EQ(series[0]->name(), QStringLiteral("η = 0.5, ½·squared error"));
    EXPECT_EQ(series[1]->name(), QStringLiteral("η = 0.5, cross-entropy"));
    // Both start from the same forward pass; after 20 iterations cross-entropy is far lower (0.078
    // against 0.475, computed independently in tests/core/sheet/cross_entropy_test.cpp).
    EXPECT_EQ(series[0]->at(0).y(), series[1]->at(0).y());
    EXPECT_LT(series[1]->at(20).y(), 0.2 * series[0]->at(20).y());
}

TEST_F(SheetTabTest, RemembersBiasesAndTheLoss) {
    tab->workedExampleAction()->trigger();
    tab->inputsPanel()->learnBiasesBox()->setChecked(true);
    setLoss(tab->inputsPanel(), Loss::CrossEntropy);
    tab->comparePanel()->bothLossesBox()->setChecked(true);
    tab.reset(); // saves
    tab = std::make_unique<BackpropSheetTab>();
    SheetInputs expected = classicWorkedExample();
    expected.learnBiases = true;
    expected.loss = Loss::CrossEntropy;
    EXPECT_EQ(tab->document()->inputs(), expected);
    EXPECT_EQ(tab->inputsPanel()->inputs(), expected);
    EXPECT_TRUE(tab->comparePanel()->comparesLosses());
}

} // namespace
} // namespace bplab::ui

// The Backprop sheet tab driven like a student would: keys on the slider and spin box, Space to
// step, clicks in the table, exports, compare mode, a diverging run. Runs under the offscreen
// platform with the Fusion style (see qt_test_main.cpp).
#include "ui/sheet/sheet_settings.h"
#include "ui/sheet/backprop_sheet_tab.h"
#include "ui/sheet/compare_rates_panel.h"
#include "ui/sheet/formula_bar.h"
#include "ui/sheet/gradient_check_panel.h"
#include "ui/sheet/learning_rate_control.h"
#include "ui/charts/loss_chart.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_inputs_panel.h"
#include "ui/sheet/sheet_table_model.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace bplab::ui {
namespace {

class SheetTabTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        tab = std::make_unique<BackpropSheetTab>();
        tab->resize(1280, 760);
        tab->show();
        tab->activateWindow(); // QApplication::setActiveWindow is deprecated from Qt 6.5
        ASSERT_TRUE(QTest::qWaitForWindowExposed(tab.get()));
    }
    void TearDown() override {
        tab.reset();
        QSettings().clear();
    }

    QList<QLineSeries*> lineSeries() const {
        QList<QLineSeries*> result;
        for (QAbstractSeries* series : tab->lossChart()->chartView()->chart()->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(series)) { // the divergence markers are scatter
                result.append(line);
            }
        }
        return result;
    }
    double tableValue(int row, int q) const {
        return tab->tableModel()
            ->index(row, SheetTableModel::columnOfQuantity(q))
            .data(SheetTableModel::ExactValueRole)
            .toDouble();
    }
    void setActivation(Activation activation) {
        QComboBox* box = tab->inputsPanel()->activationBox();
        box->setCurrentIndex(box->findData(static_cast<int>(activation)));
    }

    std::unique_ptr<BackpropSheetTab> tab;
};

TEST_F(SheetTabTest, OpensWithTheSeedSheetComputed) {
    EXPECT_EQ(tab->tableModel()->rowCount(), 100);
    EXPECT_NEAR(tableValue(0, quantity::E_total), 0.2425198573484, 1e-12);
    EXPECT_EQ(lineSeries().size(), 1);
    EXPECT_EQ(lineSeries().first()->count(), 100);
    EXPECT_EQ(tab->formulaBar()->plainText(),
              QStringLiteral("h1 = w1·i1 + w2·i2 = 0.15·0.05 + 0.2·0.1 = 0.0275"));
}

TEST_F(SheetTabTest, SliderKeysChangeLearningRateTableAndChartTogether) {
    LearningRateControl* control = tab->inputsPanel()->learningRateControl();
    const double lossBefore = tableValue(50, quantity::E_total);
    control->slider()->setFocus();
    QTest::keyClick(control->slider(), Qt::Key_PageUp); // one page: 1/25 of five decades up
    const double rate = tab->document()->inputs().learningRate;
    EXPECT_GT(rate, 0.5);
    EXPECT_EQ(control->spinBox()->value(), rate);
    EXPECT_EQ(control->slider()->value(), LearningRateControl::sliderPosition(rate));
    // A larger step size lowers the loss at iteration 50 on this network; the chart shows the same run.
    EXPECT_LT(tableValue(50, quantity::E_total), lossBefore);
    EXPECT_DOUBLE_EQ(lineSeries().first()->at(50).y(), tableValue(50, quantity::E_total));

    // Dragging back through the seed mark snaps to exactly 0.5.
    QTest::keyClick(control->slider(), Qt::Key_PageDown);
    EXPECT_EQ(tab->document()->inputs().learningRate, 0.5);
}

TEST_F(SheetTabTest, TypingInTheSpinBoxMovesTheSlider) {
    LearningRateControl* control = tab->inputsPanel()->learningRateControl();
    QDoubleSpinBox* spin = control->spinBox();
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("2"));
    QTest::keyClick(spin, Qt::Key_Enter);
    EXPECT_EQ(tab->document()->inputs().learningRate, 2.0);
    EXPECT_EQ(control->slider()->value(), LearningRateControl::sliderPosition(2.0));
    EXPECT_EQ(lineSeries().first()->name(), QStringLiteral("η = 2"));
}

TEST_F(SheetTabTest, SpaceStepsThroughAWholeIterationCellByCell) {
    tab->resetAction()->trigger();
    EXPECT_EQ(tab->tableModel()->rowCount(), 0);
    tab->tableView()->setFocus();
    const BackpropSheet& sheet = tab->document()->sheet();
    for (int step = 0; step < kCellCount; ++step) {
        QTest::keyClick(tab->tableView(), Qt::Key_Space);
        ASSERT_EQ(sheet.evaluatedCellCount(), step + 1) << "Space did not step";
        const CellSpec& spec = sheet.cells()[static_cast<std::size_t>(step)];
        const QString label =
            QString::fromStdString(quantities()[static_cast<std::size_t>(spec.quantity)].label);
        EXPECT_TRUE(tab->formulaBar()->plainText().startsWith(label + QStringLiteral(" = ")))
            << tab->formulaBar()->plainText().toStdString();
        // The current cell is amber; every cell it reads that the table shows is cyan.
        EXPECT_EQ(tab->tableModel()->highlightAt(0, SheetTableModel::columnOfQuantity(spec.quantity)),
                  SheetTableModel::Highlight::Current);
        for (int dependency : spec.dependencies) {
            if (dependency < SheetTableModel::kFirstQuantity) continue; // i1, i2, t1, t2, η are not columns
            EXPECT_EQ(tab->tableModel()->highlightAt(0, SheetTableModel::columnOfQuantity(dependency)),
                      SheetTableModel::Highlight::Precedent);
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
        tab->tableModel()->index(3, SheetTableModel::columnOfQuantity(quantity::dE_dw1 + 1));
    view->scrollTo(gradient);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(gradient).center());
    EXPECT_TRUE(tab->formulaBar()->plainText().startsWith(QStringLiteral("∂E/∂w2 = ")));
    EXPECT_EQ(tab->document()->selectedCell(),
              (CellPosition{3, tab->document()->sheet().cellOfQuantity(quantity::dE_dw1 + 1)}));
    // A weight of row 3 is explained by the update cell of row 2 that produced it.
    const QModelIndex weight =
        tab->tableModel()->index(3, SheetTableModel::columnOfQuantity(quantity::w1 + 4));
    view->scrollTo(weight);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(weight).center());
    EXPECT_TRUE(tab->formulaBar()->plainText().startsWith(QStringLiteral("w5′ = w5 − η·∂E/∂w5")));
    EXPECT_EQ(tab->document()->selectedCell()->iteration, 2);
}

TEST_F(SheetTabTest, EditingAWeightRecomputesEverything) {
    QDoubleSpinBox* w1 = tab->inputsPanel()->valueBox(QStringLiteral("w1"));
    ASSERT_NE(w1, nullptr);
    w1->setFocus();
    w1->selectAll();
    QTest::keyClicks(w1, QStringLiteral("0.3"));
    QTest::keyClick(w1, Qt::Key_Enter);
    // h1 = 0.3·0.05 + 0.2·0.1 = 0.035
    EXPECT_NEAR(tableValue(0, quantity::h1), 0.035, 1e-15);
    EXPECT_EQ(tab->tableModel()->rowCount(), 100);
}

TEST_F(SheetTabTest, DivergedRunIsShownAsDiverged) {
    setActivation(Activation::Identity);
    tab->inputsPanel()->learningRateControl()->setLearningRate(50.0);
    const auto diverged = tab->document()->sheet().divergedAt();
    ASSERT_TRUE(diverged);
    EXPECT_TRUE(tab->lossChart()->divergenceText().contains(
        QStringLiteral("Diverged at iteration %1").arg(*diverged)));
    // Only finite points reach the series, and the chart still has them.
    QLineSeries* series = lineSeries().first();
    EXPECT_GT(series->count(), 0);
    for (const QPointF& point : series->points()) EXPECT_TRUE(std::isfinite(point.y()));
    EXPECT_TRUE(series->name().contains(QStringLiteral("diverged")));
}

TEST_F(SheetTabTest, TanhOscillatesAtLargeLearningRates) {
    setActivation(Activation::Tanh);
    tab->inputsPanel()->learningRateControl()->setLearningRate(20.0);
    const auto losses = tab->document()->sheet().lossCurve();
    int rises = 0;
    for (std::size_t k = 1; k < losses.size(); ++k) rises += losses[k] > losses[k - 1] ? 1 : 0;
    EXPECT_GT(rises, 5) << "expected the loss to go up and down";
}

TEST_F(SheetTabTest, CompareModeOverlaysTheSixSeedRates) {
    tab->compareAction()->trigger();
    const QList<QLineSeries*> series = lineSeries();
    ASSERT_EQ(series.size(), 6);
    EXPECT_EQ(series[0]->name(), QStringLiteral("η = 0.1"));
    EXPECT_EQ(series[5]->name(), QStringLiteral("η = 2"));
    EXPECT_TRUE(tab->lossChart()->chartView()->chart()->legend()->isVisible());
    EXPECT_EQ(tab->comparePanel()->table()->rowCount(), 6);
    // Moving the slider in compare mode keeps the comparison; editing a weight recomputes it.
    QString error;
    EXPECT_FALSE(tab->comparePanel()->setRatesText(QStringLiteral("0.1, -2"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("-2")));
    EXPECT_TRUE(tab->comparePanel()->setRatesText(QStringLiteral("0.5 5"), &error));
    EXPECT_EQ(lineSeries().size(), 2);
    tab->compareAction()->trigger();
    EXPECT_EQ(lineSeries().size(), 1);
    EXPECT_FALSE(tab->lossChart()->chartView()->chart()->legend()->isVisible());
}

TEST_F(SheetTabTest, LogScaleAndHoverReadout) {
    tab->logScaleAction()->trigger();
    bool hasLogAxis = false;
    for (QAbstractAxis* axis : tab->lossChart()->chartView()->chart()->axes(Qt::Vertical)) {
        hasLogAxis = hasLogAxis || qobject_cast<QLogValueAxis*>(axis) != nullptr;
    }
    EXPECT_TRUE(hasLogAxis);
    tab->lossChart()->showReadoutAt(10.2);
    EXPECT_TRUE(tab->lossChart()->readout().startsWith(QStringLiteral("Iteration 10 — E_total = ")));
}

TEST_F(SheetTabTest, GradientCheckAgreesAtTheSelectedIteration) {
    EXPECT_TRUE(tab->gradientCheck()->summary().contains(QStringLiteral("all eight partials agree")));
    EXPECT_EQ(tab->gradientCheck()->table()->item(4, 3)->text(), QStringLiteral("✓"));
}

TEST_F(SheetTabTest, ExportsChartAsPngOfTheRequestedSizeAndSvg) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("loss.png"));
    QString error;
    ASSERT_TRUE(tab->exportChart(png, QSize(900, 600), &error)) << error.toStdString();
    QImage image(png);
    if (qEnvironmentVariableIsSet("KEEP_EXPORT")) image.save(qEnvironmentVariable("KEEP_EXPORT"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(900, 600));
    // Not blank: the curve and the axes leave plenty of non-white pixels.
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) ink += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    EXPECT_GT(ink, 2000);
    // The view on screen keeps its size.
    EXPECT_NE(tab->lossChart()->chartView()->size(), QSize(900, 600));

    const QString svg = dir.filePath(QStringLiteral("loss.svg"));
    ASSERT_TRUE(tab->exportChart(svg, QSize(900, 600), &error)) << error.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<svg"));

    EXPECT_FALSE(tab->exportChart(QStringLiteral("/nonexistent-folder/loss.png"), QSize(900, 600), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Could not write")));
}

TEST_F(SheetTabTest, ExportsTheSheetAsCsv) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.csv"));
    QString error;
    ASSERT_TRUE(tab->exportCsv(path, &error));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    EXPECT_EQ(lines.size(), 101);
    EXPECT_TRUE(lines.first().startsWith("iteration,w1,"));
}

TEST_F(SheetTabTest, RemembersWhatTheStudentTyped) {
    tab->inputsPanel()->learningRateControl()->setLearningRate(0.8);
    setActivation(Activation::Tanh);
    tab->inputsPanel()->iterationsBox()->setValue(250);
    tab.reset(); // saves
    tab = std::make_unique<BackpropSheetTab>();
    EXPECT_EQ(tab->document()->inputs().learningRate, 0.8);
    EXPECT_EQ(tab->document()->inputs().activation, Activation::Tanh);
    EXPECT_EQ(tab->document()->sheet().iterationLimit(), 250);
    EXPECT_EQ(tab->inputsPanel()->learningRateControl()->spinBox()->value(), 0.8);
}

TEST_F(SheetTabTest, ResetToSeedValuesRestoresEverything) {
    tab->inputsPanel()->learningRateControl()->setLearningRate(3.0);
    setActivation(Activation::Relu);
    tab->resetValuesAction()->trigger();
    EXPECT_EQ(tab->document()->inputs(), SheetInputs{});
    EXPECT_EQ(tab->inputsPanel()->inputs(), SheetInputs{});
}

} // namespace
} // namespace bplab::ui

namespace bplab::ui {
namespace {

TEST(LearningRateControlScale, CoversFiveDecadesAndSnapsToSeedRates) {
    EXPECT_EQ(LearningRateControl::sliderPosition(0.001), 0);
    EXPECT_EQ(LearningRateControl::sliderPosition(100.0), LearningRateControl::kSliderSteps);
    EXPECT_DOUBLE_EQ(LearningRateControl::learningRateAt(0), 0.001);
    EXPECT_DOUBLE_EQ(LearningRateControl::learningRateAt(LearningRateControl::kSliderSteps), 100.0);
    // 10^(−3 + 5·600/1000) = 10^0 = 1
    EXPECT_DOUBLE_EQ(LearningRateControl::learningRateAt(600), 1.0);
    const int atHalf = LearningRateControl::sliderPosition(0.5);
    EXPECT_EQ(LearningRateControl::learningRateAt(atHalf), 0.5);
    EXPECT_NE(LearningRateControl::learningRateAt(atHalf + 2), 0.5);
    EXPECT_EQ(LearningRateControl::learningRateAt(atHalf + 2, 4), 0.5);
}

TEST(LearningRateControlKeys, ArrowKeysLeaveASeedRate) {
    LearningRateControl control;
    control.setLearningRate(0.5);
    QTest::keyClick(control.slider(), Qt::Key_Right);
    EXPECT_GT(control.learningRate(), 0.5);
    EXPECT_LT(control.learningRate(), 0.52);
}

} // namespace
} // namespace bplab::ui

namespace bplab::ui {
namespace {

TEST_F(SheetTabTest, LongRunsAreThinnedForDrawingButKeepTheirExtremes) {
    setActivation(Activation::Tanh);
    tab->inputsPanel()->learningRateControl()->setLearningRate(20.0); // oscillates
    tab->inputsPanel()->iterationsBox()->setValue(10000);
    const std::vector<double> losses = tab->document()->sheet().lossCurve();
    ASSERT_EQ(losses.size(), 10000u);
    QLineSeries* series = lineSeries().first();
    EXPECT_LE(series->count(), 4002);
    EXPECT_EQ(series->at(0).x(), 0.0);
    EXPECT_EQ(series->at(series->count() - 1).x(), 9999.0);
    double lowest = series->at(0).y(), highest = lowest;
    for (const QPointF& p : series->points()) {
        lowest = std::min(lowest, p.y());
        highest = std::max(highest, p.y());
    }
    EXPECT_EQ(lowest, *std::min_element(losses.begin(), losses.end()));
    EXPECT_EQ(highest, *std::max_element(losses.begin(), losses.end()));
}

} // namespace
} // namespace bplab::ui

namespace bplab::ui {
namespace {

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

} // namespace
} // namespace bplab::ui

namespace bplab::ui {
namespace {

TEST_F(SheetTabTest, SavesWhatWasTypedWithoutWaitingForTheWindowToClose) {
    tab->inputsPanel()->learningRateControl()->setLearningRate(1.5);
    // Shortly after the last edit, even if the app is then killed rather than closed.
    EXPECT_TRUE(QTest::qWaitFor([] { return SheetSettings().inputs().learningRate == 1.5; }, 5000));
}

} // namespace
} // namespace bplab::ui

namespace bplab::ui {
namespace {

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

namespace bplab::ui {
namespace {

TEST_F(SheetTabTest, CompareCurvesFollowTheInputsNotTheSteps) {
    tab->compareAction()->trigger();
    QSignalSpy recomputed(tab->comparePanel(), &CompareRatesPanel::curvesChanged);
    tab->stepCellAction()->trigger(); // starts the finished run over and steps: the inputs are the same
    tab->stepIterationAction()->trigger();
    EXPECT_EQ(recomputed.count(), 0) << "a step must not rerun the whole sweep";
    tab->inputsPanel()->valueBox(QStringLiteral("w1"))->setValue(0.3);
    EXPECT_EQ(recomputed.count(), 1);
}

} // namespace
} // namespace bplab::ui

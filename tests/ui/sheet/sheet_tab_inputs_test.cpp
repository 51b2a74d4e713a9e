// The values panel of the Backprop sheet tab driven with keys (the η slider and spin boxes, a weight),
// reset to the seed values, and remembered across restarts through SheetSettings; its choices under German.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "core/sheet/activation.h"
#include "core/sheet/loss.h"
#include "core/sheet/weight_init.h"
#include "ui/common/app_language.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/values/network_architecture_editor.h"
#include "ui/sheet/values/network_values_panel.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/lessons/sheet_lessons.h"
#include "ui/sheet/sheet_settings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>

namespace bplab::ui {
namespace {

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

TEST_F(SheetTabTest, ResetToSeedValuesRestoresEverything) {
    tab->inputsPanel()->learningRateControl()->setLearningRate(3.0);
    setActivation(Activation::Relu);
    tab->resetValuesAction()->trigger();
    EXPECT_EQ(tab->document()->inputs(), SheetInputs{});
    EXPECT_EQ(tab->inputsPanel()->inputs(), SheetInputs{});
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

TEST_F(SheetTabTest, SavesWhatWasTypedWithoutWaitingForTheWindowToClose) {
    tab->inputsPanel()->learningRateControl()->setLearningRate(1.5);
    // Shortly after the last edit, even if the app is then killed rather than closed.
    EXPECT_TRUE(QTest::qWaitFor([] { return SheetSettings().inputs().learningRate == 1.5; }, 5000));
}

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

TEST(SheetSettingsFile, AnUnusableStoredValueLosesNothingElse) {
    QSettings().clear();
    SheetInputs typed;
    typed.i1 = 0.3;
    typed.weights[4] = 1.25;
    SheetSettings().setInputs(typed);
    QSettings().setValue(QStringLiteral("sheet/values/eta"), -1.0); // edited by hand: η must be > 0
    const SheetInputs read = SheetSettings().inputs();
    EXPECT_EQ(read.learningRate, SheetInputs{}.learningRate);
    EXPECT_EQ(read.i1, 0.3);
    EXPECT_EQ(read.weights[4], 1.25);
    QSettings().clear();
}

// A box shows 4 decimals (η 5): values with more, from a lesson or a file, are kept exactly, and
// editing another box changes only that box's value, never the ones the boxes round.
TEST_F(SheetTabTest, EditingOneBoxKeepsEveryOtherValueExactly) {
    Scenario file;
    file.title = "nine decimals";
    file.inputs.i1 = 0.987654321;
    file.inputs.weights[0] = 0.123456789;
    file.inputs.b2 = -0.000012345;
    file.inputs.learningRate = 0.123456789;
    ASSERT_TRUE(tab->lessons()->load(file));
    ASSERT_EQ(tab->document()->inputs(), file.inputs);
    EXPECT_EQ(tab->inputsPanel()->valueBox(QStringLiteral("w1"))->value(), 0.1235); // what the box shows
    EXPECT_TRUE(tab->inputsPanel()
                    ->valueBox(QStringLiteral("w1"))
                    ->toolTip()
                    .contains(QStringLiteral("Exact value: 0.123456789")));

    QDoubleSpinBox* w2 = tab->inputsPanel()->valueBox(QStringLiteral("w2"));
    w2->setFocus();
    w2->selectAll();
    QTest::keyClicks(w2, QStringLiteral("0.3"));
    QTest::keyClick(w2, Qt::Key_Enter);
    SheetInputs expected = file.inputs;
    expected.weights[1] = 0.3;
    EXPECT_EQ(tab->document()->inputs(), expected);
    EXPECT_EQ(tab->document()->inputs().weights[0], 0.123456789);
    EXPECT_EQ(tab->document()->inputs().learningRate, 0.123456789);
    // The activation and the learning-rate slider edit only their own field too.
    setActivation(Activation::Tanh);
    expected.activation = Activation::Tanh;
    EXPECT_EQ(tab->document()->inputs(), expected);
    tab->inputsPanel()->learningRateControl()->slider()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    EXPECT_EQ(tab->document()->inputs().i1, 0.987654321);
    EXPECT_EQ(tab->document()->inputs().b2, -0.000012345);
    EXPECT_GT(tab->document()->inputs().learningRate, 0.123456789);
    // A value the box shows exactly has its plain tooltip.
    EXPECT_FALSE(w2->toolTip().contains(QStringLiteral("Exact value")));
}

TEST(LearningRateControlKeys, ArrowKeysLeaveASeedRate) {
    LearningRateControl control;
    control.setLearningRate(0.5);
    QTest::keyClick(control.slider(), Qt::Key_Right);
    EXPECT_GT(control.learningRate(), 0.5);
    EXPECT_LT(control.learningRate(), 0.52);
}

// Under German the combo boxes show the core's names of activations, losses and weight initialisations in
// German (core/translatable.h), while each item keeps its data: the edit reaches the sheet unchanged.
TEST(SheetChoicesInGerman, NamesAreGermanAndItemsKeepTheirData) {
    const InstalledLanguage german(QStringLiteral("de"), QLocale(QLocale::English, QLocale::UnitedStates));
    SheetInputsPanel inputs;
    QComboBox* activation = inputs.activationBox();
    const int identity = activation->findData(static_cast<int>(Activation::Identity));
    EXPECT_EQ(activation->itemText(identity), QStringLiteral("Identität"));
    EXPECT_EQ(activation->itemText(activation->findData(static_cast<int>(Activation::Sigmoid))),
              QStringLiteral("Sigmoid"));
    EXPECT_EQ(inputs.lossBox()->itemText(inputs.lossBox()->findData(static_cast<int>(Loss::CrossEntropy))),
              QStringLiteral("Kreuzentropie"));
    activation->setCurrentIndex(identity);
    EXPECT_EQ(inputs.inputs().activation, Activation::Identity);

    NetworkArchitectureEditor architecture;
    QComboBox* layerActivation = architecture.activationBox(1);
    EXPECT_EQ(layerActivation->itemText(layerActivation->findData(static_cast<int>(Activation::Relu))),
              QStringLiteral("ReLU"));
    NetworkValuesPanel values;
    EXPECT_EQ(values.initBox()->itemText(values.initBox()->findData(static_cast<int>(WeightInit::HeUniform))),
              QStringLiteral("He gleichverteilt"));
}

} // namespace
} // namespace bplab::ui

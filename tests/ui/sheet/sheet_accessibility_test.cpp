// What a screen reader gets from the sheet tab: the custom-painted views say their values in their
// accessible description and follow every change; the left column's controls are named and the Tab
// key visits them top to bottom, as they are drawn. (tests/e2e/accessibility.sh checks the whole
// window over AT-SPI, as the screen reader sees it.)
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/landscape/loss_landscape_pane.h"
#include "ui/sheet/landscape/loss_landscape_view.h"
#include "ui/sheet/diagram/network_diagram.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/sheet_stepper.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

namespace bplab::ui {
namespace {

QString described(const QWidget* widget) { return widget->accessibleDescription(); }

// Seed sheet, iteration 0 (no biases): h1 = 0.15·0.05 + 0.2·0.1 = 0.0275, a_h1 = σ(0.0275) = 0.50687;
// h2 = 0.25·0.05 + 0.3·0.1 = 0.0425, a_h2 = σ(0.0425) = 0.51062;
// o1 = 0.4·0.50687 + 0.45·0.51062 = 0.43253, a_o1 = σ(0.43253) = 0.60648;
// o2 = 0.5·0.50687 + 0.55·0.51062 = 0.53428, a_o2 = σ(0.53428) = 0.63048.
TEST(NetworkDiagramAccessibility, DescriptionSaysTheUnitsAndWeightsWithTheirValues) {
    SheetDocument document;
    NetworkDiagram diagram(&document);
    document.runToEnd();
    document.select({0, 0});
    EXPECT_EQ(diagram.accessibleName(), QStringLiteral("Network diagram"));
    const QString text = described(&diagram);
    for (const char* expected :
         {"Iteration 0", "i1 0.05", "i2 0.1", "h1 0.5069", "h2 0.5106", "o1 0.6065", "o2 0.6305", "t1 0.01",
          "t2 0.99", "w1 0.15", "w2 0.2", "w3 0.25", "w4 0.3", "w5 0.4", "w6 0.45", "w7 0.5", "w8 0.55"}) {
        EXPECT_TRUE(text.contains(QLatin1String(expected))) << expected << " in " << text.toStdString();
    }
    EXPECT_FALSE(text.contains(QStringLiteral("b1"))) << "the seed sheet has no biases";
}

TEST(NetworkDiagramAccessibility, DescriptionFollowsAnEditAResetAndAStep) {
    SheetDocument document;
    NetworkDiagram diagram(&document);
    document.runToEnd();
    document.select({0, 0});
    SheetInputs inputs = document.inputs();
    inputs.weights[0] = 0.3; // w1: h1 = 0.3·0.05 + 0.2·0.1 = 0.035, a_h1 = σ(0.035) = 0.50875
    ASSERT_TRUE(document.setInputs(inputs));
    document.runToEnd();
    document.select({0, 0});
    EXPECT_TRUE(described(&diagram).contains(QStringLiteral("w1 0.3,"))) << described(&diagram).toStdString();
    EXPECT_TRUE(described(&diagram).contains(QStringLiteral("h1 0.5087")))
        << described(&diagram).toStdString();

    document.reset(); // nothing computed: the inputs and weights are there, the units not yet
    EXPECT_TRUE(described(&diagram).contains(QStringLiteral("h1 not computed yet")))
        << described(&diagram).toStdString();
    EXPECT_TRUE(described(&diagram).contains(QStringLiteral("w1 0.3,"))) << described(&diagram).toStdString();

    document.stepCell(); // h1's net input
    document.stepCell(); // h2's
    document.stepCell(); // a_h1
    EXPECT_TRUE(described(&diagram).contains(QStringLiteral("h1 0.5087")))
        << described(&diagram).toStdString();
    EXPECT_TRUE(described(&diagram).contains(QStringLiteral("o1 not computed yet")))
        << described(&diagram).toStdString();
}

TEST(NetworkDiagramAccessibility, WeightChangeModeSaysEachChange) {
    SheetDocument document;
    NetworkDiagram diagram(&document);
    document.runToEnd();
    diagram.showWeightChanges(NetworkDiagram::WeightChanges{2, 7, {0.001, 0, 0, 0, -0.0125, 0, 0, 0.5}});
    const QString text = described(&diagram);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Weight changes from iteration 2 to 7: ")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Δw1 0.001,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Δw5 −0.0125,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Δw8 0.5."))) << text.toStdString();
    diagram.showWeightChanges(std::nullopt);
    EXPECT_TRUE(described(&diagram).startsWith(QStringLiteral("Iteration ")))
        << described(&diagram).toStdString();
}

// The landscape over w5, w6 at iteration 0 of the seed sheet: E_total = ½(0.01 − 0.60648)² +
// ½(0.99 − 0.63048)² = 0.17789 + 0.06463 = 0.24252. With w5 = 0.3: o1 = 0.3·0.50687 + 0.45·0.51062
// = 0.38184, a_o1 = σ(0.38184) = 0.59432, E_total = ½(0.58432)² + 0.06463 = 0.23534.
TEST_F(SheetTabTest, LandscapeDescriptionSaysTheSelectedPointAndFollowsAnEdit) {
    tab->lowerTabs()->setCurrentWidget(tab->landscapePane()); // it recomputes only while shown
    const LossLandscapeView* view = tab->landscapePane()->view();
    EXPECT_EQ(view->accessibleName(), QStringLiteral("Loss landscape"));
    EXPECT_TRUE(
        described(view).contains(QStringLiteral("Selected point: w5 = 0.4, w6 = 0.45, E_total = 0.24252.")))
        << described(view).toStdString();
    EXPECT_TRUE(described(view).contains(QStringLiteral("The map spans w5 from ")))
        << described(view).toStdString();

    tab->inputsPanel()->valueBox(QStringLiteral("w5"))->setValue(0.3);
    EXPECT_TRUE(
        described(view).contains(QStringLiteral("Selected point: w5 = 0.3, w6 = 0.45, E_total = 0.23534.")))
        << described(view).toStdString();
}

TEST(LossLandscapeViewAccessibility, AnEmptyPictureSaysThereIsNothingToShow) {
    LossLandscapeView view;
    EXPECT_TRUE(described(&view).startsWith(QStringLiteral("No landscape")))
        << described(&view).toStdString();
}

// On Linux Qt names a combo box by its current text and a control without a name after its group
// box: what a screen reader says for each control of the left column (QAccessible, as AT-SPI reads it).
TEST_F(SheetTabTest, LeftColumnControlsHaveNamesThatSayWhatTheyAreFor) {
    SheetInputsPanel* inputs = tab->inputsPanel();
    auto nameOf = [](QWidget* widget) {
        return QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name);
    };
    // A combo box is named through its label (the Label relation), which screen readers read.
    auto labelOf = [](QWidget* widget) {
        const auto relations = QAccessible::queryAccessibleInterface(widget)->relations(QAccessible::Label);
        for (const auto& [label, relation] : relations) {
            if (label->role() == QAccessible::StaticText) return label->text(QAccessible::Name);
        }
        return QString();
    };
    auto* stepper = tab->findChild<SheetStepper*>();
    ASSERT_NE(stepper, nullptr);
    EXPECT_EQ(nameOf(inputs->learningRateControl()->slider()), QStringLiteral("Learning rate η (log scale)"));
    EXPECT_TRUE(described(inputs->learningRateControl()->slider()).startsWith(QStringLiteral("η = 0.5 ")))
        << described(inputs->learningRateControl()->slider()).toStdString();
    EXPECT_EQ(nameOf(stepper->playSpeedBox()), QStringLiteral("Play speed"));
    EXPECT_EQ(labelOf(stepper->playModeBox()), QStringLiteral("Play:"));
    EXPECT_EQ(labelOf(inputs->activationBox()), QStringLiteral("Activation:"));
    EXPECT_EQ(labelOf(inputs->lossBox()), QStringLiteral("Loss:"));
    EXPECT_EQ(labelOf(tab->landscapePane()->axisABox()), QStringLiteral("Parameters: horizontal"));
    EXPECT_EQ(labelOf(tab->landscapePane()->axisBBox()), QStringLiteral("vertical"));
    EXPECT_EQ(nameOf(tab->tableView()), QStringLiteral("Sheet"));
}

// Tab from the first value visits every control of the left column once, top to bottom: the values row
// by row (i1 i2, t1 t2, w1 w2, …, b1 b2), Learn biases, the Training box, then Play's speed and mode.
TEST_F(SheetTabTest, TabVisitsTheLeftColumnTopToBottom) {
    SheetInputsPanel* inputs = tab->inputsPanel();
    auto* stepper = tab->findChild<SheetStepper*>();
    ASSERT_NE(stepper, nullptr);
    QList<QWidget*> expected;
    for (const char* name :
         {"i1", "i2", "t1", "t2", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2"})
        expected << inputs->valueBox(QLatin1String(name));
    expected << inputs->learnBiasesBox() << inputs->activationBox() << inputs->lossBox()
             << inputs->iterationsBox() << inputs->learningRateControl()->slider()
             << inputs->learningRateControl()->spinBox() << stepper->playSpeedBox() << stepper->playModeBox();

    expected.first()->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited;
    for (int k = 0; k < expected.size(); ++k) {
        QWidget* focused = QApplication::focusWidget();
        ASSERT_NE(focused, nullptr);
        // A spin box's focus may sit on its line edit: count the control the edit belongs to.
        const auto owner = std::find_if(expected.begin(), expected.end(), [focused](QWidget* control) {
            return control == focused || control->isAncestorOf(focused);
        });
        visited << (owner == expected.end() ? focused : *owner);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    for (qsizetype k = 0; k < expected.size(); ++k) {
        EXPECT_EQ(visited[k], expected[k])
            << "stop " << k << ": expected " << expected[k]->accessibleName().toStdString() << " ("
            << expected[k]->metaObject()->className() << "), got "
            << visited[k]->accessibleName().toStdString() << " (" << visited[k]->metaObject()->className()
            << ")";
    }
}

} // namespace
} // namespace bplab::ui

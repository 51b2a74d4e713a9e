// Lessons in the Backprop sheet tab: a lesson sets exactly its values and explains itself, the values
// it replaced are one click away, a bad scenario file changes nothing, and the hint about a network
// that cannot diverge shows exactly on such a network at high η.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "core/sheet/divergence_threshold.h"
#include "tests/support/temporary_path.h"
#include "ui/sheet/built_in_lessons.h"
#include "ui/sheet/compare_rates_panel.h"
#include "ui/sheet/divergence_hint.h"
#include "ui/sheet/learning_rate_control.h"
#include "ui/sheet/lesson_panel.h"
#include "ui/sheet/scenario_file.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_lessons.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

namespace bplab::ui {
namespace {

class SheetTabLessonsTest : public SheetTabTest {
protected:
    SheetLessons* lessons() const { return tab->lessons(); }
    QAction* lessonAction(const QString& title) const {
        for (QAction* action : lessons()->lessonActions()) {
            if (action->text() == title) return action;
        }
        return nullptr;
    }
    void expectShown(const Scenario& scenario) const {
        EXPECT_EQ(tab->document()->inputs(), scenario.inputs);
        EXPECT_EQ(tab->inputsPanel()->inputs(), scenario.inputs);
        EXPECT_EQ(tab->document()->sheet().iterationLimit(), scenario.iterations);
        EXPECT_EQ(tab->inputsPanel()->iterationsBox()->value(), scenario.iterations);
        EXPECT_TRUE(tab->document()->sheet().atEnd()) << "a lesson shows its whole run";
        EXPECT_EQ(tab->compareAction()->isChecked(), !scenario.compareRates.empty());
    }
};

TEST_F(SheetTabLessonsTest, EachLessonSetsExactlyItsValues) {
    ASSERT_EQ(lessons()->lessonActions().size(), builtInLessonIds().size());
    for (const Scenario& scenario : builtInLessons()) {
        QAction* action = lessonAction(QString::fromStdString(scenario.title));
        ASSERT_NE(action, nullptr) << scenario.title;
        action->trigger();
        SCOPED_TRACE(scenario.id);
        expectShown(scenario);
        EXPECT_TRUE(lessons()->panel()->isVisibleTo(tab.get()));
        EXPECT_EQ(lessons()->panel()->title().toStdString(), scenario.title);
    }
}

TEST_F(SheetTabLessonsTest, TheDivergenceLessonQuotesItsMeasuredThresholdAndDivergesWhenDraggedRight) {
    QSignalSpy status(tab.get(), &BackpropSheetTab::statusMessage);
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("divergence")));
    const Scenario divergence = *builtInLesson(QStringLiteral("divergence"));
    const double threshold = *measureDivergenceThreshold(divergence.inputs, divergence.iterations);
    const QString quoted = QString::fromStdString(formatShort(threshold));
    EXPECT_TRUE(lessons()->panel()->explanation().contains(QStringLiteral("starts at η = ") + quoted))
        << lessons()->panel()->explanation().toStdString();
    EXPECT_TRUE(lessons()->panel()->suggestion().startsWith(QStringLiteral("Try this: Drag η to the right")));
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.last().first().toString().contains(QStringLiteral("Too big a step")));
    EXPECT_FALSE(tab->document()->sheet().divergedAt());
    // Drag right with the keyboard, a step at a time, until the chart says so.
    QSlider* slider = tab->inputsPanel()->learningRateControl()->slider();
    while (!tab->document()->sheet().divergedAt() && slider->value() < slider->maximum()) {
        slider->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    }
    ASSERT_TRUE(tab->document()->sheet().divergedAt());
    EXPECT_GE(tab->document()->inputs().learningRate, threshold);
    EXPECT_LT(tab->document()->inputs().learningRate, threshold * 1.02);
}

TEST_F(SheetTabLessonsTest, TheWorkedExampleActionLoadsItsLesson) {
    tab->workedExampleAction()->trigger();
    expectShown(*builtInLesson(QLatin1String(kWorkedExampleLessonId)));
    EXPECT_EQ(lessons()->currentLesson()->id, kWorkedExampleLessonId);
}

TEST_F(SheetTabLessonsTest, TheRatesLessonOpensCompareModeWithItsRates) {
    tab->comparePanel()->setRatesText(QStringLiteral("0.3, 3"));
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("faster")));
    EXPECT_TRUE(tab->compareAction()->isChecked());
    EXPECT_EQ(tab->comparePanel()->rates(), kSeedLearningRates);
    EXPECT_EQ(lineSeries().size(), 6);
}

TEST_F(SheetTabLessonsTest, BackToYourValuesRestoresWhatWasTyped) {
    tab->inputsPanel()->valueBox(QStringLiteral("w5"))->setValue(1.25);
    tab->inputsPanel()->iterationsBox()->setValue(40);
    const SheetInputs typed = tab->document()->inputs();
    EXPECT_FALSE(lessons()->backAction()->isEnabled());
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("faster")));
    EXPECT_TRUE(lessons()->backAction()->isEnabled());
    lessons()->backAction()->trigger();
    EXPECT_EQ(tab->document()->inputs(), typed);
    EXPECT_EQ(tab->inputsPanel()->inputs(), typed);
    EXPECT_EQ(tab->document()->sheet().iterationLimit(), 40);
    EXPECT_FALSE(tab->compareAction()->isChecked());
    EXPECT_FALSE(lessons()->panel()->isVisibleTo(tab.get()));
    // Reset to seed values still works after a lesson.
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("dead-relu")));
    tab->resetValuesAction()->trigger();
    EXPECT_EQ(tab->document()->inputs(), SheetInputs{});
}

TEST_F(SheetTabLessonsTest, BackAfterSeveralLessonsRestoresTheStudentsValuesAndRates) {
    tab->comparePanel()->setRatesText(QStringLiteral("0.3, 3"));
    tab->inputsPanel()->valueBox(QStringLiteral("w1"))->setValue(0.75);
    const SheetInputs typed = tab->document()->inputs();
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("faster"))); // replaces the compared rates
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("divergence")));
    lessons()->backAction()->trigger();
    EXPECT_EQ(tab->document()->inputs(), typed) << "not the first lesson's values";
    EXPECT_EQ(tab->comparePanel()->rates(), (std::vector<double>{0.3, 3.0}));
    EXPECT_FALSE(tab->compareAction()->isChecked());
}

TEST_F(SheetTabLessonsTest, ThePanelClosesAndTheValuesStay) {
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("oscillation")));
    lessons()->panel()->closeButton()->click();
    EXPECT_FALSE(lessons()->panel()->isVisibleTo(tab.get()));
    EXPECT_EQ(tab->document()->inputs(), builtInLesson(QStringLiteral("oscillation"))->inputs);
}

TEST_F(SheetTabLessonsTest, ASavedScenarioOpensToTheSameValues) {
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("faster")));
    tab->inputsPanel()->valueBox(QStringLiteral("i2"))->setValue(0.4);
    const SheetInputs saved = tab->document()->inputs();
    const QString path = QString::fromStdString(temporaryPath("saved.json"));
    ASSERT_TRUE(lessons()->saveFile(path));
    tab->resetValuesAction()->trigger();
    tab->compareAction()->setChecked(false);
    ASSERT_TRUE(lessons()->openFile(path));
    EXPECT_EQ(tab->document()->inputs(), saved);
    EXPECT_TRUE(tab->compareAction()->isChecked());
    EXPECT_EQ(lessons()->panel()->title(), QStringLiteral("Bigger steps learn faster"));
    QFile::remove(path);
}

TEST_F(SheetTabLessonsTest, ABadFileIsRefusedWithASentenceAndNothingChanges) {
    tab->inputsPanel()->valueBox(QStringLiteral("w1"))->setValue(0.7);
    const SheetInputs before = tab->document()->inputs();
    const int iterations = tab->document()->sheet().iterationLimit();
    const QString path = QString::fromStdString(temporaryPath("bad.json"));
    Scenario newer;
    newer.title = "from the future";
    QByteArray bytes = scenarioToJson(newer);
    bytes.replace("\"version\": 1", "\"version\": 7");
    for (const QByteArray& content : {QByteArray("{ \"format\": \"backprop-lab-scenario\", \"vers"),
                                      QByteArray("{\"format\": \"something-else\"}"), bytes}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QSignalSpy status(tab.get(), &BackpropSheetTab::statusMessage);
        EXPECT_FALSE(lessons()->openFile(path));
        ASSERT_EQ(status.size(), 1);
        const QString sentence = status.first().first().toString();
        EXPECT_TRUE(sentence.startsWith(QStringLiteral("Could not open"))) << sentence.toStdString();
        EXPECT_TRUE(sentence.endsWith(QStringLiteral("Nothing was changed."))) << sentence.toStdString();
        EXPECT_EQ(tab->document()->inputs(), before);
        EXPECT_EQ(tab->inputsPanel()->inputs(), before);
        EXPECT_EQ(tab->document()->sheet().iterationLimit(), iterations);
        EXPECT_FALSE(lessons()->panel()->isVisibleTo(tab.get()));
    }
    QFile::remove(path);
}

TEST_F(SheetTabLessonsTest, TheHintShowsOnlyOnANetworkThatCannotDivergeAtHighRates) {
    DivergenceHint* hint = lessons()->hint();
    LearningRateControl* rate = tab->inputsPanel()->learningRateControl();
    // Sigmoid at a small η: no hint.
    EXPECT_FALSE(hint->isVisibleTo(tab.get()));
    rate->setLearningRate(2.0);
    EXPECT_FALSE(hint->isVisibleTo(tab.get()));
    // Sigmoid at high η: the hint says why, one sentence, with the way to the divergence lesson.
    rate->setLearningRate(50.0);
    EXPECT_TRUE(hint->isVisibleTo(tab.get()));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("outputs stay between 0 and 1")))
        << hint->text().toStdString();
    // tanh too, with its own range.
    setActivation(Activation::Tanh);
    EXPECT_TRUE(hint->isVisibleTo(tab.get()));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("between −1 and 1")));
    // Identity at high η really diverges: no hint.
    setActivation(Activation::Identity);
    EXPECT_FALSE(hint->isVisibleTo(tab.get()));
    // The link opens the divergence lesson.
    setActivation(Activation::Sigmoid);
    ASSERT_TRUE(hint->isVisibleTo(tab.get()));
    auto* label = hint->findChild<QLabel*>();
    ASSERT_NE(label, nullptr);
    Q_EMIT label->linkActivated(QStringLiteral("lesson"));
    EXPECT_EQ(lessons()->currentLesson()->id, kDivergenceLessonId);
    EXPECT_EQ(tab->document()->inputs().activation, Activation::Identity);
    EXPECT_FALSE(hint->isVisibleTo(tab.get()));
}

TEST_F(SheetTabLessonsTest, TheLessonActionsAreOffWhileAnotherTabIsShown) {
    tab->setActionsEnabled(false);
    for (QAction* action : lessons()->actions())
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
    tab->setActionsEnabled(true);
    EXPECT_TRUE(lessons()->openAction()->isEnabled());
    EXPECT_EQ(lessons()->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
}

} // namespace
} // namespace bplab::ui

namespace bplab::ui {
namespace {

TEST(LessonPanel, SetsOffFormulasAndNeverReadsATeachersTextAsMarkup) {
    const QString html = LessonPanel::richText(QStringLiteral("a <i>x</i> & `w ← w − η·∂E/∂w` b"));
    EXPECT_TRUE(html.startsWith(QStringLiteral("a &lt;i&gt;x&lt;/i&gt; &amp; <nobr><b>w ← w − η·∂E/")))
        << html.toStdString();
    EXPECT_TRUE(html.endsWith(QStringLiteral("∂w</b></nobr> b"))) << html.toStdString();
    LessonPanel panel;
    panel.showLesson(QStringLiteral("<b>T</b>"), QStringLiteral("x `y` z"), QStringLiteral("go"));
    EXPECT_EQ(panel.title(), QStringLiteral("<b>T</b>"));
    EXPECT_EQ(panel.explanation(), QStringLiteral("x y z"));
    EXPECT_EQ(panel.suggestion(), QStringLiteral("Try this: go"));
}

} // namespace
} // namespace bplab::ui

// Lessons in the Backprop sheet tab: a lesson sets exactly its values and explains itself, the values
// it replaced are one click away, a bad scenario file changes nothing, and the hint about a network
// that cannot diverge shows exactly on such a network at high η.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "core/sheet/lessons/divergence_threshold.h"
#include "tests/support/temporary_path.h"
#include "ui/sheet/lessons/built_in_lessons.h"
#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/sheet/lessons/divergence_hint.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/lessons/lesson_panel.h"
#include "ui/sheet/lessons/scenario_file.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/lessons/sheet_lessons.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTextDocument>
#include <QToolButton>

namespace bplab::ui {
namespace {

class SheetTabLessonsTest : public SheetTabTest {
protected:
    SheetLessons* lessons() const { return tab->lessons(); }
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
    // The seed's lessons, a separator, then the lessons on other networks.
    ASSERT_EQ(lessons()->lessonActions().size(),
              builtInLessonIds().size() + 1 + builtInNetworkLessonIds().size());
    EXPECT_TRUE(lessons()->lessonActions().at(builtInLessonIds().size())->isSeparator());
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

// The worked example runs 10,000 iterations; Reset to seed values brings back the seed's 100 rows too.
TEST_F(SheetTabLessonsTest, ResetToSeedValuesAfterTheWorkedExampleGivesTheSeedsHundredIterations) {
    tab->workedExampleAction()->trigger();
    ASSERT_EQ(tab->document()->sheet().iterationLimit(), 10000);
    tab->resetValuesAction()->trigger();
    EXPECT_EQ(tab->document()->inputs(), SheetInputs{});
    EXPECT_EQ(tab->document()->sheet().iterationLimit(), 100);
    EXPECT_EQ(tab->inputsPanel()->iterationsBox()->value(), 100);
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
    const QString path = QString::fromStdString(temporaryPath("saved.json"));
    ASSERT_TRUE(lessons()->saveFile(path)); // the lesson's own values: its texts go with them
    tab->resetValuesAction()->trigger();
    tab->compareAction()->setChecked(false);
    ASSERT_TRUE(lessons()->openFile(path));
    EXPECT_EQ(tab->document()->inputs(), builtInLesson(QStringLiteral("faster"))->inputs);
    EXPECT_TRUE(tab->compareAction()->isChecked());
    EXPECT_EQ(lessons()->panel()->title(), QStringLiteral("Bigger steps learn faster"));
    EXPECT_TRUE(lessons()->panel()->changedNote().isEmpty());
    QFile::remove(path);
}

// A lesson's text makes claims about its values ("at η = 16 the loss still bounces"): once the student
// changes them, the panel says so, and a saved file carries plain texts instead of those claims.
TEST_F(SheetTabLessonsTest, ChangedValuesGetANoteAndSaveWithoutTheLessonsClaims) {
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("oscillation")));
    const Scenario lesson = *builtInLesson(QStringLiteral("oscillation"));
    EXPECT_TRUE(lessons()->panel()->changedNote().isEmpty());
    QDoubleSpinBox* w5 = tab->inputsPanel()->valueBox(QStringLiteral("w5"));
    w5->setValue(lesson.inputs.weights[4] + 0.25); // 0.4 → 0.65
    const QString note = lessons()->panel()->changedNote();
    EXPECT_EQ(lessons()->panel()->changedNoteTone(), LessonPanel::NoteTone::Warning);
    EXPECT_TRUE(note.startsWith(QStringLiteral("You have changed the lesson's values")))
        << note.toStdString();
    EXPECT_TRUE(note.contains(
        QStringLiteral("Lessons › %1 sets them again").arg(QString::fromStdString(lesson.title))))
        << note.toStdString();
    const QString path = QString::fromStdString(temporaryPath("changed.json"));
    ASSERT_TRUE(lessons()->saveFile(path));
    QString error;
    const auto saved = readScenarioFile(path, &error);
    ASSERT_TRUE(saved) << error.toStdString();
    EXPECT_EQ(saved->title, "My sheet");
    EXPECT_EQ(saved->inputs, tab->document()->inputs());
    EXPECT_EQ(saved->explanation.find(lesson.explanation), std::string::npos);
    EXPECT_EQ(saved->suggestion.find(lesson.suggestion), std::string::npos);
    // Changing them back (or the iterations away and back) makes the text true again.
    w5->setValue(lesson.inputs.weights[4]);
    EXPECT_TRUE(lessons()->panel()->changedNote().isEmpty());
    tab->inputsPanel()->iterationsBox()->setValue(lesson.iterations + 1);
    EXPECT_FALSE(lessons()->panel()->changedNote().isEmpty());
    tab->inputsPanel()->iterationsBox()->setValue(lesson.iterations);
    EXPECT_TRUE(lessons()->panel()->changedNote().isEmpty());
    EXPECT_EQ(lessons()->currentScenario().title, lesson.title);
    // A teacher's file is not in the menu: the note says how to open it again.
    tab->inputsPanel()->valueBox(QStringLiteral("i1"))->setValue(0.2);
    ASSERT_TRUE(lessons()->openFile(path));
    tab->inputsPanel()->valueBox(QStringLiteral("i1"))->setValue(0.25);
    EXPECT_TRUE(lessons()->panel()->changedNote().contains(QStringLiteral("Open scenario")));
    QFile::remove(path);
}

// The divergence lesson says "Drag η to the right": doing so is following the lesson, not leaving it.
TEST_F(SheetTabLessonsTest, MovingOnlyEtaAsTheLessonAsksGetsAFriendlyNote) {
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("divergence")));
    ASSERT_TRUE(lessons()->panel()->suggestion().contains(QStringLiteral("Drag η")));
    QSlider* slider = tab->inputsPanel()->learningRateControl()->slider();
    slider->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    ASSERT_NE(tab->document()->inputs().learningRate, 16.0); // the lesson's η = 16
    const QString note = lessons()->panel()->changedNote();
    EXPECT_FALSE(note.contains(QStringLiteral("You have changed"))) << note.toStdString();
    EXPECT_EQ(lessons()->panel()->changedNoteTone(), LessonPanel::NoteTone::Friendly);
    EXPECT_TRUE(note.startsWith(
        QStringLiteral("η is now %1; the lesson set 16")
            .arg(QString::fromStdString(formatShort(tab->document()->inputs().learningRate)))))
        << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral("Lessons › Too big a step: divergence sets η back")))
        << note.toStdString();
    // Another value too: now the text no longer describes the sheet, and the note says so.
    tab->inputsPanel()->valueBox(QStringLiteral("w1"))->setValue(0.5);
    EXPECT_TRUE(
        lessons()->panel()->changedNote().startsWith(QStringLiteral("You have changed the lesson's values")));
    EXPECT_EQ(lessons()->panel()->changedNoteTone(), LessonPanel::NoteTone::Warning);
    // η alone again, back at the lesson's: no note at all.
    tab->inputsPanel()->valueBox(QStringLiteral("w1"))->setValue(0.15);
    tab->inputsPanel()->learningRateControl()->setLearningRate(16.0);
    EXPECT_TRUE(lessons()->panel()->changedNote().isEmpty());
}

// The worked example's bold formula is longer than the panel is wide: it wraps, and every word of the
// text is inside the panel (it was cut at "so w5⁺ = 0.4 −").
TEST_F(SheetTabLessonsTest, ALongFormulaWrapsInsideThePanel) {
    tab->workedExampleAction()->trigger();
    QCoreApplication::sendPostedEvents(nullptr,
                                       QEvent::LayoutRequest); // as the event loop would, before a paint
    QLabel* label = lessons()->panel()->explanationLabel();
    ASSERT_TRUE(label->isVisible());
    const int width = label->contentsRect().width();
    ASSERT_GT(width, 100);
    // Lay the text out as the label does, at its width: no line may be wider than that.
    QTextDocument layout;
    layout.setDocumentMargin(0);
    layout.setDefaultFont(label->font());
    layout.setHtml(label->text());
    layout.setTextWidth(width);
    EXPECT_LE(layout.idealWidth(), width) << "a line runs out of the panel";
    EXPECT_GE(label->height(), label->heightForWidth(label->width())) << "the label is cut at the bottom";
    EXPECT_TRUE(lessons()->panel()->explanation().contains(
        QStringLiteral("∂E/∂w5 = (a_o1 − t1)·a_o1·(1 − a_o1)·a_h1 = 0.082167041, so w5⁺ = 0.4 − "
                       "0.5·0.082167041 = 0.35891648")))
        << lessons()->panel()->explanation().toStdString();
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
    Scenario tooBig; // the value boxes hold −100..100: the window could not show i1
    tooBig.title = "too big";
    tooBig.inputs.i1 = 123456.789;
    for (const QByteArray& content :
         {QByteArray("{ \"format\": \"backprop-lab-scenario\", \"vers"),
          QByteArray("{\"format\": \"something-else\"}"), bytes, scenarioToJson(tooBig)}) {
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
    // Sigmoid with cross-entropy: measured not to diverge up to η = 100 (tests/core), so the hint
    // shows with cross-entropy's own reason; tanh with cross-entropy stops instead: no hint.
    QComboBox* loss = tab->inputsPanel()->lossBox();
    loss->setCurrentIndex(loss->findData(static_cast<int>(Loss::CrossEntropy)));
    setActivation(Activation::Sigmoid);
    EXPECT_TRUE(hint->isVisibleTo(tab.get()));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("error signal a − t stays between −1 and 1")))
        << hint->text().toStdString();
    EXPECT_FALSE(tab->document()->sheet().divergedAt()) << "at η = 50 the run completes";
    setActivation(Activation::Tanh);
    EXPECT_FALSE(hint->isVisibleTo(tab.get()));
    loss->setCurrentIndex(loss->findData(static_cast<int>(Loss::SquaredError)));
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
    // "η = 17.84" outside a formula never breaks either.
    EXPECT_EQ(LessonPanel::richText(QStringLiteral("at η = 17.84")).toStdString(),
              QStringLiteral("at η\u00a0=\u00a017.84").toStdString());
    LessonPanel panel;
    panel.showLesson(QStringLiteral("<b>T</b>"), QStringLiteral("x `y` z"), QStringLiteral("go"));
    EXPECT_EQ(panel.title(), QStringLiteral("<b>T</b>"));
    EXPECT_EQ(panel.explanation(), QStringLiteral("x y z"));
    EXPECT_EQ(panel.suggestion(), QStringLiteral("Try this: go"));
}

} // namespace
} // namespace bplab::ui

namespace bplab::ui {
namespace {

// A long formula may break only after its operators outside parentheses: "(1 − a_o1)" stays whole.
TEST(LessonPanel, ALongFormulaBreaksOnlyAfterItsOperators) {
    const QString html =
        LessonPanel::richText(QStringLiteral("`∂E/∂w5 = (a_o1 − t1)·a_o1·(1 − a_o1)·a_h1 = 0.0822`"));
    EXPECT_FALSE(html.contains(QStringLiteral("<nobr>"))) << html.toStdString();
    const QString nb = QStringLiteral("\u00a0"), zw = QStringLiteral("\u200b");
    EXPECT_EQ(html.toStdString(),
              (QStringLiteral("<b>∂E/\u2060∂w5") + nb + QStringLiteral("= (a_o1") + nb + QStringLiteral("−") +
               nb + QStringLiteral("t1)·") + zw + QStringLiteral("a_o1·") + zw + QStringLiteral("(1") + nb +
               QStringLiteral("−") + nb + QStringLiteral("a_o1)·") + zw + QStringLiteral("a_h1") + nb +
               QStringLiteral("= 0.0822</b>"))
                  .toStdString());
}

} // namespace
} // namespace bplab::ui

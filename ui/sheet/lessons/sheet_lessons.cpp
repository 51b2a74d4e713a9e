#include "ui/sheet/lessons/sheet_lessons.h"

#include "ui/common/core_text.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/sentence.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/lessons/built_in_lessons.h"
#include "ui/sheet/lessons/divergence_hint.h"
#include "ui/sheet/lessons/lesson_panel.h"
#include "ui/sheet/lessons/lesson_text.h"
#include "ui/sheet/lessons/network_scenario_file.h"
#include "ui/sheet/lessons/scenario_file.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_loss_curve.h"
#include "ui/sheet/sheet_messages.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/values/sheet_inputs_panel.h"
#include "ui/sheet/views/compare_rates_panel.h"

#include <QAction>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>

#include <stdexcept>

namespace bplab::ui {

namespace {
QString fileFilter() { return SheetLessons::tr("Backprop Lab scenarios (*.json);;All files (*)"); }

} // namespace

SheetLessons::SheetLessons(const LessonTargets& targets, QWidget* parent)
    : QObject(parent)
    , m_targets(targets)
    , m_parent(parent)
    , m_panel(new LessonPanel(parent))
    , m_hint(new DivergenceHint(targets.document, parent))
    , m_folder(QDir::homePath()) {
    createActions();
    connect(m_hint, &DivergenceHint::lessonRequested, this,
            [this] { loadBuiltIn(QLatin1String(kDivergenceLessonId)); });
    m_hint->followInTabOrder(targets.inputs->learningRateControl()->spinBox()); // it sits right under η
    connect(targets.document, &SheetDocument::inputsChanged, this, &SheetLessons::followEdits);
}

bool SheetLessons::showsLessonValues() const {
    return m_lesson && m_targets.document->inputs() == m_lesson->inputs &&
           m_targets.document->sheet().iterationLimit() == m_lesson->iterations;
}

bool SheetLessons::onlyRateChanged() const {
    if (!m_lesson || m_targets.document->sheet().iterationLimit() != m_lesson->iterations) return false;
    SheetInputs asTheLesson = m_targets.document->inputs();
    asTheLesson.learningRate = m_lesson->inputs.learningRate;
    return asTheLesson == m_lesson->inputs;
}

void SheetLessons::followEdits() {
    if (!m_lesson || showsLessonValues()) {
        m_panel->setChangedNote({});
        return;
    }
    // A built-in lesson is in the Lessons menu; a teacher's file is opened again.
    const bool builtIn = builtInLessonIds().contains(fromStd(m_lesson->id));
    const QString again = builtIn ? tr("Lessons › %1").arg(lessonText(m_lesson->title))
                                  : tr("Lessons › Open scenario… (the same file)");
    if (onlyRateChanged()) {
        // Moving η is what the lessons ask for ("drag η to the right"): say where it stands, kindly.
        m_panel->setChangedNote(
            tr("η is now %1; the lesson set %2, and everything else is still its own. "
               "%3 sets η back.")
                .arg(withLocaleDecimals(formatShort(m_targets.document->inputs().learningRate)),
                     withLocaleDecimals(formatShort(m_lesson->inputs.learningRate)), again),
            LessonPanel::NoteTone::Friendly);
        return;
    }
    m_panel->setChangedNote(
        tr("You have changed the lesson's values: its text describes the values it set. %1 sets them again.")
            .arg(again));
}

void SheetLessons::createActions() {
    for (const Scenario& lesson : builtInLessons()) {
        auto* action = makeAction(lessonText(lesson.title),
                                  tr("Set this lesson's values and explain what to look for"), {}, this);
        const QString id = fromStd(lesson.id);
        connect(action, &QAction::triggered, this, [this, id] { loadBuiltIn(id); });
        m_lessonActions.append(action);
    }
    auto* ownNetworks = new QAction(this);
    ownNetworks->setSeparator(true); // the lessons on other networks follow
    m_lessonActions.append(ownNetworks);
    for (const QString& id : builtInNetworkLessonIds()) {
        const auto lesson = builtInNetworkLesson(id);
        if (!lesson) continue;
        auto* action = makeAction(lessonText(lesson->title),
                                  tr("Build this lesson's network and explain what to look for"), {}, this);
        connect(action, &QAction::triggered, this, [this, id] { loadBuiltInNetwork(id); });
        m_lessonActions.append(action);
    }
    m_open = makeAction(tr("&Open scenario…"),
                        tr("Open a lesson saved as a scenario file (a teacher's, or one you saved)"),
                        {QKeySequence::Open}, this);
    m_save = makeAction(tr("&Save scenario…"),
                        tr("Save the values on screen, the iterations and the current lesson's text as a "
                           "scenario file to share"),
                        {QKeySequence::Save}, this);
    m_back = makeAction(tr("&Back to your values"),
                        tr("Restore the values you had before the last lesson was loaded"), {}, this);
    m_back->setEnabled(false);
    connect(m_open, &QAction::triggered, this, &SheetLessons::chooseFileToOpen);
    connect(m_save, &QAction::triggered, this, &SheetLessons::chooseFileToSave);
    connect(m_back, &QAction::triggered, this, &SheetLessons::goBack);
}

QList<QAction*> SheetLessons::actions() const {
    return m_lessonActions + QList<QAction*>{m_back, m_open, m_save};
}

void SheetLessons::apply(const SheetInputs& inputs, int iterations, bool compareMode) {
    SheetInputsPanel* panel = m_targets.inputs;
    SheetDocument* document = m_targets.document;
    document->showSeedSheet(); // a lesson on the 2-2-2 shows the seed sheet
    panel->setInputs(inputs);
    panel->setIterations(iterations);
    document->setIterationLimit(iterations);
    document->setInputs(inputs);
    document->runToEnd(); // a lesson shows its whole run, as the window does at start
    m_targets.compareMode->setChecked(compareMode);
}

bool SheetLessons::load(const Scenario& scenario) {
    try {
        validate(scenario);
    } catch (const std::invalid_argument& problem) {
        Q_EMIT statusMessage(tr("This lesson cannot be used: %1.").arg(SheetMessages::inputProblem(problem)));
        return false;
    }
    rememberValuesBefore();
    if (!scenario.compareRates.empty()) m_targets.compare->setRates(scenario.compareRates);
    apply(scenario.inputs, scenario.iterations, !scenario.compareRates.empty());
    m_lesson = scenario;
    followEdits(); // the values were set before m_lesson: the note goes
    m_panel->showLesson(lessonText(scenario.title),
                        lessonTextWithMeasurements(scenario.explanation, scenario),
                        lessonTextWithMeasurements(scenario.suggestion, scenario));
    m_back->setEnabled(true);
    Q_EMIT statusMessage(tr("Lesson “%1”: %2, η = %3, %4 iterations. Lessons › Back to your values restores "
                            "what you had.")
                             .arg(lessonText(scenario.title), sheetNetworkName(scenario.inputs))
                             .arg(localNumber(scenario.inputs.learningRate))
                             .arg(scenario.iterations));
    return true;
}

void SheetLessons::rememberValuesBefore() {
    if (m_before) return;
    const SheetDocument* document = m_targets.document;
    m_before = Values{document->inputs(),
                      document->sheet().iterationLimit(),
                      m_targets.compareMode->isChecked(),
                      m_targets.compare->rates(),
                      std::nullopt,
                      0,
                      document->showsOwnNetwork()};
    // A network lesson replaces the own network, shown or not: Back brings the student's one back.
    if (const NetworkSheet* own = document->ownNetwork()) {
        m_before->ownNetwork = own->spec();
        m_before->ownIterations = own->iterationLimit();
    }
}

bool SheetLessons::loadNetwork(const NetworkScenario& scenario) {
    SheetDocument* document = m_targets.document;
    const std::optional<Values> before = m_before;
    rememberValuesBefore();
    QString error;
    if (!document->setNetworkRun(scenario.spec, scenario.iterations, &error)) {
        m_before = before;
        Q_EMIT statusMessage(tr("This lesson cannot be used: %1").arg(asSentence(error)));
        return false;
    }
    m_targets.compareMode->setChecked(false);
    document->runToEnd(); // a lesson shows its whole run, as the window does at start
    m_lesson.reset();
    followEdits();
    m_panel->showLesson(lessonText(scenario.title), lessonText(scenario.explanation),
                        lessonText(scenario.suggestion));
    m_back->setEnabled(true);
    Q_EMIT statusMessage(
        tr("Lesson “%1”: η = %2, %3 iterations. Lessons › Back to your values restores what you had.")
            .arg(lessonText(scenario.title))
            .arg(localNumber(scenario.spec.learningRate))
            .arg(document->engine().iterationLimit()));
    return true;
}

bool SheetLessons::loadBuiltInNetwork(const QString& id) {
    const auto lesson = builtInNetworkLesson(id);
    return lesson && loadNetwork(*lesson);
}

bool SheetLessons::loadBuiltIn(const QString& id) {
    const auto lesson = builtInLesson(id);
    return lesson && load(*lesson);
}

void SheetLessons::goBack() {
    if (!m_before) return;
    const Values before = *m_before;
    m_before.reset();
    m_targets.compare->setRates(before.compareRates);
    apply(before.inputs, before.iterations, before.compareMode);
    SheetDocument* document = m_targets.document;
    QString ownNetworkLost;
    if (before.ownNetwork) {
        if (document->setNetwork(*before.ownNetwork, &ownNetworkLost)) {
            document->setIterationLimit(before.ownIterations);
            if (!before.ownShown) document->showSeedSheet();
            ownNetworkLost.clear();
        }
    }
    m_lesson.reset();
    m_panel->hide();
    m_back->setEnabled(false);
    // Not expected (it was the sheet's own network), but then say so rather than pretend.
    Q_EMIT statusMessage(ownNetworkLost.isEmpty()
                             ? tr("Back to your values from before the lesson.")
                             : tr("Back to your values from before the lesson, except your own "
                                  "network: %1")
                                   .arg(asSentence(ownNetworkLost)));
}

bool SheetLessons::openFile(const QString& path) {
    QString error;
    const auto scenario = readAnyScenarioFile(path, &error);
    if (!scenario) {
        Q_EMIT statusMessage(tr("%1 Nothing was changed.").arg(error));
        return false;
    }
    if (const auto* network = std::get_if<NetworkScenario>(&*scenario)) return loadNetwork(*network);
    return load(std::get<Scenario>(*scenario));
}

Scenario SheetLessons::currentScenario() const {
    Scenario scenario;
    if (showsLessonValues()) {
        scenario = *m_lesson; // its texts; the values below are what is on screen now
        scenario.id.clear();  // a saved file is the student's, not the built-in lesson
    } else {
        scenario.title = tr("My sheet").toStdString();
        scenario.explanation = tr("Saved from Backprop Lab: a %1 at η = {eta}.")
                                   .arg(sheetNetworkName(m_targets.document->inputs()))
                                   .toStdString();
        scenario.suggestion = tr("Press Space to step through it one cell at a time.").toStdString();
    }
    scenario.inputs = m_targets.document->inputs();
    scenario.iterations = m_targets.document->sheet().iterationLimit();
    scenario.compareRates =
        m_targets.compareMode->isChecked() ? m_targets.compare->rates() : std::vector<double>{};
    return scenario;
}

bool SheetLessons::saveFile(const QString& path) {
    QString error;
    if (const NetworkSheet* network = m_targets.document->shownOwnNetwork()) {
        // An own network is saved as a version-2 file, which Open scenario… (and `sheet --scenario`) read.
        NetworkScenario scenario;
        scenario.spec = network->spec();
        scenario.iterations = network->iterationLimit();
        scenario.title = tr("My network").toStdString();
        scenario.suggestion = tr("Press Space to step through it one cell at a time.").toStdString();
        if (!writeNetworkScenarioFile(path, scenario, &error)) {
            Q_EMIT statusMessage(error);
            return false;
        }
    } else if (!writeScenarioFile(path, currentScenario(), &error)) {
        Q_EMIT statusMessage(error);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved the scenario to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SheetLessons::chooseFileToOpen() {
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Open scenario"), m_folder, fileFilter());
    if (path.isEmpty()) return;
    m_folder = QFileInfo(path).absolutePath();
    openFile(path);
}

void SheetLessons::chooseFileToSave() {
    const QString name =
        m_lesson && !m_lesson->id.empty() ? fromStd(m_lesson->id) : QStringLiteral("scenario");
    QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Save scenario"), QDir(m_folder).filePath(name + QStringLiteral(".json")), fileFilter());
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".json");
    m_folder = QFileInfo(path).absolutePath();
    saveFile(path);
}

} // namespace bplab::ui

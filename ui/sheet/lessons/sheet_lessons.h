#pragma once

#include "core/sheet/network/network_spec.h"
#include "core/sheet/lessons/scenario.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QAction;
class QWidget;

namespace bplab::ui {

class CompareRatesPanel;
class DivergenceHint;
class LessonPanel;
struct NetworkScenario;
class SheetDocument;
class SheetInputsPanel;

// What a lesson sets on the sheet tab: its values, its iteration count and compare mode.
struct LessonTargets {
    SheetDocument* document = nullptr;
    SheetInputsPanel* inputs = nullptr;
    CompareRatesPanel* compare = nullptr;
    QAction* compareMode = nullptr;
};

// The Lessons menu of the sheet tab: the built-in lessons, Open / Save scenario and Back to your
// values; the lesson panel that explains the current lesson and the hint that leads to the
// divergence lesson. Loading a lesson sets exactly its values; the values it replaced stay one click
// away (Back to your values), and a file that cannot be read changes nothing.
class SheetLessons : public QObject {
    Q_OBJECT
public:
    // `parent` also parents the panel, the hint and the file dialogs.
    SheetLessons(const LessonTargets& targets, QWidget* parent);

    LessonPanel* panel() const { return m_panel; }
    DivergenceHint* hint() const { return m_hint; }
    // One action per built-in lesson, in menu order.
    const QList<QAction*>& lessonActions() const { return m_lessonActions; }
    QAction* openAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* backAction() const { return m_back; }
    // Everything above, for the window's Lessons menu and the tab's action group.
    QList<QAction*> actions() const;

    // Sets the scenario's values, shows its explanation (placeholders measured) and says so in the
    // status bar. Refuses (with a sentence) a scenario that does not validate.
    bool load(const Scenario& scenario);
    bool loadBuiltIn(const QString& id);
    // A lesson on an own network (version 2): the network is shown with its values and iterations, and
    // its texts in the lesson panel. Refused with a sentence when the sheet cannot use it.
    bool loadNetwork(const NetworkScenario& scenario);
    bool loadBuiltInNetwork(const QString& id);
    // Reads and loads a file; a file that cannot be used changes nothing on screen.
    bool openFile(const QString& path);
    bool saveFile(const QString& path);
    // The values on screen as a scenario, with the current lesson's title and texts while the values
    // are still the lesson's, else plain ones (the lesson's text would make claims about other values).
    Scenario currentScenario() const;
    // Whether a lesson is loaded and the sheet still has its values and iterations.
    bool showsLessonValues() const;
    const std::optional<Scenario>& currentLesson() const { return m_lesson; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void createActions();
    void apply(const SheetInputs& inputs, int iterations, bool compareMode);
    void rememberValuesBefore();
    void goBack();
    // Shows or hides the lesson panel's note that the values are no longer the lesson's: a friendly one
    // while only η moved (what the lessons invite), a warning once anything else did.
    void followEdits();
    bool onlyRateChanged() const;
    void chooseFileToOpen();
    void chooseFileToSave();

    LessonTargets m_targets;
    QWidget* m_parent;
    LessonPanel* m_panel;
    DivergenceHint* m_hint;
    QList<QAction*> m_lessonActions;
    QAction* m_open = nullptr;
    QAction* m_save = nullptr;
    QAction* m_back = nullptr;
    std::optional<Scenario> m_lesson;
    // What the student had before the last lesson.
    struct Values {
        SheetInputs inputs;
        int iterations = 0;
        bool compareMode = false;
        std::vector<double> compareRates;      // a lesson comparing rates replaces the student's list
        std::optional<NetworkSpec> ownNetwork; // the student's own network, if they had built one
        int ownIterations = 0;
        bool ownShown = false; // and whether it was the sheet shown
    };
    // What the student had before the first lesson of a series: a second lesson keeps it, so Back
    // returns to the student's own values, not to the previous lesson's.
    std::optional<Values> m_before;
    QString m_folder; // where the last scenario was opened or saved
};

} // namespace bplab::ui

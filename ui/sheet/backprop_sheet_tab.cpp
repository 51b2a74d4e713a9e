#include "ui/sheet/backprop_sheet_tab.h"

#include "ui/common/help_page.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/sentence.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/lessons/built_in_lessons.h"
#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/sheet/boundary/decision_boundary_feed.h"
#include "ui/sheet/boundary/decision_boundary_pane.h"
#include "ui/sheet/boundary/decision_boundary_view.h"
#include "ui/sheet/lessons/divergence_hint.h"
#include "ui/sheet/table/formula_bar.h"
#include "ui/sheet/views/gradient_check_panel.h"
#include "ui/sheet/lessons/lesson_panel.h"
#include "ui/sheet/landscape/loss_landscape_pane.h"
#include "ui/sheet/diagram/network_diagram.h"
#include "ui/sheet/values/network_values_panel.h"
#include "ui/sheet/values/own_network_controller.h"
#include "ui/sheet/diagram/own_network_diagram.h"
#include "ui/sheet/quiz/quiz_panel.h"
#include "ui/sheet/views/saturation_panel.h"
#include "ui/sheet/sheet_chart_pane.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/exports/sheet_exports.h"
#include "ui/sheet/values/sheet_inputs_panel.h"
#include "ui/sheet/lessons/sheet_lessons.h"
#include "ui/sheet/sheet_messages.h"
#include "ui/sheet/sheet_settings.h"
#include "ui/sheet/sheet_splitters.h"
#include "ui/sheet/table/sheet_stepper.h"
#include "ui/sheet/table/sheet_table_model.h"
#include "ui/sheet/table/sheet_table_view.h"
#include "ui/sheet/values/sheet_values_stack.h"
#include "ui/sheet/table/stage_colors.h"
#include "ui/sheet/views/time_travel_panel.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace bplab::ui {

BackpropSheetTab::BackpropSheetTab(QWidget* parent)
    : QWidget(parent)
    , m_document(new SheetDocument(this))
    , m_inputs(new SheetInputsPanel(this))
    , m_networkValues(new NetworkValuesPanel(this))
    , m_values(new SheetValuesStack(m_inputs, m_networkValues, this))
    , m_ownNetwork(new OwnNetworkController(m_document, m_values, m_networkValues, this))
    , m_table(new SheetTableView(m_document, this))
    , m_formulaBar(new FormulaBar(m_document, this))
    , m_diagram(new NetworkDiagram(m_document, this))
    , m_ownDiagram(new OwnNetworkDiagram(m_document, this))
    , m_boundary(new DecisionBoundaryPane(this))
    , m_gradientCheck(new GradientCheckPanel(m_document, this))
    , m_compare(new CompareRatesPanel(m_document, this))
    , m_chartPane(new SheetChartPane(m_document, m_compare, this))
    , m_exports(new SheetExports(m_document, m_chartPane->lossChart(), this))
    , m_resetValues(makeAction(
          tr("Reset to &seed values"),
          tr("Restore the seed sheet's inputs, weights and η, with no biases, ½·squared error and 100 "
             "iterations"),
          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, this))
    , m_workedExample(makeAction(tr("Classic &worked example (with biases)"),
                                 tr("Set the values of the classic step-by-step example: the seed's inputs, "
                                    "targets and weights with biases b1 = 0.35 and b2 = 0.60 (not learned), "
                                    "sigmoid, ½·squared error, η = 0.5"),
                                 {}, this))
    , m_saveTimer(new QTimer(this)) {
    QWidget* sheetPane = createSheetPane();
    m_lowerTabs = createLowerTabs();
    m_stepper = new SheetStepper(m_document, m_resetValues, this);
    m_lessons = new SheetLessons({m_document, m_inputs, m_compare, m_chartPane->compareAction()}, this);
    setHelpPage(m_lessons->panel(), QStringLiteral("guide/lessons.md"));
    m_stepper->followInTabOrder(m_lessons->hint()->lastInTabOrder()); // top to bottom, as drawn
    // The hint sits right under the η control it is about. Nothing here scrolls away: where the
    // screen is short the network values scroll inside their own box (SheetInputsPanel).
    m_splitters = new SheetSplitters(makeSidePanel({}, {m_values, m_lessons->hint(), m_stepper}, this),
                                     sheetPane, m_lessons->panel(), m_lowerTabs, m_chartPane, this);
    m_exports->exportChartAction()->setIconText(tr("Export…")); // short: see SheetChartPane
    m_chartPane->appendToolBarAction(m_exports->exportChartAction());
    createActionGroup();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_formulaBar);
    layout->addWidget(m_splitters, 1);

    connectParts();
    showSheetKind(true);
    restoreSettings();
    // The parts follow the document's signals, and restoring the seed values changes nothing: draw
    // the first state here.
    m_chartPane->refreshChart();
    m_stepper->followDocument();
    announceStatus();
}

BackpropSheetTab::~BackpropSheetTab() { saveSettings(); }

void BackpropSheetTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) m_legend->setText(stageLegendHtml(palette()));
    QWidget::changeEvent(event);
}

QWidget* BackpropSheetTab::createSheetPane() {
    auto* legend = m_legend = new QLabel(stageLegendHtml(palette()), this);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true); // a narrow window wraps the legend rather than cutting an entry

    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(legend);
    layout->addWidget(m_table, 1);
    return pane;
}

QTabWidget* BackpropSheetTab::createLowerTabs() {
    auto* tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Sheet views"));
    // Short titles, each view's full name in its tooltip: at 1366×768 the views share about 680 pixels
    // with the loss chart, and with the full names the last ones sat behind the tab strip's arrows
    // (MainWindowLanguage.EverySheetViewsTabShowsAt1366By768 checks every language).
    const auto addView = [tabs](QWidget* view, const QString& title, const QString& fullName) {
        const int index = tabs->addTab(view, title);
        tabs->setTabToolTip(index, fullName);
    };
    addView(m_diagram, tr("Network"), tr("The network drawn with the selected row's numbers"));
    addView(m_ownDiagram, tr("Network"), tr("Your network drawn with the selected row's numbers"));
    addView(m_boundary, tr("Boundary", "lower tab: the decision boundary"),
            tr("Decision boundary: the output over the two inputs"));
    new DecisionBoundaryFeed(m_document, m_boundary->view(), this);
    addView(m_gradientCheck, tr("Gradients", "lower tab: the gradient check"),
            tr("Gradient check: each partial beside a finite difference"));
    addView(m_compare, tr("Rates", "lower tab: compare learning rates"),
            tr("Compare rates: runs at several learning rates side by side"));
    m_landscape = new LossLandscapePane(m_document, m_compare, m_chartPane->compareAction(), this);
    addView(m_landscape, tr("Landscape", "lower tab: the loss landscape"),
            tr("Loss landscape: E_total over two parameters"));
    connect(m_landscape, &LossLandscapePane::statusMessage, this, &BackpropSheetTab::statusMessage);
    m_quiz = new QuizPanel(m_document, this);
    m_saturation = new SaturationPanel(m_document, this);
    m_timeTravel = new TimeTravelPanel(m_document, this);
    addView(m_quiz, tr("Quiz"), tr("Quiz: predict each cell before the sheet computes it"));
    addView(m_saturation, tr("Saturation"), tr("Saturation: each unit's slope f′ and the gradient's length"));
    addView(m_timeTravel, tr("Time travel"), tr("Time travel: what changed between two iterations"));
    return tabs;
}

void BackpropSheetTab::createActionGroup() {
    m_actionGroup = groupTabActions(sheetActions() + m_lessons->actions(), this);
}

void BackpropSheetTab::connectParts() {
    connect(m_inputs, &SheetInputsPanel::inputsEdited, this, &BackpropSheetTab::onInputsEdited);
    connect(m_inputs, &SheetInputsPanel::iterationsEdited, this, &BackpropSheetTab::onIterationsEdited);
    connect(m_resetValues, &QAction::triggered, this, [this] {
        // The seed's number of rows too: a lesson may have left 10,000.
        m_inputs->setIterations(BackpropSheet::kDefaultIterationLimit);
        onIterationsEdited(BackpropSheet::kDefaultIterationLimit);
        showValues(SheetInputs{});
    });
    connect(m_workedExample, &QAction::triggered, this,
            [this] { m_lessons->loadBuiltIn(QLatin1String(kWorkedExampleLessonId)); });
    connect(m_lessons, &SheetLessons::statusMessage, this, &BackpropSheetTab::statusMessage);
    connect(m_ownNetwork, &OwnNetworkController::statusMessage, this, &BackpropSheetTab::statusMessage);
    connect(tableModel(), &SheetTableModel::startingValueEdited, m_ownNetwork,
            &OwnNetworkController::setStartingValue);
    connect(tableModel(), &SheetTableModel::problem, this, &BackpropSheetTab::statusMessage);
    connect(m_document, &SheetDocument::shownSheetChanged, this, [this](bool own) { showSheetKind(!own); });
    connect(m_document, &SheetDocument::changed, this, &BackpropSheetTab::announceStatus);
    connect(m_document, &SheetDocument::inputsChanged, this, [this] {
        m_saveTimer->start(); // restarted by every edit: one write after a drag, not one per value
    });
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, &BackpropSheetTab::saveSettings);

    connect(m_stepper, &SheetStepper::stepped, m_table, &SheetTableView::showCurrentCell);
    // Space steps, but a spin box with the focus takes it for itself (it would clear the value just
    // typed). The stepping buttons never take the focus, so after any of them is used the focus goes to
    // the sheet, and the next Space steps, as the status bar says.
    for (QAction* action : {stepCellAction(), stepIterationAction(), playAction(), runToEndAction(),
                            resetAction(), m_resetValues}) {
        connect(action, &QAction::triggered, this, [this] {
            if (qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget()))
                m_table->setFocus(Qt::OtherFocusReason);
        });
    }
    connect(m_chartPane, &SheetChartPane::compareModeToggled, this, [this](bool on) {
        if (on)
            m_lowerTabs->setCurrentWidget(m_compare);
        else if (m_lowerTabs->currentWidget() == m_compare) // back to the shown sheet's diagram
            m_lowerTabs->setCurrentWidget(m_document->showsOwnNetwork() ? static_cast<QWidget*>(m_ownDiagram)
                                                                        : m_diagram);
    });
    connect(m_table, &SheetTableView::statusMessage, this, &BackpropSheetTab::statusMessage);
    connect(m_exports, &SheetExports::statusMessage, this, &BackpropSheetTab::statusMessage);
    connectViews();
}

void BackpropSheetTab::connectViews() {
    m_quiz->setSteppingActions({stepCellAction(), stepIterationAction(), playAction(), runToEndAction()});
    connect(m_quiz, &QuizPanel::quizModeToggled, this, [this](bool on) {
        if (on) {
            m_stepper->setPlaying(false);
            m_lowerTabs->setCurrentWidget(m_quiz);
        } else {
            m_stepper->followDocument(); // Run to end is enabled only while there is something left
        }
    });
    connect(m_quiz, &QuizPanel::stepped, m_table, &SheetTableView::showCurrentCell);
    connect(m_timeTravel, &TimeTravelPanel::iterationPicked, this, [this](int iteration) {
        const auto selected = m_document->selectedCell();
        m_document->select({iteration, selected ? selected->cell : 0});
        const auto now = m_document->selectedCell();
        if (!now) return;
        const int column = tableModel()->columnOfQuantity(m_document->engine().quantityOfCell(now->cell));
        m_table->scrollTo(tableModel()->index(now->iteration, column));
    });
    connect(m_quiz, &QuizPanel::statusMessage, this, &BackpropSheetTab::statusMessage);
    connect(m_saturation, &SaturationPanel::statusMessage, this, &BackpropSheetTab::statusMessage);
    connect(m_timeTravel, &TimeTravelPanel::statusMessage, this, &BackpropSheetTab::statusMessage);
    connect(m_boundary, &DecisionBoundaryPane::statusMessage, this, &BackpropSheetTab::statusMessage);
}

void BackpropSheetTab::showSheetKind(bool seed) {
    // Read before a tab is hidden: that makes its neighbour current.
    QWidget* current = m_lowerTabs->currentWidget();
    // Every view follows an own network; only the seed's diagram gives way to the own network's and the
    // decision boundary.
    setHelpPage(this, seed ? QStringLiteral("guide/sheet.md") : QStringLiteral("guide/your-own-network.md"));
    m_lowerTabs->setTabVisible(m_lowerTabs->indexOf(m_diagram), seed);
    m_lowerTabs->setTabVisible(m_lowerTabs->indexOf(m_ownDiagram), !seed);
    m_lowerTabs->setTabVisible(m_lowerTabs->indexOf(m_boundary), !seed);
    m_boundary->exportImageAction()->setVisible(!seed); // in the File menu only with its tab
    if (!seed && current == m_diagram) current = m_ownDiagram;
    if (seed && (current == m_ownDiagram || current == m_boundary)) current = m_diagram;
    m_lowerTabs->setCurrentWidget(current);
    m_resetValues->setEnabled(seed); // the seed's values; an own network has its own boxes
    m_chartPane->refreshChart();
}

void BackpropSheetTab::setActionsEnabled(bool enabled) {
    m_actionGroup->setEnabled(enabled);
    if (!enabled) m_stepper->setPlaying(false);
}

QList<QAction*> BackpropSheetTab::sheetActions() const {
    return {stepCellAction(), stepIterationAction(), playAction(),          runToEndAction(),
            resetAction(),    resetValuesAction(),   workedExampleAction(), compareAction(),
            logScaleAction(), exportChartAction(),   exportCsvAction(),     exportWorkbookAction(),
            quizAction()};
}

SheetTableModel* BackpropSheetTab::tableModel() const { return m_table->sheetModel(); }
QTableView* BackpropSheetTab::tableView() const { return m_table; }
LossChart* BackpropSheetTab::lossChart() const { return m_chartPane->lossChart(); }
QAction* BackpropSheetTab::stepCellAction() const { return m_stepper->stepCellAction(); }
QAction* BackpropSheetTab::stepIterationAction() const { return m_stepper->stepIterationAction(); }
QAction* BackpropSheetTab::playAction() const { return m_stepper->playAction(); }
QAction* BackpropSheetTab::runToEndAction() const { return m_stepper->runToEndAction(); }
QAction* BackpropSheetTab::resetAction() const { return m_stepper->resetAction(); }
QAction* BackpropSheetTab::compareAction() const { return m_chartPane->compareAction(); }
QAction* BackpropSheetTab::quizAction() const { return m_quiz->quizModeAction(); }
QAction* BackpropSheetTab::logScaleAction() const { return m_chartPane->logScaleAction(); }
QAction* BackpropSheetTab::exportChartAction() const { return m_exports->exportChartAction(); }
QAction* BackpropSheetTab::exportCsvAction() const { return m_exports->exportCsvAction(); }
QAction* BackpropSheetTab::exportWorkbookAction() const { return m_exports->exportWorkbookAction(); }

QList<QList<QAction*>> BackpropSheetTab::fileSections() const {
    return {{m_lessons->openAction(), m_lessons->saveAction()},
            {exportChartAction(), exportCsvAction(), exportWorkbookAction()},
            {m_landscape->exportImageAction(), m_landscape->exportCsvAction()},
            {m_saturation->exportAction()},
            {m_boundary->exportImageAction()},
            {m_timeTravel->exportPictureAction(), m_timeTravel->exportCsvAction()},
            {m_quiz->exportPictureAction(), m_quiz->exportCsvAction()}};
}

bool BackpropSheetTab::exportChart(const QString& path, QSize size, QString* error) {
    return m_exports->exportChart(path, size, error);
}

bool BackpropSheetTab::exportCsv(const QString& path, QString* error) {
    return m_exports->exportCsv(path, error);
}

bool BackpropSheetTab::exportWorkbook(const QString& path, QString* error) {
    return m_exports->exportWorkbook(path, error);
}

void BackpropSheetTab::restoreSettings() {
    SheetSettings settings;
    m_inputs->setInputs(settings.inputs());
    m_inputs->setIterations(settings.iterations());
    m_document->setIterationLimit(settings.iterations());
    m_document->setInputs(settings.inputs());
    m_stepper->restoreSettings(settings);
    m_chartPane->restoreSettings(settings);
    m_splitters->restoreStates(settings);
    m_saturation->logScaleAction()->setChecked(settings.saturationLogScale());
    m_timeTravel->setRanking(settings.timeTravelRanksRelative() ? DiffRanking::Relative
                                                                : DiffRanking::Absolute);
    m_ownNetwork->restoreSettings(settings); // after the seed's: the limit set above is the seed sheet's
}

void BackpropSheetTab::saveSettings() const {
    SheetSettings settings;
    settings.setInputs(m_document->inputs());
    settings.setIterations(m_document->sheet().iterationLimit());
    m_ownNetwork->saveSettings(settings);
    m_stepper->saveSettings(settings);
    m_chartPane->saveSettings(settings);
    m_splitters->saveStates(settings);
    settings.setSaturationLogScale(m_saturation->logScaleAction()->isChecked());
    settings.setTimeTravelRanksRelative(m_timeTravel->ranking() == DiffRanking::Relative);
}

void BackpropSheetTab::onInputsEdited() {
    QString error;
    if (!m_document->setInputs(m_inputs->inputs(), &error)) {
        Q_EMIT statusMessage(tr("%1 The previous value is kept.").arg(asSentence(error)));
        m_inputs->setInputs(m_document->inputs());
    }
}

void BackpropSheetTab::showValues(const SheetInputs& inputs) {
    m_inputs->setInputs(inputs);
    onInputsEdited();
}

void BackpropSheetTab::onIterationsEdited(int iterations) {
    QString error;
    if (!m_document->setIterationLimit(iterations, &error)) Q_EMIT statusMessage(error);
}

void BackpropSheetTab::announceStatus() {
    const SheetEngine& sheet = m_document->engine();
    if (const auto stopped = sheet.divergedAt(); stopped && sheet.stoppedAtUncomputableCell()) {
        Q_EMIT statusMessage(
            tr("Stopped at iteration %1: %2.").arg(*stopped).arg(SheetMessages::stopReason(sheet.runStop())));
    } else if (const auto diverged = sheet.divergedAt()) {
        Q_EMIT statusMessage(
            tr("Diverged at iteration %1: a value became infinite. Try a smaller learning rate "
               "or another activation.")
                .arg(*diverged));
    } else if (m_quiz->isQuizOn()) {
        Q_EMIT statusMessage(m_quiz->statusSentence()); // Space does not step while the quiz is on
    } else if (sheet.atEnd()) {
        const auto losses = sheet.lossCurve();
        Q_EMIT statusMessage(tr("E_total = %1 after %2 iterations at η = %3. Press Space to step through it "
                                "from the start.")
                                 .arg(localNumber(losses.empty() ? 0.0 : losses.back(), 6))
                                 .arg(sheet.completedIterations())
                                 .arg(localNumber(sheet.learningRate())));
    } else if (const auto position = sheet.currentPosition()) {
        Q_EMIT statusMessage(tr("Iteration %1, cell %2 of %3. Space steps one cell, F11 one iteration.")
                                 .arg(position->iteration)
                                 .arg(position->cell + 1)
                                 .arg(sheet.cellCount()));
    } else {
        Q_EMIT statusMessage(
            tr("Nothing computed yet. Space steps one cell, F11 one iteration, Ctrl+P plays."));
    }
}

} // namespace bplab::ui

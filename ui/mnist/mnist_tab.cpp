// MnistTab's panes, their layout and the wiring between them. (The Inside the network view's wiring
// is in mnist_tab_inside.cpp.)
#include "ui/mnist/mnist_tab.h"

#include "ui/charts/metric_chart.h"
#include "ui/common/app_settings.h"
#include "ui/common/help_page.h"
#include "ui/common/widget_helpers.h"
#include "ui/mnist/data/mnist_data_pane.h"
#include "ui/mnist/inside/inside_network_view.h"
#include "ui/mnist/inside/model_summary_table.h"
#include "ui/mnist/mnist_settings.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/results/mistakes_panel.h"
#include "ui/mnist/results/per_class_panel.h"
#include "ui/mnist/results/results_pane.h"
#include "ui/mnist/results/results_splitter.h"
#include "ui/mnist/training/health_panel.h"
#include "ui/mnist/training/recipe_pane.h"
#include "ui/mnist/training/run_charts.h"
#include "ui/mnist/training/run_pane.h"
#include "ui/mnist/training/status_line.h"
#include "ui/mnist/training/training_controller.h"
#include "ui/mnist/training/training_progress_row.h"
#include "ui/mnist/training/training_setup_pane.h"
#include "ui/mnist/try_it/try_digit_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bplab::ui {

MnistTab::MnistTab(QWidget* parent)
    : QWidget(parent)
    , m_actions(this)
    , m_run(new RunPane(m_actions, this))
    , m_setup(new TrainingSetupPane(m_actions, m_run->controller(), this))
    , m_results(new ResultsPane(m_actions, this))
    , m_try(new TryDigitPanel(this))
    , m_inside(new InsideNetworkView(this))
    , m_status(new StatusLine(this)) {
    setHelpPage(this, QStringLiteral("guide/mnist.md"));
    setHelpPage(m_inside, QStringLiteral("guide/inside-the-network.md"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_setup);
    m_splitter->addWidget(createResults());
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connectInside(); // first: the view has the data before dataLoaded() tells anyone
    connectPanes();

    MnistSettings settings;
    m_setup->recipe()->setConfig(settings.config());
    m_splitter->restoreState(settings.splitterState());
    setDataDirectory(settings.dataDirectory());
}

MnistTab::~MnistTab() { saveSettings(); }

QWidget* MnistTab::createResults() {
    auto scrolled = [this](QWidget* widget, const QString& name) {
        auto* scroll = new QScrollArea(this);
        scroll->setWidget(widget);
        scroll->setWidgetResizable(true);
        nameScrollArea(scroll, name);
        return scroll;
    };
    auto* lower = m_lowerTabs = new QTabWidget(this);
    lower->setAccessibleName(tr("Results"));
    lower->addTab(m_try, tr("Try it"));
    lower->addTab(m_results->matrixPage(), tr("Confusion matrix"));
    lower->addTab(m_results->mistakes(), tr("Misclassified"));
    lower->addTab(scrolled(m_setup->data()->samples(), tr("Samples")), tr("Samples"));
    auto* summary = new ModelSummaryView(this);
    lower->addTab(summary, tr("Model summary"));
    // The network a data set gets: one output per class (a failed load keeps the last set's).
    connect(m_setup->data(), &MnistDataPane::loaded, summary, [this, summary] {
        if (const auto loaded = m_setup->data()->data()) summary->showClasses(loaded->classes.count());
    });
    lower->addTab(scrolled(m_inside, tr("Inside the network")), tr("Inside the network"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_run, 1);
    topLayout->addWidget(m_status);
    return new ResultsSplitter(top, lower, this);
}

void MnistTab::connectPanes() {
    connect(m_setup, &TrainingSetupPane::notice, m_status, &StatusLine::say);
    connect(m_run, &RunPane::notice, m_status, &StatusLine::say);
    connect(m_results, &ResultsPane::notice, m_status, &StatusLine::say);
    connect(m_status, &StatusLine::said, this, &MnistTab::statusMessage);
    connect(m_setup->data(), &MnistDataPane::loaded, this, &MnistTab::dataLoaded);
    // What the data set's images show reaches the views named before a first run: the results, and
    // while there is no model, Try it and the accuracy chart's yardstick (a model brings its own).
    connect(m_setup->data(), &MnistDataPane::loaded, m_results, [this](bool ok) {
        const auto loaded = m_setup->data()->data();
        if (!ok || !loaded) return;
        m_results->setClasses(loaded->classes);
        m_try->setDataClasses(loaded->classes);
        if (!m_try->hasClassifier()) m_run->charts()->showGoalFor(loaded->classes);
    });
    connect(m_setup->recipe(), &RecipePane::settled, this, &MnistTab::saveSettings);

    // The recipe and the data → the run; the run → the actions, the rate field and the results.
    connect(m_actions.train, &QAction::triggered, m_run, [this] {
        const MnistDataPane* dataPane = m_setup->data();
        m_run->start(m_setup->recipe()->config(), dataPane->data(), dataPane->error());
    });
    connect(m_actions.resume, &QAction::triggered, m_run,
            [this] { m_run->resume(m_setup->recipe()->config()); });
    connect(m_actions.loadModel, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load model"), AppSettings().exportDirectory(),
                                         tr("Backprop Lab checkpoints (*.pt);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !loadModel(path, &error)) m_status->say(error);
    });
    connect(m_run, &RunPane::runStateChanged, m_setup, &TrainingSetupPane::updateActions);
    connect(m_run, &RunPane::nextRateChanged, m_setup->recipe(), &RecipePane::setLearningRate);
    connect(m_run, &RunPane::modelLoaded, m_setup->recipe(), &RecipePane::showLoadedRecipe);
    connect(m_run, &RunPane::modelLoaded, m_try,
            [this](const TrainConfig&, const QString& modelName) { m_try->setOrigin(modelName); });
    connect(m_run, &RunPane::runBegun, m_results, &ResultsPane::clear);

    // Each evaluation (an epoch's, a loaded model's) → the results; each model → Try it.
    const TrainingController* controller = m_run->controller();
    auto showResults = [this](const Evaluation& evaluation) {
        // Test indices refer to the (possibly limited) test set, whose first images are the loader's.
        m_results->showEvaluation(m_setup->data()->data(), evaluation);
    };
    connect(controller, &TrainingController::epochFinished, m_results,
            [showResults](const EpochResult&, const Evaluation& evaluation) { showResults(evaluation); });
    connect(controller, &TrainingController::loadedModelEvaluated, m_results, showResults);
    connect(
        controller, &TrainingController::classifierReady, m_try,
        [this](const MnistClassifier& classifier) { m_try->setClassifier(classifier, m_run->modelName()); });
    connect(m_results, &ResultsPane::mistakesChosen, m_lowerTabs,
            [this] { m_lowerTabs->setCurrentWidget(m_results->mistakes()); });
}

void MnistTab::setDataDirectory(const QString& directory) {
    m_setup->data()->setDirectory(directory);
    m_setup->updateActions();
}

QString MnistTab::dataDirectory() const { return m_setup->data()->directory(); }

bool MnistTab::hasData() const { return m_setup->data()->data() != nullptr; }

QString MnistTab::dataStatus() const { return m_setup->data()->statusText(); }

QList<QList<QAction*>> MnistTab::fileSections() const {
    QList<QList<QAction*>> sections = m_actions.fileSections();
    HealthPanel* health = healthPanel();
    sections.first() << health->exportImageAction() << health->exportCsvAction(); // the exports
    return sections;
}

void MnistTab::setActionsEnabled(bool enabled) { m_actions.group->setEnabled(enabled); }

LrRangeDialog* MnistTab::rangeTestDialog() const { return m_setup->recipe()->rangeTestDialog(); }
TrainingController* MnistTab::controller() const { return m_run->controller(); }
MnistFetcher* MnistTab::fetcher() const { return m_setup->data()->fetcher(); }
QProgressDialog* MnistTab::fetchProgress() const { return m_setup->data()->fetchProgress(); }
TrainSettingsPanel* MnistTab::settingsPanel() const { return m_setup->recipe()->settings(); }
MetricChart* MnistTab::accuracyChart() const { return m_run->charts()->accuracyChart(); }
MetricChart* MnistTab::lossChart() const { return m_run->charts()->lossChart(); }
QProgressBar* MnistTab::progressBar() const { return m_run->progressRow()->progressBar(); }
ConfusionMatrixView* MnistTab::confusionMatrix() const { return m_results->confusion(); }
DigitGallery* MnistTab::misclassifiedGallery() const { return m_results->mistakes()->gallery(); }
MistakesPanel* MnistTab::mistakesPanel() const { return m_results->mistakes(); }
PerClassPanel* MnistTab::perClassPanel() const { return m_results->perClass(); }
DigitGallery* MnistTab::samplesGallery() const { return m_setup->data()->samples(); }
HealthPanel* MnistTab::healthPanel() const { return m_run->healthPanel(); }
QString MnistTab::currentRunName() const { return m_run->runName(); }

bool MnistTab::exportAccuracyChart(const QString& path, QSize size, QString* error) {
    return accuracyChart()->exportImage(path, size, error);
}

bool MnistTab::exportLossChart(const QString& path, QSize size, QString* error) {
    return lossChart()->exportImage(path, size, error);
}

bool MnistTab::exportMetricsCsv(const QString& path, QString* error) {
    return m_run->exportMetricsCsv(path, error);
}

bool MnistTab::exportPerClassCsv(const QString& path, QString* error) const {
    return perClassPanel()->exportCsv(path, error);
}

bool MnistTab::exportPerClassChart(const QString& path, QSize size, QString* error) const {
    return perClassPanel()->exportImage(path, size, error);
}

bool MnistTab::saveModel(const QString& path, QString* error) {
    return m_run->controller()->saveCheckpoint(path, error);
}

bool MnistTab::loadModel(const QString& path, QString* error) {
    return m_run->loadModel(path, m_setup->data()->data(), error);
}

void MnistTab::saveSettings() const {
    MnistSettings settings;
    settings.setConfig(m_setup->recipe()->config());
    settings.setDataDirectory(dataDirectory());
    settings.setSplitterState(m_splitter->saveState());
}

void MnistTab::announceStatus() { m_status->announce(); }

} // namespace bplab::ui

// MnistTab's parts and layout, and the wiring of actions and controller. (What happens on those
// signals is in mnist_tab_training.cpp.)
#include "ui/mnist/mnist_tab.h"

#include "ui/charts/metric_chart.h"
#include "ui/common/export_flow.h"
#include "ui/common/help_page.h"

#include "ui/common/locale_numbers.h"
#include "ui/common/widget_helpers.h"
#include "ui/mnist/confusion_matrix_view.h"
#include "ui/mnist/digit_gallery.h"
#include "ui/mnist/health_panel.h"
#include "ui/mnist/inside_network_view.h"
#include "ui/mnist/live_rate_slider.h"
#include "ui/mnist/lr_range_dialog.h"
#include "ui/mnist/mistakes_panel.h"
#include "ui/mnist/mnist_data_loader.h"
#include "ui/mnist/mnist_fetcher.h"
#include "ui/mnist/mnist_settings.h"
#include "ui/mnist/model_summary_table.h"
#include "ui/mnist/per_class_panel.h"
#include "ui/mnist/results_splitter.h"
#include "ui/mnist/train_settings_panel.h"
#include "ui/mnist/training_controller.h"
#include "ui/mnist/training_progress_row.h"
#include "ui/mnist/try_digit_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QProgressDialog>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

MnistTab::MnistTab(QWidget* parent)
    : QWidget(parent)
    , m_actions(this)
    , m_controller(new TrainingController(this))
    , m_loader(new MnistDataLoader(this))
    , m_fetcher(new MnistFetcher(this))
    , m_settings(new TrainSettingsPanel(this))
    , m_charts(new RunCharts(this))
    , m_progress(new TrainingProgressRow(this))
    , m_dataLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_confusion(new ConfusionMatrixView(this))
    , m_samples(new DigitGallery(this))
    , m_mistakes(new MistakesPanel(this))
    , m_perClass(new PerClassPanel(this))
    , m_try(new TryDigitPanel(this))
    , m_inside(new InsideNetworkView(this))
    , m_health(new HealthPanel(this))
    , m_saveTimer(new QTimer(this)) {
    setHelpPage(this, QStringLiteral("guide/mnist.md"));
    setHelpPage(m_inside, QStringLiteral("guide/inside-the-network.md"));
    m_status->setWordWrap(true);
    m_dataLabel->setWordWrap(true);
    m_dataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // the fetch command can be copied
    m_samples->setPlaceholder(tr("Sample training digits appear here once the data is loaded."));
    m_samples->setAccessibleName(tr("Sample training digits"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(createControls());
    m_splitter->addWidget(createResults());
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connectActions();
    connectController();
    connectPerClassView();
    connectInside();
    connect(m_loader, &MnistDataLoader::loaded, this, &MnistTab::onDataLoaded);
    connect(m_settings, &TrainSettingsPanel::edited, this, &MnistTab::updateActions);
    connect(m_settings, &TrainSettingsPanel::notice, this, &MnistTab::say);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_settings, &TrainSettingsPanel::edited, m_saveTimer, qOverload<>(&QTimer::start));
    connect(m_saveTimer, &QTimer::timeout, this, &MnistTab::saveSettings);

    MnistSettings settings;
    m_settings->setConfig(settings.config());
    m_splitter->restoreState(settings.splitterState());
    setDataDirectory(settings.dataDirectory());
}

MnistTab::~MnistTab() { saveSettings(); }

void MnistTab::connectActions() {
    connect(m_actions.train, &QAction::triggered, this, &MnistTab::startTraining);
    connect(m_actions.stop, &QAction::triggered, this, [this] {
        m_controller->stop();
        say(tr("Stopping after the current batch…"));
    });
    connect(m_actions.resume, &QAction::triggered, this, &MnistTab::resumeTraining);
    connect(m_actions.chooseData, &QAction::triggered, this, [this] {
        const QString directory =
            QFileDialog::getExistingDirectory(this, tr("Folder with the MNIST files"), dataDirectory());
        if (!directory.isEmpty()) setDataDirectory(directory);
    });
    connect(m_actions.saveModel, &QAction::triggered, this, [this] {
        sayIfAny(askAndSaveFile(
            this, tr("Save model"), QStringLiteral("mnist-model.pt"), tr("Backprop Lab checkpoints (*.pt)"),
            [this](const QString& path, QString* error) { return saveModel(path, error); },
            tr("Model saved to %1")));
    });
    connect(m_actions.loadModel, &QAction::triggered, this, &MnistTab::askLoadModel);
    connect(m_actions.getMnist, &QAction::triggered, this, &MnistTab::getMnist);
    connect(m_actions.restoreDefaults, &QAction::triggered, this, &MnistTab::restoreDefaults);
    connect(m_actions.findLearningRate, &QAction::triggered, this, &MnistTab::openRangeTest);
    connect(m_actions.exportAccuracy, &QAction::triggered, this,
            [this] { askExportChart(accuracyChart(), QStringLiteral("accuracy.png")); });
    connect(m_actions.exportLoss, &QAction::triggered, this,
            [this] { askExportChart(lossChart(), QStringLiteral("loss.png")); });
    connect(m_actions.exportCsv, &QAction::triggered, this, [this] {
        sayIfAny(askAndSaveFile(
            this, tr("Export metrics"), QStringLiteral("mnist-epochs.csv"), tr("CSV files (*.csv)"),
            [this](const QString& path, QString* error) { return exportMetricsCsv(path, error); },
            tr("Metrics saved to %1")));
    });
    connect(m_health->exportImageAction(), &QAction::triggered, this, [this] {
        sayIfAny(askAndExportChart(this, QStringLiteral("training-health.png"),
                                   [this](const QString& path, QSize size, QString* error) {
                                       return m_health->exportImage(path, size, error);
                                   }));
    });
    connect(m_health->exportCsvAction(), &QAction::triggered, this, [this] {
        sayIfAny(askAndSaveFile(
            this, tr("Export training health"), QStringLiteral("mnist-health.csv"), tr("CSV files (*.csv)"),
            [this](const QString& path, QString* error) { return m_health->exportCsv(path, error); },
            tr("Health figures saved to %1")));
    });
}

QList<QList<QAction*>> MnistTab::fileSections() const {
    QList<QList<QAction*>> sections = m_actions.fileSections();
    sections.first() << m_health->exportImageAction() << m_health->exportCsvAction(); // the exports
    return sections;
}

void MnistTab::connectController() {
    connect(m_controller, &TrainingController::progress, m_progress, &TrainingProgressRow::showProgress);
    connect(m_controller, &TrainingController::lossPoints, m_charts, &RunCharts::appendTrainingLoss);
    connect(m_controller, &TrainingController::ratePoints, m_charts, &RunCharts::appendLearningRate);
    connect(m_charts->rateSlider(), &LiveRateSlider::learningRateChanged, this, [this](double rate) {
        m_controller->setLiveLearningRate(rate);
        say(tr("Learning rate %1 from the next batch on.").arg(localNumber(rate, 3)));
    });
    connect(m_controller, &TrainingController::epochFinished, this, &MnistTab::onEpoch);
    connect(m_controller, &TrainingController::epochHealth, m_health, &HealthPanel::appendEpoch);
    connect(m_controller, &TrainingController::finished, this, &MnistTab::onFinished);
    connect(m_controller, &TrainingController::loadedModelEvaluated, this, &MnistTab::showLoadedEvaluation);
    connect(m_controller, &TrainingController::loadedModelEvaluationFailed, this,
            &MnistTab::showLoadedEvaluationFailed);
    connect(
        m_controller, &TrainingController::classifierReady, this, [this](const MnistClassifier& classifier) {
            m_try->setClassifier(
                classifier,
                tr("%1, %n epoch(s)", nullptr, static_cast<int>(m_runHistory.size())).arg(currentRunName()));
        });
}

void MnistTab::connectPerClassView() {
    connect(m_confusion, &ConfusionMatrixView::cellActivated, this, &MnistTab::showCellMistakes);
    connect(m_mistakes, &MistakesPanel::filterChanged, this, [this] {
        const auto& filter = m_mistakes->filter();
        m_confusion->setChosenCell(filter ? std::optional(std::pair{filter->trueDigit, filter->predicted})
                                          : std::nullopt);
    });
    connect(m_actions.exportPerClassChart, &QAction::triggered, this, [this] {
        sayIfAny(askAndExportChart(this, QStringLiteral("per-class.png"),
                                   [this](const QString& path, QSize size, QString* error) {
                                       return exportPerClassChart(path, size, error);
                                   }));
    });
    connect(m_actions.exportPerClassCsv, &QAction::triggered, this, [this] {
        sayIfAny(askAndSaveFile(
            this, tr("Export per-class metrics"), QStringLiteral("mnist-per-class.csv"),
            tr("CSV files (*.csv)"),
            [this](const QString& path, QString* error) { return exportPerClassCsv(path, error); },
            tr("Per-class metrics saved to %1")));
    });
    // Right-click on the bars offers their exports, as the File menu does.
    m_perClass->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_perClass->addActions({m_actions.exportPerClassChart, m_actions.exportPerClassCsv});
}

void MnistTab::showCellMistakes(int trueDigit, int predicted) {
    const int count =
        m_confusion->matrix()[static_cast<std::size_t>(trueDigit)][static_cast<std::size_t>(predicted)];
    if (trueDigit == predicted) {
        say(tr("true %1, predicted %1: %2 correct answers. Only the mistakes are kept as images; pick a cell "
               "off the diagonal to see them.")
                .arg(trueDigit)
                .arg(count));
        return;
    }
    const MistakesPanel::Cell cell{trueDigit, predicted};
    if (m_mistakes->filter() == cell) {
        m_mistakes->showAll();
        say(tr("Showing all mistakes again."));
        return;
    }
    m_mistakes->showOnly(cell);
    m_lowerTabs->setCurrentWidget(m_mistakes);
    m_mistakes->setFocus(); // Esc shows all again
    say(tr("%1. Show all (Esc) brings back every mistake.").arg(m_mistakes->filterText()));
}

DigitGallery* MnistTab::misclassifiedGallery() const { return m_mistakes->gallery(); }

void MnistTab::setActionsEnabled(bool enabled) { m_actions.group->setEnabled(enabled); }

QProgressBar* MnistTab::progressBar() const { return m_progress->progressBar(); }

QWidget* MnistTab::createControls() {
    auto* dataGroup = new QGroupBox(tr("Data"), this);
    auto* dataLayout = new QVBoxLayout(dataGroup);
    dataLayout->addWidget(m_dataLabel);
    dataLayout->addWidget(makeActionButton(m_actions.getMnist, dataGroup));
    QToolButton* chooseData = makeActionButton(m_actions.chooseData, dataGroup);
    dataLayout->addWidget(chooseData);

    auto* settings = new QGroupBox(tr("Hyperparameters"), this);
    auto* settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addWidget(m_settings);
    settingsLayout->addWidget(makeActionButton(m_actions.findLearningRate, settings));
    settingsLayout->addWidget(makeActionButton(m_actions.restoreDefaults, settings));

    auto* run = new QGroupBox(tr("Run"), this);
    auto* grid = new QGridLayout(run);
    grid->addWidget(makeActionButton(m_actions.train, run), 0, 0);
    grid->addWidget(makeActionButton(m_actions.stop, run), 0, 1);
    grid->addWidget(makeActionButton(m_actions.resume, run), 1, 0, 1, 2);
    grid->addWidget(makeActionButton(m_actions.saveModel, run), 2, 0);
    grid->addWidget(makeActionButton(m_actions.loadModel, run), 2, 1);

    // Train, Stop and Resume never scroll away: the settings above them do.
    QWidget* panel = makeSidePanel({dataGroup, settings}, {run}, this);
    // Tab goes top to bottom, as drawn. (After makeSidePanel: a widget that changes parent moves to
    // the end of the focus chain, which would undo an order set before.)
    m_settings->followInTabOrder(chooseData);
    return panel;
}

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
    // The per-class bars beside the matrix rather than under it: the lower strip is wide and short.
    auto* confusion = new QSplitter(Qt::Horizontal, this);
    confusion->addWidget(m_confusion);
    confusion->addWidget(m_perClass);
    confusion->setStretchFactor(1, 1);
    confusion->setSizes({360, 640}); // the matrix's square, and the rest for the bars
    lower->addTab(confusion, tr("Confusion matrix"));
    lower->addTab(m_mistakes, tr("Misclassified"));
    lower->addTab(scrolled(m_samples, tr("Samples")), tr("Samples"));
    lower->addTab(createModelSummaryView(this), tr("Model summary"));
    lower->addTab(scrolled(m_inside, tr("Inside the network")), tr("Inside the network"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_charts->addBesideLoss(m_health, tr("Training health"));
    accuracyChart()->setChartName(tr("Accuracy chart"));
    lossChart()->setChartName(tr("MNIST loss chart"));
    topLayout->addWidget(m_charts, 1);
    topLayout->addWidget(m_progress);
    topLayout->addWidget(m_status);

    return new ResultsSplitter(top, lower, this);
}

void MnistTab::restoreDefaults() {
    m_settings->setConfig(TrainConfig{});
    saveSettings();
    updateActions();
    say(tr("Every hyperparameter is back to the recipe's default."));
}

void MnistTab::openRangeTest() {
    if (!m_rangeDialog) {
        m_rangeDialog = new LrRangeDialog(this);
        setHelpPage(m_rangeDialog, QStringLiteral("guide/lr-range-test.md"));
        connect(m_rangeDialog, &LrRangeDialog::useRate, this, &MnistTab::useRangeTestRate);
        connect(m_rangeDialog, &LrRangeDialog::testRunningChanged, this, &MnistTab::updateActions);
        // The test trains on the recipe as it is when Start is pressed.
        connect(m_settings, &TrainSettingsPanel::edited, this, &MnistTab::feedRangeTest);
        connect(m_loader, &MnistDataLoader::loaded, this, &MnistTab::feedRangeTest);
    }
    feedRangeTest();
    m_rangeDialog->setTrainingRunning(m_controller->isRunning());
    m_rangeDialog->show();
    m_rangeDialog->raise();
    m_rangeDialog->activateWindow();
}

void MnistTab::feedRangeTest() {
    const TrainConfig config = m_settings->config();
    const std::shared_ptr<const MnistData> mnist = m_loader->data();
    m_rangeDialog->setInput(config, mnist ? limitedMnist(mnist, config.trainLimit, 0) : nullptr);
}

void MnistTab::updateRangeTestActions(bool training, bool loaded) {
    const bool testing = m_rangeDialog && m_rangeDialog->isTestRunning();
    if (testing) {
        m_actions.train->setEnabled(false);
        m_actions.resume->setEnabled(false);
        m_actions.loadModel->setEnabled(false);
    }
    m_actions.findLearningRate->setEnabled(!training && loaded);
    m_actions.findLearningRate->setToolTip(
        training  ? tr("Disabled while training runs: the range test trains a model of its own, and the two "
                        "would share the processor. Stop the training, or wait until it ends.")
        : !loaded ? tr("Load the MNIST data first: the range test trains on it.")
                  : m_actions.findLearningRate->statusTip()); // the action's own tip
    if (m_rangeDialog) m_rangeDialog->setTrainingRunning(training);
}

void MnistTab::useRangeTestRate(double rate) {
    TrainConfig config = m_settings->config();
    config.learningRate = rate;
    m_settings->setConfig(config);
    say(tr("Learning rate set to %1, the range test's suggestion%2.")
            .arg(localNumber(m_settings->config().learningRate, 4))
            .arg(config.oneCycle ? tr(" for the one-cycle peak") : QString()));
}

void MnistTab::getMnist() {
    const QString script = MnistFetcher::locateScript(QCoreApplication::applicationDirPath());
    if (script.isEmpty()) {
        say(tr("This copy of Backprop Lab has no fetch-mnist.sh to get MNIST with: reinstall it, or use "
               "Choose data folder… with a folder that holds the four MNIST files."));
        return;
    }
    m_fetchProgress = new QProgressDialog(tr("Getting MNIST…"), tr("Cancel"), 0, 4, this);
    m_fetchProgress->setWindowTitle(tr("Get MNIST"));
    m_fetchProgress->setAutoReset(false);
    m_fetchProgress->setAutoClose(false);
    m_fetchProgress->setMinimumDuration(0);
    connect(m_fetchProgress, &QProgressDialog::canceled, m_fetcher, &MnistFetcher::cancel);
    connect(m_fetcher, &MnistFetcher::progress, m_fetchProgress,
            [dialog = m_fetchProgress](int step, int steps, const QString& text) {
                dialog->setMaximum(steps);
                dialog->setValue(step - 1); // step k has begun: k − 1 are done
                dialog->setLabelText(text);
            });
    connect(m_fetcher, &MnistFetcher::finished, this, &MnistTab::onFetchFinished, Qt::SingleShotConnection);
    const QString directory = QString::fromStdString(defaultMnistDirectory());
    // Shown before start(): a process that fails to start finishes (and drops the dialog) inside it.
    m_fetchProgress->show();
    m_fetcher->start(script, directory);
    say(tr("Getting MNIST into %1…").arg(directory));
    updateActions();
}

void MnistTab::onFetchFinished(bool ok, const QString& message) {
    m_fetchProgress->deleteLater();
    m_fetchProgress = nullptr;
    say(message);
    if (ok) setDataDirectory(QString::fromStdString(defaultMnistDirectory()));
    updateActions();
}

void MnistTab::saveSettings() const {
    MnistSettings settings;
    settings.setConfig(m_settings->config());
    settings.setDataDirectory(dataDirectory());
    settings.setSplitterState(m_splitter->saveState());
}

} // namespace bplab::ui

#include "ui/mnist/mnist_tab.h"

#include "ui/common/app_settings.h"
#include "ui/mnist/confusion_matrix_view.h"
#include "ui/mnist/digit_gallery.h"
#include "ui/mnist/mnist_settings.h"
#include "ui/common/export_chart_dialog.h"
#include "ui/charts/metric_chart.h"
#include "core/mnist/model_summary.h"
#include "ui/charts/series_colors.h"
#include "ui/mnist/train_settings_panel.h"
#include "ui/mnist/training_controller.h"
#include "ui/mnist/try_digit_panel.h"
#include "ui/common/widget_helpers.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

MnistTab::MnistTab(QWidget* parent)
    : QWidget(parent)
    , m_controller(new TrainingController(this))
    , m_settings(new TrainSettingsPanel(this))
    , m_accuracy(new MetricChart(tr("Epoch"), tr("Accuracy (%)"), MetricChart::YScale::Linear, this))
    , m_loss(
          new MetricChart(tr("Epoch"), tr("Loss (NLL, log scale)"), MetricChart::YScale::Logarithmic, this))
    , m_progress(new QProgressBar(this))
    , m_speed(new QLabel(this))
    , m_dataLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_confusion(new ConfusionMatrixView(this))
    , m_samples(new DigitGallery(this))
    , m_misclassified(new DigitGallery(this))
    , m_try(new TryDigitPanel(this))
    , m_summary(new QTableWidget(this))
    , m_saveTimer(new QTimer(this)) {
    createActions();
    m_accuracy->setReferenceLine(kGoalAccuracy, tr("goal 99.4 %"), QColor(0xc6, 0x28, 0x28));
    m_accuracy->setYBounds(0.0, 100.0);
    m_accuracy->setIncludedYRange(97.0, 100.0);
    m_accuracy->setTitle(tr("Test accuracy per epoch"));
    m_loss->setTitle(tr("Training loss (smoothed) and test loss"));
    m_loss->setIncludedYRange(0.01, 1.0);
    m_progress->setFormat(tr("no training yet"));
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_dataLabel->setWordWrap(true);
    m_dataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // the fetch command can be copied
    m_samples->setPlaceholder(tr("Sample training digits appear here once the data is loaded."));
    m_misclassified->setPlaceholder(tr("Misclassified test digits appear here after each epoch."));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(createControls());
    m_splitter->addWidget(createResults());
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_controller, &TrainingController::progress, this, &MnistTab::onProgress);
    connect(m_controller, &TrainingController::lossPoints, this, &MnistTab::onLossPoints);
    connect(m_controller, &TrainingController::epochFinished, this, &MnistTab::onEpoch);
    connect(m_controller, &TrainingController::finished, this, &MnistTab::onFinished);
    connect(m_controller, &TrainingController::classifierReady, this,
            [this](const MnistClassifier& classifier) {
                m_try->setClassifier(
                    classifier,
                    tr("%1, %n epoch(s)", nullptr, static_cast<int>(m_runHistory.size())).arg(m_runName));
            });
    connect(m_settings, &TrainSettingsPanel::edited, this, &MnistTab::updateActions);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_settings, &TrainSettingsPanel::edited, m_saveTimer, qOverload<>(&QTimer::start));
    connect(m_saveTimer, &QTimer::timeout, this, &MnistTab::saveSettings);
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &MnistTab::onDataLoaded);

    MnistSettings settings;
    m_settings->setConfig(settings.config());
    m_splitter->restoreState(settings.splitterState());
    setDataDirectory(settings.dataDirectory());
}

MnistTab::~MnistTab() {
    saveSettings();
    m_loading.waitForFinished(); // the load reads files only; it ends by itself in well under a second
}

void MnistTab::createActions() {
    m_actionGroup = new QActionGroup(this);
    m_actionGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    auto make = [this](const QString& text, const QString& tip, const QKeySequence& key) {
        auto* action = new QAction(text, m_actionGroup);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setShortcut(key);
        addAction(action);
        return action;
    };
    m_train = make(tr("&Train"), tr("Train a new model with these settings (Ctrl+T)"),
                   QKeySequence(Qt::CTRL | Qt::Key_T));
    m_stop = make(tr("&Stop"), tr("Stop after the current batch; the epochs done are kept (Ctrl+.)"),
                  QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_resume =
        make(tr("&Resume"), tr("Continue the current model up to the number of epochs set (Ctrl+Shift+T)"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_saveModel =
        make(tr("Save &model…"), tr("Save the model, optimizer and history as a checkpoint (Ctrl+S)"),
             QKeySequence::Save);
    m_loadModel =
        make(tr("&Load model…"), tr("Load a saved checkpoint to try it or train it further (Ctrl+O)"),
             QKeySequence::Open);
    m_chooseData =
        make(tr("Choose &data folder…"), tr("Use MNIST files from another folder (raw or .gz)"), {});
    m_exportAccuracy = make(tr("Export &accuracy chart…"), tr("Save the accuracy chart as PNG or SVG"), {});
    m_exportLoss = make(tr("Export l&oss chart…"), tr("Save the loss chart as PNG or SVG"), {});
    m_exportCsv =
        make(tr("Export &metrics as CSV…"), tr("Save epoch, losses, accuracy and seconds per epoch"), {});

    connect(m_train, &QAction::triggered, this, &MnistTab::startTraining);
    connect(m_stop, &QAction::triggered, this, [this] {
        m_controller->stop();
        say(tr("Stopping after the current batch…"));
    });
    connect(m_resume, &QAction::triggered, this, &MnistTab::resumeTraining);
    connect(m_chooseData, &QAction::triggered, this, [this] {
        const QString directory =
            QFileDialog::getExistingDirectory(this, tr("Folder with the MNIST files"), m_dataDirectory);
        if (!directory.isEmpty()) setDataDirectory(directory);
    });
    connect(m_saveModel, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save model"),
            QDir(AppSettings().exportDirectory()).filePath(QStringLiteral("mnist-model.pt")),
            tr("Backprop Lab checkpoints (*.pt)"));
        QString error;
        if (!path.isEmpty()) say(saveModel(path, &error) ? tr("Model saved to %1").arg(path) : error);
    });
    connect(m_loadModel, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load model"), AppSettings().exportDirectory(),
                                         tr("Backprop Lab checkpoints (*.pt);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !loadModel(path, &error)) say(error);
    });
    connect(m_exportAccuracy, &QAction::triggered, this,
            [this] { askExport(m_accuracy, QStringLiteral("accuracy.png")); });
    connect(m_exportLoss, &QAction::triggered, this,
            [this] { askExport(m_loss, QStringLiteral("loss.png")); });
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export metrics"),
            QDir(AppSettings().exportDirectory()).filePath(QStringLiteral("mnist-epochs.csv")),
            tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty())
            say(exportMetricsCsv(path, &error) ? tr("Metrics saved to %1").arg(path) : error);
    });
}

QList<QAction*> MnistTab::trainingActions() const {
    return {m_train,      m_stop,           m_resume,     m_saveModel, m_loadModel,
            m_chooseData, m_exportAccuracy, m_exportLoss, m_exportCsv};
}

void MnistTab::setActionsEnabled(bool enabled) { m_actionGroup->setEnabled(enabled); }

QWidget* MnistTab::createControls() {
    auto* dataGroup = new QGroupBox(tr("Data"), this);
    auto* dataLayout = new QVBoxLayout(dataGroup);
    dataLayout->addWidget(m_dataLabel);
    dataLayout->addWidget(makeActionButton(m_chooseData, dataGroup));

    auto* settings = new QGroupBox(tr("Hyperparameters"), this);
    auto* settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addWidget(m_settings);

    auto* run = new QGroupBox(tr("Run"), this);
    auto* grid = new QGridLayout(run);
    grid->addWidget(makeActionButton(m_train, run), 0, 0);
    grid->addWidget(makeActionButton(m_stop, run), 0, 1);
    grid->addWidget(makeActionButton(m_resume, run), 1, 0, 1, 2);
    grid->addWidget(makeActionButton(m_saveModel, run), 2, 0);
    grid->addWidget(makeActionButton(m_loadModel, run), 2, 1);

    return makeSidePanel({dataGroup, settings, run}, this);
}

QWidget* MnistTab::createResults() {
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_accuracy);
    charts->addWidget(m_loss);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_speed);

    const ModelSummary summary = mnistModelSummary();
    m_summary->setColumnCount(3);
    m_summary->setHorizontalHeaderLabels({tr("Layer (type)"), tr("Output shape"), tr("Param #")});
    m_summary->setRowCount(static_cast<int>(summary.rows.size()) + 1);
    for (int r = 0; r < static_cast<int>(summary.rows.size()); ++r) {
        const SummaryRow& row = summary.rows[static_cast<std::size_t>(r)];
        QStringList shape{QStringLiteral("-1")};
        for (std::int64_t size : row.shape) shape << QString::number(size);
        m_summary->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(row.layer)));
        m_summary->setItem(
            r, 1, new QTableWidgetItem(QStringLiteral("[%1]").arg(shape.join(QStringLiteral(", ")))));
        m_summary->setItem(r, 2,
                           new QTableWidgetItem(QLocale().toString(static_cast<qlonglong>(row.parameters))));
        m_summary->item(r, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    const int last = static_cast<int>(summary.rows.size());
    m_summary->setItem(last, 0, new QTableWidgetItem(tr("Total (all trainable)")));
    m_summary->setItem(
        last, 2, new QTableWidgetItem(QLocale().toString(static_cast<qlonglong>(summary.totalParameters))));
    m_summary->item(last, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->item(last, 0)->setFont(bold);
    m_summary->item(last, 2)->setFont(bold);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->verticalHeader()->hide();
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto scrolled = [this](QWidget* widget) {
        auto* scroll = new QScrollArea(this);
        scroll->setWidget(widget);
        scroll->setWidgetResizable(true);
        return scroll;
    };
    auto* lower = new QTabWidget(this);
    lower->addTab(m_try, tr("Try it"));
    lower->addTab(m_confusion, tr("Confusion matrix"));
    lower->addTab(scrolled(m_misclassified), tr("Misclassified"));
    lower->addTab(scrolled(m_samples), tr("Samples"));
    lower->addTab(m_summary, tr("Model summary"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(charts, 1);
    topLayout->addLayout(progressRow);
    topLayout->addWidget(m_status);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({500, 260}); // the accuracy chart is the main pane
    return vertical;
}

} // namespace bplab::ui

#include "ui/sheet/backprop_sheet_tab.h"

#include "ui/common/app_settings.h"
#include "ui/sheet/compare_rates_panel.h"
#include "ui/common/export_chart_dialog.h"
#include "ui/common/file_writing.h"
#include "ui/sheet/formula_bar.h"
#include "ui/sheet/gradient_check_panel.h"
#include "ui/sheet/learning_rate_control.h"
#include "ui/charts/loss_chart.h"
#include "ui/sheet/network_diagram.h"
#include "core/sheet/sheet_csv.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_inputs_panel.h"
#include "ui/sheet/sheet_settings.h"
#include "ui/sheet/sheet_table_model.h"
#include "ui/sheet/stage_colors.h"
#include "ui/common/widget_helpers.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <sstream>

namespace bplab::ui {

namespace {

QString legendHtml() {
    auto chip = [](const QColor& color, const QString& text) {
        return QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2")
            .arg(color.name(), text.toHtmlEscaped());
    };
    QStringList parts;
    for (Stage stage : {Stage::Weight, Stage::Forward, Stage::Loss, Stage::Gradient, Stage::Update}) {
        parts << chip(stageColor(stage), stageName(stage));
    }
    parts << chip(currentCellColor(), QCoreApplication::translate("BackpropSheetTab", "selected cell"))
          << chip(precedentCellColor(), QCoreApplication::translate("BackpropSheetTab", "cells it reads"));
    return parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;"));
}

} // namespace

BackpropSheetTab::BackpropSheetTab(QWidget* parent)
    : QWidget(parent)
    , m_document(new SheetDocument(this))
    , m_inputs(new SheetInputsPanel(this))
    , m_model(new SheetTableModel(m_document, this))
    , m_table(new QTableView(this))
    , m_formulaBar(new FormulaBar(m_document, this))
    , m_chart(new LossChart(this))
    , m_diagram(new NetworkDiagram(m_document, this))
    , m_gradientCheck(new GradientCheckPanel(m_document, this))
    , m_compare(new CompareRatesPanel(m_document, this))
    , m_playTimer(new QTimer(this))
    , m_saveTimer(new QTimer(this)) {
    createActions();

    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(false);
    // Wide enough for six significant digits with sign and exponent, in the table's fixed font.
    m_table->horizontalHeader()->setDefaultSectionSize(
        QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
            .horizontalAdvance(QStringLiteral("−0.00123456")) +
        14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setToolTip(QString()); // cells carry their own tooltips with full precision and formula
    connect(m_table, &QTableView::clicked, this, &BackpropSheetTab::onTableClicked);

    auto* legend = new QLabel(legendHtml(), this);
    legend->setTextFormat(Qt::RichText);

    auto* sheetPane = new QWidget(this);
    auto* sheetLayout = new QVBoxLayout(sheetPane);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addWidget(legend);
    sheetLayout->addWidget(m_table, 1);

    m_lowerTabs = new QTabWidget(this);
    m_lowerTabs->addTab(m_diagram, tr("Network"));
    m_lowerTabs->addTab(m_gradientCheck, tr("Gradient check"));
    m_lowerTabs->addTab(m_compare, tr("Compare rates"));

    m_bottomSplitter = new QSplitter(Qt::Horizontal, this);
    m_bottomSplitter->addWidget(m_lowerTabs);
    m_bottomSplitter->addWidget(createChartPane());
    m_bottomSplitter->setStretchFactor(0, 2);
    m_bottomSplitter->setStretchFactor(1, 3);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->addWidget(sheetPane);
    m_rightSplitter->addWidget(m_bottomSplitter);
    m_rightSplitter->setStretchFactor(0, 1);
    m_rightSplitter->setStretchFactor(1, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(createControls());
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_formulaBar);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_inputs, &SheetInputsPanel::inputsEdited, this, &BackpropSheetTab::onInputsEdited);
    connect(m_inputs, &SheetInputsPanel::iterationsEdited, this, &BackpropSheetTab::onIterationsEdited);
    connect(m_document, &SheetDocument::changed, this, &BackpropSheetTab::onDocumentChanged);
    connect(m_document, &SheetDocument::inputsChanged, this, [this] {
        m_saveTimer->start(); // restarted by every edit: one write after a drag, not one per value
        if (m_compareMode->isChecked()) m_compare->recompute(); // refreshes the chart via curvesChanged
    });
    connect(m_compare, &CompareRatesPanel::curvesChanged, this, &BackpropSheetTab::refreshChart);
    connect(m_playTimer, &QTimer::timeout, this, &BackpropSheetTab::playTick);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, &BackpropSheetTab::saveSettings);

    restoreSettings();
    onDocumentChanged();
}

BackpropSheetTab::~BackpropSheetTab() { saveSettings(); }

void BackpropSheetTab::createActions() {
    // One group, so the window can switch all of them off while another tab is shown: Space must
    // not step an invisible sheet. (A group remembers each action's own enabled state.)
    m_actionGroup = new QActionGroup(this);
    m_actionGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    auto make = [this](const QString& text, const QString& tip, const QList<QKeySequence>& keys) {
        auto* action = new QAction(text, m_actionGroup);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setShortcuts(keys);
        addAction(action);
        return action;
    };
    m_stepCell =
        make(tr("Step &cell"), tr("Evaluate the next cell (Space or F10); a finished run starts over"),
             {Qt::Key_Space, Qt::Key_F10});
    m_stepIteration =
        make(tr("Step &iteration"),
             tr("Evaluate up to the end of the iteration (F11); a finished run starts over"), {Qt::Key_F11});
    m_play = make(tr("&Play"), tr("Step automatically at the chosen speed (Ctrl+P)"),
                  {QKeySequence(Qt::CTRL | Qt::Key_P)});
    m_play->setCheckable(true);
    m_runToEnd = make(tr("Run to &end"), tr("Evaluate every iteration (Ctrl+End)"),
                      {QKeySequence(Qt::CTRL | Qt::Key_End)});
    m_reset =
        make(tr("&Reset"), tr("Back to iteration 0 with nothing computed, to step from the start (Ctrl+R)"),
             {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_resetValues = make(tr("Reset to &seed values"), tr("Restore the seed sheet's inputs, weights and η"),
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    m_compareMode =
        make(tr("&Compare learning rates"), tr("Overlay the loss curves of several learning rates (Ctrl+M)"),
             {QKeySequence(Qt::CTRL | Qt::Key_M)});
    m_compareMode->setCheckable(true);
    m_logScale = make(tr("&Log-scale loss axis"), tr("Show the loss on a logarithmic axis (Ctrl+L)"),
                      {QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_logScale->setCheckable(true);
    m_exportChart = make(tr("E&xport chart…"), tr("Save the loss chart as PNG or SVG (Ctrl+E)"),
                         {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_exportCsv =
        make(tr("Export sheet as CS&V…"), tr("Save the whole sheet as CSV for a spreadsheet (Ctrl+Shift+E)"),
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});

    // Stepping a finished run starts it over from iteration 0, so Step is never a dead button.
    connect(m_stepCell, &QAction::triggered, this, [this] {
        if (m_document->sheet().atEnd()) m_document->reset();
        m_document->stepCell();
        showCurrentCell();
    });
    connect(m_stepIteration, &QAction::triggered, this, [this] {
        if (m_document->sheet().atEnd()) m_document->reset();
        m_document->stepIteration();
        showCurrentCell();
    });
    connect(m_runToEnd, &QAction::triggered, m_document, &SheetDocument::runToEnd);
    connect(m_reset, &QAction::triggered, this, [this] {
        setPlaying(false);
        m_document->reset();
    });
    connect(m_resetValues, &QAction::triggered, this, [this] {
        m_inputs->setInputs(SheetInputs{});
        onInputsEdited();
    });
    connect(m_play, &QAction::toggled, this, &BackpropSheetTab::setPlaying);
    connect(m_compareMode, &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_compare->recompute();
            m_lowerTabs->setCurrentWidget(m_compare);
        } else if (m_lowerTabs->currentWidget() == m_compare) {
            m_lowerTabs->setCurrentWidget(m_diagram);
        }
        refreshChart();
    });
    connect(m_logScale, &QAction::toggled, m_chart, &LossChart::setLogScale);
    connect(m_exportChart, &QAction::triggered, this, &BackpropSheetTab::askExportChart);
    connect(m_exportCsv, &QAction::triggered, this, &BackpropSheetTab::askExportCsv);
}

void BackpropSheetTab::setActionsEnabled(bool enabled) {
    m_actionGroup->setEnabled(enabled);
    if (!enabled) setPlaying(false);
}

QList<QAction*> BackpropSheetTab::sheetActions() const {
    return {m_stepCell,    m_stepIteration, m_play,     m_runToEnd,    m_reset,
            m_resetValues, m_compareMode,   m_logScale, m_exportChart, m_exportCsv};
}

QWidget* BackpropSheetTab::createControls() {
    auto* steps = new QGroupBox(tr("Step through"), this);
    auto* grid = new QGridLayout(steps);
    grid->addWidget(makeActionButton(m_stepCell, steps), 0, 0);
    grid->addWidget(makeActionButton(m_stepIteration, steps), 0, 1);
    grid->addWidget(makeActionButton(m_play, steps), 1, 0);
    grid->addWidget(makeActionButton(m_runToEnd, steps), 1, 1);
    grid->addWidget(makeActionButton(m_reset, steps), 2, 0);
    grid->addWidget(makeActionButton(m_resetValues, steps), 2, 1);
    // Space steps the sheet from anywhere in the window. A focused button would take Space as its own
    // click (Reset instead of Step), so these buttons never take focus; each has a shortcut and a menu entry.
    for (QToolButton* button : steps->findChildren<QToolButton*>()) button->setFocusPolicy(Qt::NoFocus);
    m_playSpeed = new QSpinBox(steps);
    m_playSpeed->setRange(1, 60);
    m_playSpeed->setSuffix(tr(" steps/s"));
    m_playSpeed->setToolTip(tr("How fast Play steps"));
    m_playMode = new QComboBox(steps);
    m_playMode->addItems({tr("cell by cell"), tr("row by row")});
    m_playMode->setToolTip(tr("Whether Play evaluates one cell or one whole iteration per step"));
    grid->addWidget(m_playSpeed, 3, 0);
    grid->addWidget(m_playMode, 3, 1);
    connect(m_playSpeed, &QSpinBox::valueChanged, this,
            [this](int stepsPerSecond) { m_playTimer->setInterval(1000 / stepsPerSecond); });

    return makeSidePanel({m_inputs, steps}, this);
}

QWidget* BackpropSheetTab::createChartPane() {
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_logScale);
    toolbar->addAction(m_compareMode);
    toolbar->addSeparator();
    toolbar->addAction(m_exportChart);

    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_chart, 1);
    return pane;
}

void BackpropSheetTab::restoreSettings() {
    SheetSettings settings;
    m_inputs->setInputs(settings.inputs());
    m_inputs->setIterations(settings.iterations());
    m_document->setIterationLimit(settings.iterations());
    m_document->setInputs(settings.inputs());
    m_playSpeed->setValue(settings.playStepsPerSecond());
    m_playTimer->setInterval(1000 / m_playSpeed->value());
    m_playMode->setCurrentIndex(settings.playByIteration() ? 1 : 0);
    m_compare->setRatesText(settings.compareRates());
    m_compare->setTargetLoss(settings.compareTargetLoss());
    m_logScale->setChecked(settings.lossLogScale());
    m_mainSplitter->restoreState(settings.splitterState(QStringLiteral("main")));
    m_rightSplitter->restoreState(settings.splitterState(QStringLiteral("right")));
    m_bottomSplitter->restoreState(settings.splitterState(QStringLiteral("bottom")));
}

void BackpropSheetTab::saveSettings() const {
    SheetSettings settings;
    settings.setInputs(m_document->inputs());
    settings.setIterations(m_document->sheet().iterationLimit());
    settings.setPlayStepsPerSecond(m_playSpeed->value());
    settings.setPlayByIteration(m_playMode->currentIndex() == 1);
    settings.setCompareRates(m_compare->ratesText());
    settings.setCompareTargetLoss(m_compare->targetLoss());
    settings.setLossLogScale(m_logScale->isChecked());
    settings.setSplitterState(QStringLiteral("main"), m_mainSplitter->saveState());
    settings.setSplitterState(QStringLiteral("right"), m_rightSplitter->saveState());
    settings.setSplitterState(QStringLiteral("bottom"), m_bottomSplitter->saveState());
}

void BackpropSheetTab::onInputsEdited() {
    QString error;
    if (!m_document->setInputs(m_inputs->inputs(), &error)) {
        Q_EMIT statusMessage(tr("%1 The previous value is kept.").arg(error));
        m_inputs->setInputs(m_document->inputs());
    }
}

void BackpropSheetTab::onIterationsEdited(int iterations) {
    QString error;
    if (!m_document->setIterationLimit(iterations, &error)) Q_EMIT statusMessage(error);
}

void BackpropSheetTab::onDocumentChanged() {
    // The compare curves depend on the inputs only (see inputsChanged); a step changes just this run.
    if (!m_compareMode->isChecked()) refreshChart();

    const BackpropSheet& sheet = m_document->sheet();
    m_runToEnd->setEnabled(!sheet.atEnd());
    if (sheet.atEnd() && m_play->isChecked()) m_play->setChecked(false);
    announceStatus();
}

void BackpropSheetTab::announceStatus() {
    const BackpropSheet& sheet = m_document->sheet();
    if (const auto diverged = sheet.divergedAt()) {
        Q_EMIT statusMessage(
            tr("Diverged at iteration %1: a value became infinite. Try a smaller learning rate "
               "or another activation.")
                .arg(*diverged));
    } else if (sheet.atEnd()) {
        const auto losses = sheet.lossCurve();
        Q_EMIT statusMessage(tr("E_total = %1 after %2 iterations at η = %3. Press Space to step through it "
                                "from the start.")
                                 .arg(losses.empty() ? 0.0 : losses.back(), 0, 'g', 6)
                                 .arg(sheet.completedIterations())
                                 .arg(sheet.inputs().learningRate));
    } else if (const auto position = sheet.currentPosition()) {
        Q_EMIT statusMessage(tr("Iteration %1, cell %2 of %3. Space steps one cell, F11 one iteration.")
                                 .arg(position->iteration)
                                 .arg(position->cell + 1)
                                 .arg(kCellCount));
    } else {
        Q_EMIT statusMessage(
            tr("Nothing computed yet. Space steps one cell, F11 one iteration, Ctrl+P plays."));
    }
}

void BackpropSheetTab::refreshChart() {
    const SheetInputs& inputs = m_document->inputs();
    const QString network = tr("%1 network").arg(QString::fromUtf8(activationName(inputs.activation).data()));
    m_chart->setCaption(m_compareMode->isChecked() ? tr("%1, %n learning rate(s)", nullptr,
                                                        static_cast<int>(m_compare->curves().size()))
                                                         .arg(network)
                                                   : tr("%1, η = %2").arg(network).arg(inputs.learningRate));
    QList<LossChart::Curve> curves;
    if (m_compareMode->isChecked()) {
        for (const LossCurve& curve : m_compare->curves()) {
            curves.append({QStringLiteral("η = %1").arg(curve.learningRate),
                           QList<double>(curve.losses.begin(), curve.losses.end()), curve.divergedAt});
        }
    } else {
        const BackpropSheet& sheet = m_document->sheet();
        const std::vector<double> losses = sheet.lossCurve();
        curves.append({QStringLiteral("η = %1").arg(sheet.inputs().learningRate),
                       QList<double>(losses.begin(), losses.end()), sheet.divergedAt()});
    }
    m_chart->setCurves(curves);
}

void BackpropSheetTab::onTableClicked(const QModelIndex& index) {
    const BackpropSheet& sheet = m_document->sheet();
    const int quantity = SheetTableModel::quantityOfColumn(index.column());
    int cell = sheet.cellOfQuantity(quantity);
    int iteration = index.row();
    if (cell < 0 && iteration > 0) {
        // A weight in row k was computed as the updated weight of row k − 1: explain that cell.
        cell = sheet.cellOfQuantity(quantity::w1_new + (quantity - quantity::w1));
        iteration -= 1;
    }
    if (cell < 0) {
        Q_EMIT statusMessage(
            tr("%1 is an initial weight: edit it in the values panel.")
                .arg(QString::fromStdString(quantities()[static_cast<std::size_t>(quantity)].label)));
        return;
    }
    if (!sheet.isEvaluated(iteration, cell)) {
        Q_EMIT statusMessage(tr("That cell is not computed yet: step on to compute it."));
        return;
    }
    m_document->select({iteration, cell});
}

void BackpropSheetTab::setPlaying(bool playing) {
    if (playing && m_document->sheet().atEnd()) {
        // Playing a finished run would do nothing: start it over, which is what Play means here.
        m_document->reset();
    }
    if (playing)
        m_playTimer->start();
    else
        m_playTimer->stop();
    if (m_play->isChecked() != playing) m_play->setChecked(playing);
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
}

void BackpropSheetTab::showCurrentCell() {
    const BackpropSheet& sheet = m_document->sheet();
    if (const auto position = sheet.currentPosition()) {
        const int quantity = sheet.cells()[static_cast<std::size_t>(position->cell)].quantity;
        m_table->scrollTo(m_model->index(position->iteration, SheetTableModel::columnOfQuantity(quantity)));
    }
}

void BackpropSheetTab::playTick() {
    if (m_playMode->currentIndex() == 1)
        m_document->stepIteration();
    else
        m_document->stepCell();
    showCurrentCell();
    if (m_document->sheet().atEnd()) setPlaying(false);
}

bool BackpropSheetTab::exportChart(const QString& path, QSize size, QString* error) {
    return m_chart->exportImage(path, size, error);
}

bool BackpropSheetTab::exportCsv(const QString& path, QString* error) {
    std::ostringstream csv;
    writeSheetCsv(csv, m_document->sheet());
    return writeFileAtomically(path, QByteArray::fromStdString(csv.str()), error);
}

void BackpropSheetTab::askExportChart() {
    AppSettings settings;
    ExportChartDialog dialog(QDir(settings.exportDirectory()).filePath(QStringLiteral("loss.png")),
                             settings.exportSize(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    if (!exportChart(dialog.path(), dialog.imageSize(), &error)) {
        Q_EMIT statusMessage(error + tr(" Choose another folder or free some disk space."));
        return;
    }
    settings.setExportSize(dialog.imageSize());
    settings.setExportDirectory(QFileInfo(dialog.path()).absolutePath());
    Q_EMIT statusMessage(tr("Chart saved to %1").arg(dialog.path()));
}

void BackpropSheetTab::askExportCsv() {
    AppSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export sheet as CSV"),
        QDir(settings.exportDirectory()).filePath(QStringLiteral("sheet.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportCsv(path, &error)) {
        Q_EMIT statusMessage(error + tr(" Choose another folder or free some disk space."));
        return;
    }
    settings.setExportDirectory(QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(tr("Sheet saved to %1").arg(path));
}

} // namespace bplab::ui

#include "ui/sheet/views/time_travel_panel.h"

#include "ui/charts/picture_export.h"
#include "ui/common/export_flow.h"
#include "ui/common/file_writing.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/picture_look.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/diagram/network_diagram.h"
#include "ui/sheet/diagram/own_network_diagram.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/stage_colors.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <sstream>

namespace bplab::ui {

namespace {
QString signedValue(double value) { return localSignedNumber(value, 6); }

// The change first: in a narrow pane it is the column that must stay in view.
enum Column { QuantityColumn, DifferenceColumn, RelativeColumn, AtAColumn, AtBColumn, ColumnCount };
} // namespace

TimeTravelPanel::TimeTravelPanel(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_a(new QSpinBox(this))
    , m_b(new QSpinBox(this))
    , m_scrubber(new QSlider(Qt::Horizontal, this))
    , m_ranking(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_diagram(new NetworkDiagram(document, this))
    , m_ownDiagram(new OwnNetworkDiagram(document, this)) {
    createActions();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setWordWrap(true);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_diagram);
    split->addWidget(m_ownDiagram); // one of the two is shown (refresh)
    // The diagram's edge labels need the width more than the table, which scrolls; but the table keeps
    // room for a quantity and its two values (at 1366×768 the own network's diagram had squeezed it to
    // its names alone).
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    m_table->setMinimumWidth(m_table->fontMetrics().averageCharWidth() * 32);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createControls());
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_document, &SheetDocument::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true; // recomputing a long run's diff on each slider step is wasted while hidden
    });
    // Even while hidden: the quantities kept would be another sheet's (their indices mean nothing in
    // the sheet now shown). A switch is rare, so the cost does not matter.
    connect(m_document, &SheetDocument::shownSheetChanged, this, [this] {
        m_pickAfresh = true;
        refresh();
    });
    refresh();
}

QWidget* TimeTravelPanel::createControls() {
    m_a->setPrefix(tr("A = "));
    m_b->setPrefix(tr("B = "));
    m_a->setToolTip(tr("The iteration to compare from"));
    m_b->setToolTip(tr("The iteration to compare to (the slider moves it)"));
    m_scrubber->setToolTip(
        tr("Scrub through the completed iterations: moves B and shows its row in the sheet"));
    m_ranking->addItem(tr("by |B − A|"), static_cast<int>(DiffRanking::Absolute));
    m_ranking->addItem(tr("by relative change"), static_cast<int>(DiffRanking::Relative));
    m_ranking->setToolTip(tr("Order the quantities by how much they changed, or by how much relative to A"));
    m_a->setAccessibleName(tr("Iteration A"));
    m_b->setAccessibleName(tr("Iteration B"));
    m_table->setAccessibleName(tr("Changes from A to B"));
    m_diagram->setAccessibleName(tr("Weight changes diagram"));
    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_exportCsv);
    toolBar->addAction(m_exportPicture);

    // Two rows: the pickers and exports, then the scrubber across the whole width, so it stays long
    // enough to drag through a hundred iterations.
    auto* controls = new QWidget(this);
    auto* rows = new QVBoxLayout(controls);
    rows->setContentsMargins(4, 0, 4, 0);
    rows->setSpacing(0);
    auto* pickers = new QHBoxLayout;
    pickers->addWidget(m_a);
    pickers->addWidget(m_b);
    // On Linux a screen reader names a combo box only by its label (else by its current value).
    auto* rankLabel = new QLabel(tr("Rank:"), controls);
    rankLabel->setBuddy(m_ranking);
    pickers->addWidget(rankLabel);
    pickers->addWidget(m_ranking);
    pickers->addWidget(toolBar, 1);
    auto* scrub = new QHBoxLayout;
    auto* scrubLabel = new QLabel(tr("Scrub B:"), controls);
    scrubLabel->setBuddy(m_scrubber);
    scrub->addWidget(scrubLabel);
    scrub->addWidget(m_scrubber, 1);
    rows->addLayout(pickers);
    rows->addLayout(scrub);

    const auto spinChanged = qOverload<int>(&QSpinBox::valueChanged);
    connect(m_a, spinChanged, this, &TimeTravelPanel::updateDiff);
    connect(m_b, spinChanged, this, [this](int b) {
        const QSignalBlocker block(m_scrubber);
        m_scrubber->setValue(b);
        updateDiff();
        Q_EMIT iterationPicked(b);
    });
    connect(m_scrubber, &QSlider::valueChanged, m_b, &QSpinBox::setValue);
    connect(m_ranking, qOverload<int>(&QComboBox::currentIndexChanged), this, &TimeTravelPanel::updateDiff);
    return controls;
}

void TimeTravelPanel::createActions() {
    m_exportCsv = makeAction(tr("Export time-travel CSV…"),
                             tr("Save every quantity at A, at B and B − A as CSV"), {}, this);
    m_exportPicture = makeAction(tr("Export time-travel picture…"),
                                 tr("Save the diagram of the weight changes as PNG or SVG"), {}, this);
    // The File menu lists them beside the other views' exports: there the text says which view.
    m_exportCsv->setIconText(tr("Export CSV…"));
    m_exportPicture->setIconText(tr("Export picture…"));
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const QString message = askAndSaveFile(
            this, tr("Export changes as CSV"), QStringLiteral("changes.csv"), tr("CSV files (*.csv)"),
            [this](const QString& path, QString* error) { return exportCsv(path, error); },
            tr("Changes saved to %1"));
        if (!message.isEmpty()) Q_EMIT statusMessage(message);
    });
    connect(m_exportPicture, &QAction::triggered, this, [this] {
        const QString message = askAndExportChart(this, QStringLiteral("weight-changes.png"),
                                                  [this](const QString& path, QSize size, QString* error) {
                                                      return exportPicture(path, size, error);
                                                  });
        if (!message.isEmpty()) Q_EMIT statusMessage(message);
    });
}

int TimeTravelPanel::iterationA() const { return m_a->value(); }
int TimeTravelPanel::iterationB() const { return m_b->value(); }
QString TimeTravelPanel::summary() const { return m_summary->text(); }

void TimeTravelPanel::setIterations(int a, int b) {
    m_a->setValue(a);
    m_b->setValue(b);
}

void TimeTravelPanel::setRanking(DiffRanking ranking) {
    m_ranking->setCurrentIndex(m_ranking->findData(static_cast<int>(ranking)));
}

DiffRanking TimeTravelPanel::ranking() const {
    return static_cast<DiffRanking>(m_ranking->currentData().toInt());
}

void TimeTravelPanel::showEvent(QShowEvent* event) {
    if (m_stale) refresh();
    QWidget::showEvent(event);
}

void TimeTravelPanel::refresh() {
    m_stale = false;
    const bool own = m_document->shownOwnNetwork() != nullptr;
    m_diagram->setVisible(!own);
    m_ownDiagram->setVisible(own);
    const int completed = m_document->engine().completedIterations();
    // B follows the newest row while it was there (a run that grows), else stays where it was picked.
    const bool followEnd = m_pickAfresh || m_b->value() >= m_completed - 1;
    m_completed = completed;
    const int last = std::max(0, completed - 1);
    {
        const QSignalBlocker blockA(m_a), blockB(m_b), blockScrubber(m_scrubber);
        m_a->setRange(0, last);
        m_b->setRange(0, last);
        m_scrubber->setRange(0, last);
        if (m_pickAfresh) m_a->setValue(0);
        if (followEnd) m_b->setValue(last);
        m_scrubber->setValue(m_b->value());
    }
    for (QWidget* control :
         {static_cast<QWidget*>(m_a), static_cast<QWidget*>(m_b), static_cast<QWidget*>(m_scrubber)})
        control->setEnabled(completed > 0);
    m_pickAfresh = false;
    updateDiff();
}

void TimeTravelPanel::updateDiff() {
    const SheetEngine& sheet = m_document->engine();
    if (sheet.completedIterations() == 0) {
        m_changes.clear();
        m_summary->setText(tr("No iteration is complete yet: step through one (F11) to travel in time."));
        m_diagram->showWeightChanges(std::nullopt);
        fillTable();
        return;
    }
    const int a = m_a->value(), b = m_b->value();
    m_changes = iterationDiff(sheet, a, b, static_cast<DiffRanking>(m_ranking->currentData().toInt()));
    if (m_document->shownOwnNetwork()) {
        m_diagram->showWeightChanges(std::nullopt); // the own network's diagram shows row B (selected)
    } else {
        const BackpropSheet& seed = m_document->sheet();
        NetworkDiagram::WeightChanges weights{a, b, {}};
        for (int k = 0; k < 8; ++k) {
            const auto q = static_cast<std::size_t>(quantity::w1 + k);
            weights.delta[static_cast<std::size_t>(k)] = seed.row(b)[q] - seed.row(a)[q];
        }
        m_diagram->showWeightChanges(weights);
    }
    const QuantityChange& top = m_changes.front();
    // Complete rows have their loss: both are in the loss curve.
    const std::vector<double> loss = sheet.lossCurve();
    m_summary->setText(
        tr("From iteration %1 to %2, E_total went from %3 to %4; the largest change is %5 (%6).")
            .arg(a)
            .arg(b)
            .arg(signedValue(loss.at(static_cast<std::size_t>(a))),
                 signedValue(loss.at(static_cast<std::size_t>(b))),
                 QString::fromStdString(sheet.labelOf(top.quantity)), signedValue(top.difference)));
    fillTable();
}

void TimeTravelPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && !m_changes.empty()) fillTable();
    QWidget::changeEvent(event);
}

void TimeTravelPanel::fillTable() {
    m_table->setHorizontalHeaderLabels({tr("quantity"), tr("B − A"), tr("rel. change"),
                                        tr("at A = %1").arg(m_a->value()),
                                        tr("at B = %1").arg(m_b->value())});
    m_table->setRowCount(static_cast<int>(m_changes.size()));
    const SheetEngine& sheet = m_document->engine();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QuantityChange& change = m_changes[static_cast<std::size_t>(row)];
        const Stage stage = sheet.stageOf(change.quantity);
        const QStringList texts{
            QString::fromStdString(sheet.labelOf(change.quantity)), signedValue(change.difference),
            change.relativeChange ? QStringLiteral("%1 %").arg(signedValue(100 * *change.relativeChange))
                                  : QStringLiteral("—"),
            signedValue(change.atA), signedValue(change.atB)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setTextAlignment(column == QuantityColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                            : Qt::AlignRight | Qt::AlignVCenter);
            if (column == QuantityColumn) item->setForeground(stageColor(stage, palette()));
            if (column == DifferenceColumn) item->setData(Qt::UserRole, change.difference); // the exact value
            if (row < kHighlightedChanges) { // the largest changes stand out
                QFont bold = m_table->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(stageTint(stage, palette()));
            }
            m_table->setItem(row, column, item);
        }
    }
}

bool TimeTravelPanel::exportCsv(const QString& path, QString* error) {
    if (m_stale) refresh();
    std::ostringstream csv;
    writeIterationDiffCsv(csv, m_document->engine(), m_changes, m_a->value(), m_b->value());
    return writeFileAtomically(path, QByteArray::fromStdString(csv.str()), error);
}

bool TimeTravelPanel::exportPicture(const QString& path, QSize size, QString* error) {
    if (m_stale) refresh();
    if (m_document->shownOwnNetwork()) {
        const ScopedPalette look(m_ownDiagram, picturePalette(m_ownDiagram)); // light unless asked otherwise
        return bplab::ui::exportPicture(
            [this](QPainter& painter, QSize at) { m_ownDiagram->paint(painter, at); }, path, size, error);
    }
    const ScopedPalette look(m_diagram, picturePalette(m_diagram));
    return bplab::ui::exportPicture([this](QPainter& painter, QSize at) { m_diagram->paint(painter, at); },
                                    path, size, error);
}

} // namespace bplab::ui

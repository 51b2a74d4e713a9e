#include "ui/sheet/views/gradient_check_panel.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"

#include "core/sheet/analysis/gradient_check.h"
#include "core/sheet/network/network_gradient_check.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/stage_colors.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>
#include <vector>

namespace bplab::ui {

namespace {
// The check of the sheet shown (the own network's, or the seed's) at `iteration`; nothing while that
// row's partials are not computed.
std::optional<std::vector<GradientCheckEntry>> checkShownSheet(const SheetDocument& document, int iteration) {
    if (const NetworkSheet* network = document.shownOwnNetwork()) {
        if (!gradientsComputed(*network, iteration)) return std::nullopt;
        return checkNetworkGradients(*network, iteration);
    }
    if (!gradientsComputed(document.sheet(), iteration)) return std::nullopt;
    return checkGradients(document.sheet(), iteration);
}

// One row per entry ("∂E/∂w²₁₂": analytic, numeric, relative error, ✓ or ✗); returns how many disagree.
int fillTable(QTableWidget* table, const std::vector<GradientCheckEntry>& entries) {
    const int count = static_cast<int>(entries.size());
    table->setRowCount(count);
    QStringList rows;
    for (const GradientCheckEntry& entry : entries)
        rows << QStringLiteral("∂E/∂%1").arg(QString::fromStdString(entry.parameter));
    table->setVerticalHeaderLabels(rows);
    int disagreements = 0;
    for (int k = 0; k < count; ++k) {
        const GradientCheckEntry& entry = entries[static_cast<std::size_t>(k)];
        auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(k, column, item);
            return item;
        };
        cell(0, localNumber(entry.analytic, 8))->setForeground(stageColor(Stage::Gradient));
        cell(1, localNumber(entry.numeric, 8));
        cell(2, withLocaleDecimals(QString::number(entry.relativeError, 'e', 1)));
        QTableWidgetItem* verdict = cell(3, entry.agrees ? QStringLiteral("✓") : QStringLiteral("✗"));
        verdict->setTextAlignment(Qt::AlignCenter);
        verdict->setForeground(readableOn(entry.agrees ? QColor(0x2e, 0x7d, 0x32) : alertHue(),
                                          table->palette().color(QPalette::Base)));
        disagreements += entry.agrees ? 0 : 1;
    }
    return disagreements;
}
} // namespace

GradientCheckPanel::GradientCheckPanel(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this)) {
    m_table->setHorizontalHeaderLabels({tr("analytic"), tr("numeric"), tr("rel. error"), QString()});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->setToolTip(tr("Each partial from the chain rule against (E(w+h) − E(w−h)) / 2h with h = 1e-5, "
                           "E being the loss of the examples that iteration used. "
                           "A relative error above 1e-6 is flagged."));
    m_table->setAccessibleName(tr("Gradient check"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(document, &SheetDocument::changed, this, &GradientCheckPanel::follow);
    connect(document, &SheetDocument::selectionChanged, this, &GradientCheckPanel::follow);
    connect(document, &SheetDocument::shownSheetChanged, this, &GradientCheckPanel::follow);
    refresh();
}

QTableWidget* GradientCheckPanel::table() const {
    refreshIfStale();
    return m_table;
}

QString GradientCheckPanel::summary() const {
    refreshIfStale();
    return m_summary->text();
}

void GradientCheckPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refreshIfStale();
}

void GradientCheckPanel::follow() {
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void GradientCheckPanel::refreshIfStale() const {
    if (m_stale) refresh();
}

void GradientCheckPanel::refresh() const {
    m_stale = false;
    const auto selected = m_document->selectedCell();
    const int iteration = selected ? selected->iteration : 0;
    const auto entries = checkShownSheet(*m_document, iteration);
    if (!entries) {
        m_table->setRowCount(0);
        m_summary->setText(tr("Iteration %1: the partials are not computed yet.").arg(iteration));
        return;
    }
    const int disagreements = fillTable(m_table, *entries);
    m_summary->setText(
        disagreements == 0
            ? tr("Iteration %1: all %2 partials agree with finite differences.")
                  .arg(iteration)
                  .arg(entries->size())
            : tr("Iteration %1: %n partial(s) disagree with finite differences.", nullptr, disagreements)
                  .arg(iteration));
}

} // namespace bplab::ui

#include "ui/mnist/inside/model_summary_table.h"

#include "core/mnist/model_summary.h"
#include "ui/mnist/inside/number_items.h"
#include "ui/mnist/inside/parameter_breakdown_table.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>

namespace bplab::ui {

ModelSummaryTable::ModelSummaryTable(QWidget* parent)
    : QTableWidget(parent) {
    setColumnCount(3);
    setHorizontalHeaderLabels({tr("Layer (type)"), tr("Output shape"), tr("Param #")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setAccessibleName(tr("Model summary"));
    showClasses(kMnistClasses);
}

void ModelSummaryTable::showClasses(int classes) {
    const ModelSummary summary = mnistModelSummary(classes);
    const int rows = static_cast<int>(summary.rows.size());
    clearContents();
    setRowCount(rows + 1);
    for (int r = 0; r < rows; ++r) {
        const SummaryRow& row = summary.rows[static_cast<std::size_t>(r)];
        QStringList shape{QStringLiteral("-1")}; // the batch dimension
        for (std::int64_t size : row.shape) shape << QString::number(size);
        setItem(r, 0, new QTableWidgetItem(QString::fromStdString(row.layer)));
        setItem(r, 1, new QTableWidgetItem(QStringLiteral("[%1]").arg(shape.join(QStringLiteral(", ")))));
        setItem(r, 2, countItem(row.parameters));
    }
    setItem(rows, 0, new QTableWidgetItem(tr("Total (all trainable)")));
    setItem(rows, 2, countItem(summary.totalParameters));
    QFont bold = font();
    bold.setBold(true);
    item(rows, 0)->setFont(bold);
    item(rows, 2)->setFont(bold);
    setAccessibleDescription(tr("The network's %1 layers, each with its output shape and parameter count; "
                                "%2 parameters in all.")
                                 .arg(rows)
                                 .arg(summary.totalParameters));
}

ModelSummaryView::ModelSummaryView(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_summary(new ModelSummaryTable(this))
    , m_breakdown(new ParameterBreakdownTable(this)) {
    addWidget(m_summary);
    addWidget(m_breakdown);
}

void ModelSummaryView::showClasses(int classes) {
    m_summary->showClasses(classes);
    m_breakdown->showClasses(classes);
}

} // namespace bplab::ui

#include "ui/sheet/sheet_exports.h"

#include "core/sheet/network/network_csv.h"

#include "core/sheet/sheet_csv.h"
#include "ui/charts/loss_chart.h"
#include "ui/common/export_flow.h"
#include "ui/common/file_writing.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/sheet_document.h"

#include <QAction>

#include <sstream>

namespace bplab::ui {

SheetExports::SheetExports(const SheetDocument* document, const LossChart* chart, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_chart(chart)
    , m_dialogParent(dialogParent)
    , m_exportChart(makeAction(tr("E&xport chart…"), tr("Save the loss chart as PNG or SVG (Ctrl+E)"),
                               {QKeySequence(Qt::CTRL | Qt::Key_E)}, this))
    , m_exportCsv(makeAction(tr("Export sheet as CS&V…"),
                             tr("Save the whole sheet as CSV for a spreadsheet (Ctrl+Shift+E)"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, this)) {
    connect(m_exportChart, &QAction::triggered, this, &SheetExports::askExportChart);
    connect(m_exportCsv, &QAction::triggered, this, &SheetExports::askExportCsv);
}

bool SheetExports::exportChart(const QString& path, QSize size, QString* error) const {
    return m_chart->exportImage(path, size, error);
}

bool SheetExports::exportCsv(const QString& path, QString* error) const {
    std::ostringstream csv;
    if (const NetworkSheet* network = m_document->shownOwnNetwork())
        writeNetworkCsv(csv, *network); // the same columns as `sheet --layers … --csv`
    else
        writeSheetCsv(csv, m_document->sheet());
    return writeFileAtomically(path, QByteArray::fromStdString(csv.str()), error);
}

void SheetExports::askExportChart() {
    const QString message = askAndExportChart(
        m_dialogParent, QStringLiteral("loss.png"),
        [this](const QString& path, QSize size, QString* error) { return exportChart(path, size, error); });
    if (!message.isEmpty()) Q_EMIT statusMessage(message);
}

void SheetExports::askExportCsv() {
    const QString message = askAndSaveFile(
        m_dialogParent, tr("Export sheet as CSV"), QStringLiteral("sheet.csv"), tr("CSV files (*.csv)"),
        [this](const QString& path, QString* error) { return exportCsv(path, error); },
        tr("Sheet saved to %1"));
    if (!message.isEmpty()) Q_EMIT statusMessage(message);
}

} // namespace bplab::ui

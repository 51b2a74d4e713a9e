#include "ui/sheet/exports/sheet_exports.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_csv.h"
#include "core/sheet/network/network_sheet.h"

#include "core/sheet/sheet_csv.h"
#include "ui/charts/loss_chart.h"
#include "ui/common/export_flow.h"
#include "ui/common/file_writing.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/exports/sheet_workbook_export.h"
#include "ui/sheet/exports/workbook_export_progress.h"

#include <QAction>

#include <memory>

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
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, this))
    , m_exportWorkbook(
          makeAction(tr("Export as &spreadsheet…"),
                     tr("Save the run as an .xlsx workbook whose cells are live formulas: open it in "
                        "LibreOffice or Excel, change η and watch every cell recompute (Ctrl+Shift+X)"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)}, this)) {
    connect(m_exportChart, &QAction::triggered, this, &SheetExports::askExportChart);
    connect(m_exportCsv, &QAction::triggered, this, &SheetExports::askExportCsv);
    connect(m_exportWorkbook, &QAction::triggered, this, &SheetExports::askExportWorkbook);
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

bool SheetExports::exportWorkbook(const QString& path, QString* error) const {
    if (const NetworkSheet* network = m_document->shownOwnNetwork())
        return exportNetworkWorkbook(*network, path, error);
    return exportSeedWorkbook(m_document->sheet(), path, error);
}

bool SheetExports::exportWorkbookInBackground(const QString& path, QString* error) const {
    // A copy: the shown sheet may go on stepping (Play) while the worker reads it.
    WorkbookJob job;
    int rows = 0;
    if (const NetworkSheet* network = m_document->shownOwnNetwork()) {
        auto copy = std::make_shared<const NetworkSheet>(*network);
        rows = copy->rowCount();
        job = [copy, path](const WorkbookProgress& progress, QString* jobError) {
            return exportNetworkWorkbook(*copy, path, jobError, progress);
        };
    } else {
        auto copy = std::make_shared<const BackpropSheet>(m_document->sheet());
        rows = copy->rowCount();
        job = [copy, path](const WorkbookProgress& progress, QString* jobError) {
            return exportSeedWorkbook(*copy, path, jobError, progress);
        };
    }
    // The export runs in a nested event loop: the menu item waits until it is done, so a second export
    // cannot start inside the first one in the moment before the progress dialog shows.
    m_exportWorkbook->setEnabled(false);
    const bool written = runWorkbookExport(m_dialogParent, rows, job, error);
    m_exportWorkbook->setEnabled(true);
    return written;
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

void SheetExports::askExportWorkbook() {
    const QString message = askAndSaveFile(
        m_dialogParent, tr("Export as spreadsheet"), QStringLiteral("sheet.xlsx"),
        tr("Excel workbooks (*.xlsx)"),
        [this](const QString& path, QString* error) { return exportWorkbookInBackground(path, error); },
        tr("Workbook saved to %1: open it in LibreOffice or Excel and change eta"));
    if (!message.isEmpty()) Q_EMIT statusMessage(message);
}

} // namespace bplab::ui

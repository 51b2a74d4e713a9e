#include "ui/sheet/sheet_exports.h"

#include "core/sheet/sheet_csv.h"
#include "ui/charts/loss_chart.h"
#include "ui/common/app_settings.h"
#include "ui/common/export_chart_dialog.h"
#include "ui/common/file_writing.h"
#include "ui/sheet/sheet_action.h"
#include "ui/sheet/sheet_document.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include <sstream>

namespace bplab::ui {

SheetExports::SheetExports(const SheetDocument* document, const LossChart* chart, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_chart(chart)
    , m_dialogParent(dialogParent)
    , m_exportChart(makeSheetAction(tr("E&xport chart…"), tr("Save the loss chart as PNG or SVG (Ctrl+E)"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_E)}, this))
    , m_exportCsv(makeSheetAction(tr("Export sheet as CS&V…"),
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
    writeSheetCsv(csv, m_document->sheet());
    return writeFileAtomically(path, QByteArray::fromStdString(csv.str()), error);
}

void SheetExports::askExportChart() {
    AppSettings settings;
    ExportChartDialog dialog(QDir(settings.exportDirectory()).filePath(QStringLiteral("loss.png")),
                             settings.exportSize(), m_dialogParent);
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

void SheetExports::askExportCsv() {
    AppSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export sheet as CSV"),
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

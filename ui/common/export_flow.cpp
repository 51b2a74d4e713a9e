#include "ui/common/export_flow.h"

#include "ui/common/app_settings.h"
#include "ui/common/export_chart_dialog.h"
#include "ui/common/picture_look.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace bplab::ui {

QString askAndExportChart(QWidget* parent, const QString& defaultFileName, const ImageExporter& exportTo) {
    AppSettings settings;
    ExportChartDialog dialog(QDir(settings.exportDirectory()).filePath(defaultFileName),
                             settings.exportSize(), parent);
    dialog.setInWindowColours(settings.exportInWindowColours());
    // The dialog exports on Save and stays open with what was typed after a refusal (it shows why).
    dialog.setExporter([parent, &dialog, &exportTo](const QString& path, QSize size, QString* error) {
        const ScopedPictureLook look(parent,
                                     dialog.inWindowColours() ? PictureLook::Window : PictureLook::Light);
        return exportTo(path, size, error);
    });
    if (dialog.exec() != QDialog::Accepted) return {};
    settings.setExportSize(dialog.imageSize());
    settings.setExportInWindowColours(dialog.inWindowColours());
    settings.setExportDirectory(QFileInfo(dialog.path()).absolutePath());
    return QCoreApplication::translate("ExportFlow", "Chart saved to %1.").arg(dialog.path());
}

QString askAndSaveFile(QWidget* parent, const QString& title, const QString& defaultFileName,
                       const QString& filter, const FileSaver& save, const QString& savedMessage) {
    AppSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(settings.exportDirectory()).filePath(defaultFileName), filter);
    if (path.isEmpty()) return {};
    QString error;
    if (!save(path, &error)) return error; // the saver's sentence says what to do
    settings.setExportDirectory(QFileInfo(path).absolutePath());
    return savedMessage.arg(path);
}

} // namespace bplab::ui

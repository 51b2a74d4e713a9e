#include "ui/sheet/sheet_workbook_export.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/workbook/sheet_workbook.h"
#include "core/sheet/workbook/sheet_workbook_writer.h"
#include "ui/common/file_writing.h"
#include "ui/sheet/sheet_loss_curve.h"
#include "ui/sheet/stage_colors.h"

#include <QCoreApplication>
#include <QFile>
#include <QPalette>
#include <QTemporaryDir>

#include <stdexcept>

namespace bplab::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("SheetWorkbookExport", text); }

// The app's stage tints as on a white page: a workbook is read on white whatever the desktop's theme.
void fillStages(SheetWorkbook& workbook) {
    QPalette white;
    white.setColor(QPalette::Base, Qt::white);
    white.setColor(QPalette::Text, Qt::black);
    for (Stage stage :
         {Stage::Given, Stage::Weight, Stage::Forward, Stage::Loss, Stage::Gradient, Stage::Update}) {
        workbook.stageFills[static_cast<std::size_t>(stage)] = stageTint(stage, white).rgb() & 0xffffffu;
    }
}

QString iterationsText(const SheetEngine& sheet) {
    return sheet.rowCount() == 1 ? tr("1 iteration") : tr("%1 iterations").arg(sheet.rowCount());
}

bool writeWorkbook(SheetWorkbook workbook, const QString& path, QString* error) {
    fillStages(workbook);
    // Reproducible files where the environment asks for them (https://reproducible-builds.org).
    bool fixedTime = false;
    const qlonglong epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&fixedTime);
    if (fixedTime && epoch > 0) workbook.createdAt = epoch;
    QTemporaryDir folder;
    if (!folder.isValid()) {
        if (error) *error = tr("Could not prepare the workbook: %1.").arg(folder.errorString());
        return false;
    }
    const QString built = folder.filePath(QStringLiteral("sheet.xlsx"));
    try {
        writeSheetWorkbook(workbook, QFile::encodeName(built).toStdString());
    } catch (const WorkbookFileError& failure) {
        if (error) {
            *error =
                tr("Could not prepare the workbook in the temporary folder %1 (%2). Free some disk space "
                   "there, or set TMPDIR to another folder.")
                    .arg(folder.path(), QString::fromStdString(failure.what()));
        }
        return false;
    } catch (const std::exception& failure) {
        if (error)
            *error = tr("Could not write the workbook: %1.").arg(QString::fromStdString(failure.what()));
        return false;
    }
    QFile file(built);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("Could not read the prepared workbook back: %1.").arg(file.errorString());
        return false;
    }
    return writeFileAtomically(path, file.readAll(), error);
}
} // namespace

bool exportSeedWorkbook(const BackpropSheet& sheet, const QString& path, QString* error) {
    const QString title =
        tr("Backprop Lab: the 2-2-2 %1, %2").arg(sheetRunCaption(sheet.inputs()), iterationsText(sheet));
    return writeWorkbook(seedWorkbook(sheet, title.toStdString()), path, error);
}

bool exportNetworkWorkbook(const NetworkSheet& sheet, const QString& path, QString* error) {
    const QString title =
        tr("Backprop Lab: %1, %2").arg(networkRunCaption(sheet.spec()), iterationsText(sheet));
    return writeWorkbook(networkWorkbook(sheet, title.toStdString()), path, error);
}

} // namespace bplab::ui

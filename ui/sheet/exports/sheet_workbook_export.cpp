#include "ui/sheet/exports/sheet_workbook_export.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/workbook/sheet_workbook.h"
#include "core/sheet/workbook/sheet_workbook_writer.h"
#include "ui/common/file_writing.h"
#include "ui/sheet/sheet_loss_curve.h"
#include "ui/sheet/table/stage_colors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QTemporaryDir>

#include <stdexcept>

namespace bplab::ui {

namespace {
// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct SheetWorkbookExportText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::SheetWorkbookExport)
};

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
    return sheet.rowCount() == 1 ? SheetWorkbookExportText::tr("1 iteration")
                                 : SheetWorkbookExportText::tr("%1 iterations").arg(sheet.rowCount());
}

bool writeWorkbook(SheetWorkbook workbook, const QString& path, QString* error,
                   const WorkbookProgress& progress) {
    fillStages(workbook);
    workbook.keepGoing = progress;
    // Reproducible files where the environment asks for them (https://reproducible-builds.org).
    bool fixedTime = false;
    const qlonglong epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&fixedTime);
    if (fixedTime && epoch > 0) workbook.createdAt = epoch;
    QTemporaryDir folder;
    if (!folder.isValid()) {
        if (error) {
            *error =
                SheetWorkbookExportText::tr(
                    "Could not write %1: no temporary folder could be made in %2 (%3). Free some disk space "
                    "there, or set TMPDIR to a folder you can write to.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(QDir::tempPath()),
                         folder.errorString());
        }
        return false;
    }
    const QString built = folder.filePath(QStringLiteral("sheet.xlsx"));
    try {
        writeSheetWorkbook(workbook, QFile::encodeName(built).toStdString());
    } catch (const WorkbookCancelled&) {
        if (error) *error = SheetWorkbookExportText::tr("Export cancelled: nothing was written.");
        return false;
    } catch (const WorkbookFileError& failure) {
        if (error) {
            QString reason = QString::fromStdString(failure.what()).trimmed();
            while (reason.endsWith(QLatin1Char('.'))) reason.chop(1);
            *error =
                SheetWorkbookExportText::tr(
                    "Could not write %1: the workbook is built in the temporary folder %2 first, and that "
                    "failed (%3). Free some disk space there, or set TMPDIR to a folder on another disk.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(QDir::tempPath()), reason);
        }
        return false;
    } catch (const std::exception& failure) {
        if (error)
            *error = SheetWorkbookExportText::tr("Could not write %1: %2.")
                         .arg(QDir::toNativeSeparators(path), QString::fromStdString(failure.what()));
        return false;
    }
    // A Cancel while the file was compressed (after the last row) still counts: nothing is moved into
    // place, so a file the user chose to replace stays as it was.
    if (progress && !progress(workbook.engine->rowCount())) {
        if (error) *error = SheetWorkbookExportText::tr("Export cancelled: nothing was written.");
        return false;
    }
    QFile file(built);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error =
                SheetWorkbookExportText::tr(
                    "Could not write %1: the workbook built in the temporary folder could not be read back "
                    "(%2).")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return writeFileAtomically(path, file.readAll(), error);
}
} // namespace

bool exportSeedWorkbook(const BackpropSheet& sheet, const QString& path, QString* error,
                        const WorkbookProgress& progress) {
    const QString title = SheetWorkbookExportText::tr("Backprop Lab: the 2-2-2 %1, %2")
                              .arg(sheetRunCaption(sheet.inputs()), iterationsText(sheet));
    return writeWorkbook(seedWorkbook(sheet, title.toStdString()), path, error, progress);
}

bool exportNetworkWorkbook(const NetworkSheet& sheet, const QString& path, QString* error,
                           const WorkbookProgress& progress) {
    const QString title = SheetWorkbookExportText::tr("Backprop Lab: %1, %2")
                              .arg(networkRunCaption(sheet.spec()), iterationsText(sheet));
    return writeWorkbook(networkWorkbook(sheet, title.toStdString()), path, error, progress);
}

} // namespace bplab::ui

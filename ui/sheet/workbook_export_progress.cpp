#include "ui/sheet/workbook_export_progress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace bplab::ui {

namespace {
// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct WorkbookExportProgressText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::WorkbookExportProgress)
};
// The dialog appears only for an export that takes longer than this (most take a fraction of a second).
constexpr int kShowAfterMs = 400;
constexpr int kRefreshMs = 100;
} // namespace

bool runWorkbookExport(QWidget* parent, int rows, const WorkbookJob& job, QString* error) {
    std::atomic<int> written{0};
    std::atomic<bool> cancelled{false};
    QProgressDialog dialog(WorkbookExportProgressText::tr("Writing the workbook…"),
                           WorkbookExportProgressText::tr("Cancel"), 0, rows, parent);
    dialog.setWindowTitle(WorkbookExportProgressText::tr("Export as spreadsheet"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(kShowAfterMs);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // The worker only stores numbers; the dialog reads them here, on the GUI thread.
    QTimer refresh;
    refresh.setInterval(kRefreshMs);
    QObject::connect(&refresh, &QTimer::timeout, &dialog, [&dialog, &written, &cancelled, rows] {
        if (dialog.wasCanceled() && !cancelled) { // the button, Escape, or closing the dialog
            cancelled = true;
            dialog.setLabelText(WorkbookExportProgressText::tr("Cancelling…"));
        }
        if (cancelled) return;
        const int done = written.load();
        dialog.setValue(done);
        if (done >= rows) dialog.setLabelText(WorkbookExportProgressText::tr("Compressing the workbook…"));
    });
    refresh.start();

    QString jobError;
    QFutureWatcher<bool> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&job, &jobError, &written, &cancelled] {
        return job(
            [&written, &cancelled](int rowsWritten) {
                written = rowsWritten;
                return !cancelled.load();
            },
            &jobError);
    }));
    if (!watcher.isFinished()) loop.exec();
    watcher.waitForFinished();
    refresh.stop();
    if (error) *error = jobError;
    return watcher.result();
}

} // namespace bplab::ui

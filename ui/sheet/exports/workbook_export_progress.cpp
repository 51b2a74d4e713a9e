#include "ui/sheet/exports/workbook_export_progress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <utility>

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

// Escape and the close button ask to cancel like the Cancel button, without hiding the dialog: it stays,
// window-modal, saying "Cancelling…" until the worker has stopped, so nothing else starts meanwhile.
class CancelRequests : public QObject {
public:
    CancelRequests(QProgressDialog* dialog, std::function<void()> onCancel)
        : QObject(dialog)
        , m_onCancel(std::move(onCancel)) {
        dialog->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        const bool escape =
            event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape;
        if (escape || event->type() == QEvent::Close) {
            m_onCancel();
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onCancel;
};
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
    // By default Cancel resets and hides the dialog at once, while the worker may still be compressing for
    // seconds: the flag and the label go up instead, and the dialog stays until the worker has stopped.
    // (Qt makes that connection with the string-based syntax, which only a string-based disconnect undoes.)
    QObject::disconnect(&dialog, SIGNAL(canceled()), &dialog, SLOT(cancel()));
    auto requestCancel = [&dialog, &cancelled] {
        if (cancelled.exchange(true)) return;
        dialog.setLabelText(WorkbookExportProgressText::tr("Cancelling…"));
    };
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, requestCancel);
    new CancelRequests(&dialog, requestCancel);
    // The worker only stores numbers; the dialog reads them here, on the GUI thread.
    QTimer refresh;
    refresh.setInterval(kRefreshMs);
    QObject::connect(&refresh, &QTimer::timeout, &dialog, [&dialog, &written, &cancelled, rows] {
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

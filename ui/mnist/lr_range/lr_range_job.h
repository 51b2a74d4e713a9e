#pragma once

#include "core/mnist/lr_range_test.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace bplab::ui {

// Runs the learning-rate range test off the GUI thread (QtConcurrent), with its own model: a training
// run elsewhere is never touched. The points the worker produces are collected under a lock and
// handed out by takePoints(), which the dialog calls from a timer: a few hundred points need no signal
// per batch. The destructor cancels and waits (a batch takes milliseconds).
class LrRangeJob : public QObject {
    Q_OBJECT
public:
    explicit LrRangeJob(QObject* parent = nullptr);
    ~LrRangeJob() override;

    // False (and a sentence in `error`) for bad settings or while a test runs.
    bool start(const TrainConfig& recipe, std::shared_ptr<const MnistData> data,
               const LrRangeSettings& settings, QString* error);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // The points since the last call, in order.
    std::vector<LrRangePoint> takePoints();
    // After finished(): the whole result (meaningless before).
    const LrRangeResult& result() const { return m_result; }

Q_SIGNALS:
    // `error` is empty when the test ran (to the end, to the blow-up, or cancelled: see result()).
    void finished(const QString& error);

private:
    struct Outcome {
        LrRangeResult result;
        QString error;
    };
    struct Shared { // between the worker and the GUI thread
        std::mutex mutex;
        std::vector<LrRangePoint> points;
    };

    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<Shared> m_shared;
    StopToken m_stop;
    LrRangeResult m_result;
};

} // namespace bplab::ui

#pragma once

#include "ui/mnist/training_controller.h"

#include <QElapsedTimer>
#include <QObject>

namespace bplab::ui {

// The object that lives in the training thread. run() blocks that thread's event loop for the whole
// run, which is why stopping goes through the StopToken and not through a queued slot.
class TrainingWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void run(std::shared_ptr<bplab::MnistTrainer> trainer, const bplab::StopToken& stop,
             const bplab::RateDial& dial);
    // One pass over the test set; evaluated() carries `model` back so a stale result can be told apart.
    void evaluate(std::shared_ptr<bplab::MnistTrainer> trainer, const bplab::StopToken& stop, quint64 model);

Q_SIGNALS:
    void progress(const bplab::BatchProgress& progress);
    void lossPoints(const QList<QPointF>& points);
    void ratePoints(const QList<QPointF>& points);
    void epochFinished(const bplab::EpochResult& result, const bplab::Evaluation& evaluation);
    void epochHealth(const bplab::EpochHealth& health);
    void classifierReady(const bplab::MnistClassifier& classifier);
    void diverged(const bplab::Divergence& divergence);
    void finished(bool completed, const QString& error);
    void evaluated(quint64 model, const bplab::Evaluation& evaluation, const QString& error);

private:
    void onBatch(const bplab::BatchProgress& progress);
    void flush();

    QElapsedTimer m_sinceEmit;
    QList<QPointF> m_pendingLoss;
    QList<QPointF> m_pendingRate;
    QPointF m_lastRatePoint{-1.0, 0.0}; // x < 0: none yet in this run
    bplab::BatchProgress m_lastProgress;
    double m_smoothedLoss = -1.0;
};

} // namespace bplab::ui

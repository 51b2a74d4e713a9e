#pragma once

#include "ui/mnist/training/loss_curve_sampler.h"
#include "ui/mnist/training/training_controller.h"
#include "ui/mnist/training/training_events.h"

#include <QElapsedTimer>
#include <QObject>

namespace bplab::ui {

// The object that lives in the training thread. run() blocks that thread's event loop for the whole
// run, which is why stopping goes through the StopToken and not through a queued slot. It reports
// through TrainingEvents' signals (which the controller forwards to the GUI thread) and evaluated().
class TrainingWorker : public TrainingEvents {
    Q_OBJECT
public:
    using TrainingEvents::TrainingEvents;

    void run(std::shared_ptr<bplab::MnistTrainer> trainer, const bplab::StopToken& stop,
             const bplab::RateDial& dial);
    // One pass over the test set; evaluated() carries `model` back so a stale result can be told apart.
    void evaluate(std::shared_ptr<bplab::MnistTrainer> trainer, const bplab::StopToken& stop, quint64 model);

Q_SIGNALS:
    void evaluated(quint64 model, const bplab::Evaluation& evaluation, const QString& error);

private:
    void onBatch(const bplab::BatchProgress& progress);
    void flush();

    QElapsedTimer m_sinceEmit;
    LossCurveSampler m_curves; // the points of the loss chart not yet sent
    bplab::BatchProgress m_lastProgress;
    bool m_batchSinceEmit = false; // a batch has run since the last progress signal
};

} // namespace bplab::ui

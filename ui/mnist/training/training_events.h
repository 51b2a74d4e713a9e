#pragma once

#include "core/mnist/mnist_classifier.h"
#include "core/mnist/train_types.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

Q_DECLARE_METATYPE(bplab::BatchProgress)
Q_DECLARE_METATYPE(bplab::EpochResult)
Q_DECLARE_METATYPE(bplab::Evaluation)
Q_DECLARE_METATYPE(bplab::MnistClassifier)
Q_DECLARE_METATYPE(bplab::Divergence)
Q_DECLARE_METATYPE(bplab::EpochHealth)

namespace bplab::ui {

// What a training run reports, declared once: the worker (in the training thread) emits these, and
// the controller (in the GUI thread) emits them again to the views after a queued hop. Both derive
// from this class, so a signal is written here and nowhere else. Every argument is a value type.
class TrainingEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void progress(const bplab::BatchProgress& progress);
    // Training loss, smoothed, x = epochs done as a fraction: about 100 points an epoch
    // (LossCurveSampler says which).
    void lossPoints(const QList<QPointF>& points);
    // The peak learning rate, as a step line (same x as lossPoints; every change kept).
    void ratePoints(const QList<QPointF>& points);
    void epochFinished(const bplab::EpochResult& result, const bplab::Evaluation& evaluation);
    // The epoch's training-health figures (per layer), right before its epochFinished.
    void epochHealth(const bplab::EpochHealth& health);
    // A copy of the weights, made where the model lives (after each epoch, and after a load).
    void classifierReady(const bplab::MnistClassifier& classifier);
    // The run diverged (finished(false, "") follows): the weights are back at the last finite state.
    void diverged(const bplab::Divergence& divergence);
    // `completed`: every planned epoch ran; otherwise stopped or failed (`error` is then non-empty).
    void finished(bool completed, const QString& error);
};

} // namespace bplab::ui

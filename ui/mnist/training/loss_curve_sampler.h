#pragma once

#include "core/mnist/train_types.h"

#include <QList>
#include <QPointF>

namespace bplab::ui {

// Turns each batch's loss and rate into the points the loss chart draws: the training loss smoothed
// (an exponential moving average over about the last 50 batches) and the peak learning rate as a step
// line, both with x = epochs done as a fraction. A chart a few hundred pixels wide cannot show one
// point per batch (469 an epoch at the default batch of 128, 938 at 64), and Qt Charts redoes every
// point of a curve each time it grows, which stalled the window; so a point is kept every
// batches / kPointsPerEpoch batches, at a run's first batch and at an epoch's end. Because the curve is
// already averaged over ~50 batches, a point every few looks the same. A rate change is never lost:
// its step is kept as two points at the same x, so the line stays made of level and vertical pieces.
class LossCurveSampler {
public:
    static constexpr int kPointsPerEpoch = 100;
    // Weight of the newest batch in the smoothed loss.
    static constexpr double kSmoothing = 0.02;

    // Starts a new run's curves (the smoothing restarts too).
    void reset();
    // Takes one batch; the points it keeps are added to the pending lists.
    void add(const bplab::BatchProgress& progress);
    // Adds the newest batch's points if they were not kept, so a curve ends where the run stopped
    // (a stop or a divergence mid-epoch).
    void addLatest();
    // The points kept since the last take, and empties the lists.
    QList<QPointF> takeLoss();
    QList<QPointF> takeRate();
    bool hasPending() const { return !m_loss.isEmpty() || !m_rate.isEmpty(); }

private:
    QList<QPointF> m_loss;
    QList<QPointF> m_rate;
    double m_smoothedLoss = -1.0;  // < 0: no batch yet in this run
    QPointF m_latestLoss;          // the newest batch's point
    QPointF m_latestRate{-1.0, 0}; // x < 0: none yet in this run
    bool m_latestKept = true;      // whether the newest batch's points are in the lists already
};

} // namespace bplab::ui

#include "ui/mnist/training/loss_curve_sampler.h"

#include <algorithm>
#include <utility>

namespace bplab::ui {

void LossCurveSampler::reset() { *this = LossCurveSampler(); }

void LossCurveSampler::add(const BatchProgress& progress) {
    m_smoothedLoss =
        m_smoothedLoss < 0 ? progress.loss : (1 - kSmoothing) * m_smoothedLoss + kSmoothing * progress.loss;
    const double x = progress.epoch - 1 + static_cast<double>(progress.batch) / progress.batches;
    // A rate change: a vertical step at the previous batch's end, from the old rate (kept there first
    // if that batch was skipped, else the line would slope) to the new one.
    const double rate = progress.peakLearningRate;
    if (m_latestRate.x() >= 0 && rate != m_latestRate.y()) {
        if (!m_latestKept) m_rate.append(m_latestRate);
        m_rate.append(QPointF(m_latestRate.x(), rate));
    }
    const bool first = m_latestRate.x() < 0; // a run's (or a resumed run's) first batch: always kept
    m_latestLoss = QPointF(x, m_smoothedLoss);
    m_latestRate = QPointF(x, rate);
    const int every = std::max(1, progress.batches / kPointsPerEpoch);
    m_latestKept = false;
    if (first || progress.batch % every == 0 || progress.batch == progress.batches) addLatest();
}

void LossCurveSampler::addLatest() {
    if (m_latestKept || m_smoothedLoss < 0) return;
    m_loss.append(m_latestLoss);
    m_rate.append(m_latestRate);
    m_latestKept = true;
}

QList<QPointF> LossCurveSampler::takeLoss() { return std::exchange(m_loss, {}); }

QList<QPointF> LossCurveSampler::takeRate() { return std::exchange(m_rate, {}); }

} // namespace bplab::ui

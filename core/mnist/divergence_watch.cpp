#include "core/mnist/divergence_watch.h"

#include <algorithm>
#include <cmath>
#include <locale>
#include <sstream>

namespace bplab {

bool DivergenceWatch::diverged(double batchLoss) {
    if (!std::isfinite(batchLoss)) return true;
    m_average = std::isnan(m_average) ? batchLoss : (1 - kSmoothing) * m_average + kSmoothing * batchLoss;
    m_lowest = std::min(m_lowest, m_average);
    return m_average > kDivergenceGrowthFactor * std::max(m_lowest, kSmallestReference);
}

std::string divergenceHeadline(const Divergence& d) {
    std::ostringstream text;
    text.imbue(std::locale::classic());
    text << "diverged at epoch " << d.epoch << ", batch " << d.batch << " (η = " << d.learningRate << ')';
    return text.str();
}

std::string describeDivergence(const Divergence& d) {
    std::ostringstream text;
    text.imbue(std::locale::classic());
    text << divergenceHeadline(d) << ": the training loss became " << d.loss << "; the weights are back at ";
    if (d.keptEpochs == 0) {
        text << "the start of the run";
    } else {
        text << "the end of epoch " << d.keptEpochs;
    }
    text << ", the last finite state";
    return text.str();
}

double smallerLearningRate(const Divergence& divergence) { return divergence.learningRate / 10.0; }

} // namespace bplab

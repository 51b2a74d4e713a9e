#include "core/sheet/learning_rate_sweep.h"

#include "core/sheet/backprop_sheet.h"

namespace bplab {

std::vector<LossCurve> sweepLearningRates(const SheetInputs& inputs, const std::vector<double>& learningRates,
                                          int iterations) {
    std::vector<LossCurve> curves;
    curves.reserve(learningRates.size());
    for (double learningRate : learningRates) {
        SheetInputs withRate = inputs;
        withRate.learningRate = learningRate;
        BackpropSheet sheet(withRate, iterations);
        sheet.runToEnd();
        curves.push_back({learningRate, sheet.lossCurve(), sheet.divergedAt()});
    }
    return curves;
}

std::optional<int> iterationsToReach(const LossCurve& curve, double targetLoss) {
    for (std::size_t k = 0; k < curve.losses.size(); ++k) {
        if (curve.losses[k] <= targetLoss) return static_cast<int>(k);
    }
    return std::nullopt;
}

} // namespace bplab

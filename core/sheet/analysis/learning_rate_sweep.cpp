#include "core/sheet/analysis/learning_rate_sweep.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/analysis/rate_sweep_runs.h"

namespace bplab {

std::vector<LossCurve> sweepLearningRates(const SheetInputs& inputs, const std::vector<double>& learningRates,
                                          int iterations) {
    return sweepRuns<BackpropSheet>(inputs, learningRates, kOwnLossOnly, iterations,
                                    [](const BackpropSheet& sheet) { return sheet.lossCurve(); });
}

std::vector<double> outputSquaredErrorCurve(const BackpropSheet& sheet) {
    using namespace quantity;
    std::vector<double> errors;
    const int lossCell = sheet.cellOfQuantity(E_total);
    for (int r = 0; r < sheet.rowCount() && sheet.isEvaluated(r, lossCell); ++r) {
        const RowValues& v = sheet.row(r);
        errors.push_back(lossOfOutput(Loss::SquaredError, v[t1], v[a_o1]) +
                         lossOfOutput(Loss::SquaredError, v[t2], v[a_o2]));
    }
    return errors;
}

std::vector<LossCurve> sweepLearningRatesAndLosses(const SheetInputs& inputs,
                                                   const std::vector<double>& learningRates, int iterations) {
    return sweepRuns<BackpropSheet>(
        inputs, learningRates, kEveryLoss, iterations,
        [](const BackpropSheet& sheet) { return outputSquaredErrorCurve(sheet); });
}

std::optional<int> iterationsToReach(const LossCurve& curve, double targetLoss) {
    for (std::size_t k = 0; k < curve.losses.size(); ++k) {
        if (curve.losses[k] <= targetLoss) return static_cast<int>(k);
    }
    return std::nullopt;
}

} // namespace bplab

#include "core/sheet/network/network_rate_sweep.h"

#include "core/sheet/network/network_sheet.h"
#include "core/sheet/analysis/rate_sweep_runs.h"

namespace bplab {

std::vector<LossCurve> sweepLearningRates(const NetworkSpec& spec, const std::vector<double>& learningRates,
                                          int iterations) {
    return sweepRuns<NetworkSheet>(spec, learningRates, kOwnLossOnly, iterations,
                                   [](const NetworkSheet& sheet) { return sheet.lossCurve(); });
}

std::vector<double> outputSquaredErrorCurve(const NetworkSheet& sheet) {
    const NetworkIndex& index = sheet.layout().index();
    const int lossCell = sheet.cellOfQuantity(index.totalLoss);
    // E_total's own divisor: the step's example count with a mean loss, else 1.
    const double divisor = sheet.cells().at(static_cast<std::size_t>(lossCell)).divisor;
    const auto& outputs = index.a.back(); // [slot][unit] of the last layer
    std::vector<double> errors;
    for (int r = 0; r < sheet.rowCount() && sheet.isEvaluated(r, lossCell); ++r) {
        const double* v = sheet.row(r);
        double sum = 0.0;
        for (std::size_t s = 0; s < outputs.size(); ++s) {
            for (std::size_t j = 0; j < outputs[s].size(); ++j)
                sum += lossOfOutput(Loss::SquaredError, v[index.target[s][j]], v[outputs[s][j]]);
        }
        errors.push_back(sum / divisor);
    }
    return errors;
}

std::vector<LossCurve> sweepLearningRatesAndLosses(const NetworkSpec& spec,
                                                   const std::vector<double>& learningRates, int iterations) {
    return sweepRuns<NetworkSheet>(spec, learningRates, kEveryLoss, iterations,
                                   [](const NetworkSheet& sheet) { return outputSquaredErrorCurve(sheet); });
}

} // namespace bplab

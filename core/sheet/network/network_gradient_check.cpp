#include "core/sheet/network/network_gradient_check.h"

#include "core/sheet/loss.h"
#include "core/sheet/network/network_forward.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/vector_index.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace bplab {

namespace {

// A parameter of a row (a quantity index) and the quantity of its partial.
struct LearnedParameter {
    int parameter = 0;
    int partial = 0;
};

// The weights of every layer, then the learned biases (as the seed lists w1..w8, then b1, b2).
std::vector<LearnedParameter> learnedParameters(const NetworkIndex& index) {
    std::vector<LearnedParameter> list;
    for (std::size_t l = 1; l < index.weight.size(); ++l) {
        for (std::size_t j = 0; j < index.weight[l].size(); ++j) {
            for (std::size_t k = 0; k < index.weight[l][j].size(); ++k)
                list.push_back({index.weight[l][j][k], index.weightPartial[l][j][k]});
        }
    }
    for (std::size_t l = 1; l < index.biasPartial.size(); ++l) {
        // Empty for a layer whose bias is fixed: it has no partial to check.
        for (std::size_t u = 0; u < index.biasPartial[l].size(); ++u)
            list.push_back({index.bias[l][u], index.biasPartial[l][u]});
    }
    return list;
}

// The loss of a step over `examples` (indices into the training set) with the parameters in `row` (one
// value per quantity): run through those parameters afresh, not through the row's own loss cells, so the
// check does not lean on them.
double stepLoss(const NetworkSheet& sheet, const std::vector<int>& examples, const std::vector<double>& row) {
    const NetworkSpec& spec = sheet.spec();
    const NetworkForward forward(spec, sheet.layout().index(), row.data());
    std::array<double, NetworkForward::kMaxLayerUnits> outputs{};
    double total = 0.0;
    for (const int e : examples) {
        const TrainingExample& example = spec.data.examples[at(e)];
        forward.outputs(example.inputs.data(), outputs.data());
        for (int j = 0; j < forward.outputCount(); ++j)
            total += lossOfOutput(spec.loss, example.targets[at(j)], outputs[at(j)]);
    }
    return spec.reduction == LossReduction::Mean ? total / static_cast<double>(examples.size()) : total;
}
} // namespace

bool gradientsComputed(const NetworkSheet& sheet, int iteration) {
    int lastPartialCell = 0;
    for (const LearnedParameter& p : learnedParameters(sheet.layout().index()))
        lastPartialCell = std::max(lastPartialCell, sheet.cellOfQuantity(p.partial));
    return iteration >= 0 && iteration < sheet.rowCount() && sheet.isEvaluated(iteration, lastPartialCell);
}

std::vector<GradientCheckEntry> checkNetworkGradients(const NetworkSheet& sheet, int iteration) {
    if (!gradientsComputed(sheet, iteration)) {
        throw std::out_of_range("the partials of iteration " + std::to_string(iteration) +
                                " have not been computed yet");
    }
    const std::vector<LearnedParameter> parameters = learnedParameters(sheet.layout().index());
    const std::vector<int> examples = sheet.examplesOfRow(iteration);
    std::vector<double> row = sheet.rowValues(iteration);
    std::vector<GradientCheckEntry> entries;
    entries.reserve(parameters.size());
    for (const LearnedParameter& p : parameters) {
        double& theta = row[at(p.parameter)];
        const double value = theta;
        theta = value + kGradientCheckStep;
        const double plus = stepLoss(sheet, examples, row);
        theta = value - kGradientCheckStep;
        const double minus = stepLoss(sheet, examples, row);
        theta = value;
        entries.push_back(compareGradient(sheet.labelOf(p.parameter), row[at(p.partial)],
                                          (plus - minus) / (2.0 * kGradientCheckStep)));
    }
    return entries;
}

} // namespace bplab

#include "core/sheet/analysis/saturation.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace bplab {

namespace {

// The net input and the activation of each neuron of SaturationPoint::slope, in that order.
constexpr std::array<std::array<int, 2>, 4> kNetAndActivation{{{quantity::h1, quantity::a_h1},
                                                               {quantity::h2, quantity::a_h2},
                                                               {quantity::o1, quantity::a_o1},
                                                               {quantity::o2, quantity::a_o2}}};

// The last partial in evaluation order: once it is evaluated, the whole gradient of the row is.
int lastGradientCell(const BackpropSheet& sheet) {
    return sheet.cellOfQuantity(sheet.inputs().learnBiases ? quantity::dE_db2 : quantity::dE_dw1 + 7);
}

double gradientNorm(const BackpropSheet& sheet, const RowValues& row) {
    double sum = 0.0;
    for (int k = 0; k < 8; ++k)
        sum += row[static_cast<std::size_t>(quantity::dE_dw1 + k)] *
               row[static_cast<std::size_t>(quantity::dE_dw1 + k)];
    if (sheet.inputs().learnBiases) {
        for (int q : {quantity::dE_db1, quantity::dE_db2})
            sum += row[static_cast<std::size_t>(q)] * row[static_cast<std::size_t>(q)];
    }
    return std::sqrt(sum);
}

} // namespace

std::vector<SaturationPoint> saturationCurve(const BackpropSheet& sheet) {
    std::vector<SaturationPoint> curve;
    const int lastCell = lastGradientCell(sheet);
    const Activation activation = sheet.inputs().activation;
    for (int iteration = 0; iteration < sheet.rowCount() && sheet.isEvaluated(iteration, lastCell);
         ++iteration) {
        const RowValues& row = sheet.row(iteration);
        SaturationPoint point;
        point.iteration = iteration;
        point.slope.resize(kNetAndActivation.size());
        for (std::size_t n = 0; n < kNetAndActivation.size(); ++n) {
            point.slope[n] =
                activationDerivative(activation, row[static_cast<std::size_t>(kNetAndActivation[n][0])],
                                     row[static_cast<std::size_t>(kNetAndActivation[n][1])]);
        }
        point.gradientNorm = gradientNorm(sheet, row);
        point.loss = row[quantity::E_total];
        curve.push_back(point);
    }
    return curve;
}

std::vector<SaturationUnit> saturationUnits(const NetworkSpec& spec) {
    std::vector<SaturationUnit> units;
    for (int layer = 1; layer <= spec.lastLayer(); ++layer) {
        const Activation activation = spec.activations[static_cast<std::size_t>(layer - 1)];
        for (int unit = 0; unit < spec.layers[static_cast<std::size_t>(layer)]; ++unit) {
            const std::string label =
                unitQuantity(QuantityKind::PreActivation, layer, unit, /*slot=*/0, /*slots=*/1).label;
            units.push_back({layer, unit, label, activation});
        }
    }
    return units;
}

namespace {

// The partials of every learned parameter (the network has ∂E/∂b cells only for learned biases).
std::vector<int> parameterPartials(const NetworkSheet& sheet) {
    std::vector<int> partials;
    for (int q = 0; q < sheet.quantityCount(); ++q) {
        const QuantityKind kind = sheet.quantities()[q].kind;
        if (kind == QuantityKind::WeightPartial || kind == QuantityKind::BiasPartial) partials.push_back(q);
    }
    return partials;
}

} // namespace

std::vector<SaturationPoint> saturationCurve(const NetworkSheet& sheet) {
    const std::vector<SaturationUnit> units = saturationUnits(sheet.spec());
    const std::vector<int> partials = parameterPartials(sheet);
    int lastPartialCell = 0; // once it is evaluated, the whole gradient of the row is
    for (int q : partials) lastPartialCell = std::max(lastPartialCell, sheet.cellOfQuantity(q));
    const NetworkIndex& index = sheet.layout().index();
    const int slots = sheet.layout().slots();
    std::vector<SaturationPoint> curve;
    for (int iteration = 0; iteration < sheet.rowCount() && sheet.isEvaluated(iteration, lastPartialCell);
         ++iteration) {
        const double* row = sheet.row(iteration);
        SaturationPoint point;
        point.iteration = iteration;
        for (const SaturationUnit& unit : units) {
            const auto& z = index.z[static_cast<std::size_t>(unit.layer)];
            const auto& a = index.a[static_cast<std::size_t>(unit.layer)];
            double sum = 0.0;
            for (int slot = 0; slot < slots; ++slot) {
                const auto s = static_cast<std::size_t>(slot), j = static_cast<std::size_t>(unit.unit);
                sum += activationDerivative(unit.activation, row[z[s][j]], row[a[s][j]]);
            }
            point.slope.push_back(sum / slots);
        }
        double squares = 0.0;
        for (int q : partials) squares += row[q] * row[q];
        point.gradientNorm = std::sqrt(squares);
        point.loss = row[sheet.layout().index().totalLoss];
        curve.push_back(std::move(point));
    }
    return curve;
}

double meanSlopeOfLayer(const SaturationPoint& point, const std::vector<SaturationUnit>& units, int layer) {
    double sum = 0.0;
    int count = 0;
    for (std::size_t n = 0; n < units.size() && n < point.slope.size(); ++n) {
        if (units[n].layer != layer) continue;
        sum += point.slope[n];
        ++count;
    }
    return count == 0 ? 0.0 : sum / count;
}

} // namespace bplab

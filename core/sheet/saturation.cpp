#include "core/sheet/saturation.h"

#include <cmath>

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

} // namespace bplab

#include "core/sheet/analysis/gradient_check.h"

#include "core/sheet/backprop_sheet.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace bplab {

namespace {
double lossWith(const SheetInputs& inputs) {
    BackpropSheet one(inputs, 1);
    one.runTo(1);
    return one.row(0)[quantity::E_total];
}

// (E(p + h) − E(p − h)) / 2h for the value named `parameter` of `at`.
double centralDifference(const SheetInputs& at, const std::string& parameter) {
    SheetInputs plus = at;
    SheetInputs minus = at;
    const double value = inputValue(at, parameter);
    setInputValue(plus, parameter, value + kGradientCheckStep);
    setInputValue(minus, parameter, value - kGradientCheckStep);
    return (lossWith(plus) - lossWith(minus)) / (2.0 * kGradientCheckStep);
}
} // namespace

GradientCheckEntry compareGradient(std::string parameter, double analytic, double numeric) {
    GradientCheckEntry entry;
    entry.parameter = std::move(parameter);
    entry.analytic = analytic;
    entry.numeric = numeric;
    const double scale = std::max(std::fabs(analytic), std::fabs(numeric));
    entry.relativeError = scale == 0.0 ? 0.0 : std::fabs(analytic - numeric) / scale;
    // Below ~1e-9 the difference quotient is rounding noise, so relative error means nothing there.
    entry.agrees = entry.relativeError < kGradientCheckTolerance || scale < 1e-9;
    return entry;
}

bool gradientsComputed(const BackpropSheet& sheet, int iteration) {
    // dE_db2, when biases are learned, comes after dE_dw8 in evaluation order.
    const int lastPartial =
        sheet.cellOfQuantity(sheet.inputs().learnBiases ? quantity::dE_db2 : quantity::dE_dw1 + 7);
    return iteration >= 0 && iteration < sheet.rowCount() && sheet.isEvaluated(iteration, lastPartial);
}

std::vector<GradientCheckEntry> checkGradients(const BackpropSheet& sheet, int iteration) {
    const bool biases = sheet.inputs().learnBiases;
    if (!gradientsComputed(sheet, iteration)) {
        throw std::out_of_range("the partials of iteration " + std::to_string(iteration) +
                                " have not been computed yet");
    }
    const RowValues& row = sheet.row(iteration);
    SheetInputs atRow = sheet.inputs();
    for (std::size_t k = 0; k < 8; ++k) {
        atRow.weights[k] = row[quantity::w1 + k];
    }
    atRow.b1 = row[quantity::b1];
    atRow.b2 = row[quantity::b2];
    std::vector<GradientCheckEntry> entries;
    for (int k = 0; k < 8; ++k) {
        const std::string name = "w" + std::to_string(k + 1);
        entries.push_back(compareGradient(
            name, row[static_cast<std::size_t>(quantity::dE_dw1) + static_cast<std::size_t>(k)],
            centralDifference(atRow, name)));
    }
    if (biases) {
        entries.push_back(compareGradient("b1", row[quantity::dE_db1], centralDifference(atRow, "b1")));
        entries.push_back(compareGradient("b2", row[quantity::dE_db2], centralDifference(atRow, "b2")));
    }
    return entries;
}

} // namespace bplab

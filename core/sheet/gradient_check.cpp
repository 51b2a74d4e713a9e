#include "core/sheet/gradient_check.h"

#include "core/sheet/backprop_sheet.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace bplab {

namespace {
double lossWith(SheetInputs inputs) {
    BackpropSheet one(inputs, 1);
    one.runTo(1);
    return one.row(0)[quantity::E_total];
}
} // namespace

std::array<GradientCheckEntry, 8> checkGradients(const BackpropSheet& sheet, int iteration) {
    const int lastPartial = sheet.cellOfQuantity(quantity::dE_dw1 + 7);
    if (iteration < 0 || iteration >= sheet.rowCount() || !sheet.isEvaluated(iteration, lastPartial)) {
        throw std::out_of_range("the partials of iteration " + std::to_string(iteration) +
                                " have not been computed yet");
    }
    const RowValues& row = sheet.row(iteration);
    SheetInputs atRow = sheet.inputs();
    for (std::size_t k = 0; k < 8; ++k) {
        atRow.weights[k] = row[quantity::w1 + k];
    }
    std::array<GradientCheckEntry, 8> entries;
    for (std::size_t k = 0; k < 8; ++k) {
        SheetInputs plus = atRow;
        SheetInputs minus = atRow;
        plus.weights[k] += kGradientCheckStep;
        minus.weights[k] -= kGradientCheckStep;
        GradientCheckEntry& entry = entries[k];
        entry.analytic = row[quantity::dE_dw1 + k];
        entry.numeric = (lossWith(plus) - lossWith(minus)) / (2.0 * kGradientCheckStep);
        const double scale = std::max(std::fabs(entry.analytic), std::fabs(entry.numeric));
        entry.relativeError = scale == 0.0 ? 0.0 : std::fabs(entry.analytic - entry.numeric) / scale;
        // Below ~1e-9 the difference quotient is rounding noise, so relative error means nothing there.
        entry.agrees = entry.relativeError < kGradientCheckTolerance || scale < 1e-9;
    }
    return entries;
}

} // namespace bplab

#pragma once

#include "core/sheet/backprop_sheet.h"

namespace bplab {

// The value of quantity `q` (bplab::quantity) in row `iteration`.
inline double valueAt(const BackpropSheet& sheet, int iteration, int q) {
    return sheet.row(iteration)[static_cast<std::size_t>(q)];
}

// A sheet that diverges: the identity network at η = 50, run to its end (it stops at the first
// non-finite value, well before 1000 iterations).
inline BackpropSheet divergedIdentitySheet() {
    SheetInputs inputs;
    inputs.activation = Activation::Identity;
    inputs.learningRate = 50.0;
    BackpropSheet sheet(inputs, 1000);
    sheet.runToEnd();
    return sheet;
}

} // namespace bplab

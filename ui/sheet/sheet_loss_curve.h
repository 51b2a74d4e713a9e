#pragma once

#include "ui/charts/loss_chart.h"

#include <QString>

namespace bplab {
class BackpropSheet;
struct SheetInputs;
} // namespace bplab

namespace bplab::ui {

// What the window's loss chart and `backprop-lab sheet --chart` both draw for one run: the curve
// (ending where the run diverged or stopped, and saying which) and the caption naming the network.
LossChart::Curve sheetLossCurve(const BackpropSheet& sheet);
// "sigmoid network" or "sigmoid network, cross-entropy" (the seed's squared error goes unnamed).
QString sheetNetworkName(const SheetInputs& inputs);
// "sigmoid network", whatever the loss.
QString sheetActivationName(const SheetInputs& inputs);
// The caption of one run: "sigmoid network, η = 0.5".
QString sheetRunCaption(const SheetInputs& inputs);

} // namespace bplab::ui

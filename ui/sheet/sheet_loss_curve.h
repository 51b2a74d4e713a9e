#pragma once

#include "ui/charts/loss_chart.h"

#include <QString>

namespace bplab {
class SheetEngine;
struct NetworkSpec;
struct SheetInputs;
} // namespace bplab

namespace bplab::ui {

// What the window's loss chart and `backprop-lab sheet --chart` both draw for one run: the curve
// (ending where the run diverged or stopped, and saying which) and the caption naming the network.
LossChart::Curve sheetLossCurve(const SheetEngine& sheet);
// "sigmoid network" or "sigmoid network, cross-entropy" (the seed's squared error goes unnamed).
QString sheetNetworkName(const SheetInputs& inputs);
// "sigmoid network", whatever the loss.
QString sheetActivationName(const SheetInputs& inputs);
// The caption of one run: "sigmoid network, η = 0.5".
QString sheetRunCaption(const SheetInputs& inputs);
// Any network, as sheetActivationName and sheetNetworkName name the seed's: "2-2-1 network (tanh, sigmoid),
// 4 examples", and that with ", cross-entropy" when it trains on it.
QString networkName(const NetworkSpec& spec);
QString networkLossName(const NetworkSpec& spec);
// The caption of a run of any network: "2-2-1 network (tanh, sigmoid), 4 examples, η = 0.5"; one activation
// for every layer is named once.
QString networkRunCaption(const NetworkSpec& spec);

} // namespace bplab::ui

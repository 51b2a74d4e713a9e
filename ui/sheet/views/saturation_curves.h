#pragma once

#include "core/sheet/analysis/saturation.h"
#include "ui/charts/saturation_chart.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bplab::ui {

// One entry of the saturation view's "Show" box for an own network: which slope curves it draws.
struct SaturationChoice {
    int choice = 0; // SaturationCurves::kEveryUnit, kLayerMeans, or a layer 1 … L: that layer's units
    QString text;
};

// The saturation chart's curves from a sheet. The seed draws its four neurons; an own network draws
// each hidden and output unit as "σ′(z¹₁)" (each layer's own f′) while there are few enough to tell
// apart, else one curve per layer (the mean of its units' slopes), or the units of a chosen layer: a
// 4-6-6-6-4 network has 22 units, which no legend or palette keeps readable.
class SaturationCurves {
    Q_DECLARE_TR_FUNCTIONS(SaturationCurves)
public:
    static constexpr int kEveryUnit = -1;
    static constexpr int kLayerMeans = 0;
    // The most unit curves drawn at once: the series palette repeats after seven colours.
    static constexpr int kMaxUnitCurves = 7;

    // How the chart and the caption call f′ for an activation: "σ′", "tanh′", "ReLU′", "id′".
    static QString slopeName(Activation activation);

    static SaturationChart::Curves forSeed(const BackpropSheet& sheet);

    // The choices for `spec`: every unit (only up to kMaxUnitCurves units), the layers' means, then
    // each layer's units (a layer has at most 6).
    static QList<SaturationChoice> choices(const NetworkSpec& spec);
    // Every unit where there are few enough, else the layers' means.
    static int defaultChoice(const NetworkSpec& spec);
    static SaturationChart::Curves forNetwork(const NetworkSheet& sheet, int choice);
};

} // namespace bplab::ui

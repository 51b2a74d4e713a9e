#include "ui/sheet/views/saturation_curves.h"

#include "core/sheet/network/network_quantities.h"

#include <QPointF>

#include <functional>

namespace bplab::ui {

QString SaturationCurves::slopeName(Activation activation) {
    switch (activation) {
    case Activation::Sigmoid:
        return QStringLiteral("σ′");
    case Activation::Tanh:
        return QStringLiteral("tanh′");
    case Activation::Relu:
        return QStringLiteral("ReLU′");
    case Activation::Identity:
        return QStringLiteral("id′");
    }
    return QStringLiteral("f′");
}

SaturationChart::Curves SaturationCurves::forSeed(const BackpropSheet& sheet) {
    SaturationChart::Curves curves;
    curves.slopeName = slopeName(sheet.inputs().activation);
    for (const char* neuron : kSaturationNeurons) curves.neurons << QString::fromLatin1(neuron);
    curves.slopes.resize(static_cast<qsizetype>(kSaturationNeurons.size()));
    for (const SaturationPoint& point : saturationCurve(sheet)) {
        const double x = point.iteration;
        for (std::size_t n = 0; n < point.slope.size(); ++n)
            curves.slopes[static_cast<qsizetype>(n)].append(QPointF(x, point.slope[n]));
        curves.gradientNorm.append(QPointF(x, point.gradientNorm));
        curves.loss.append(QPointF(x, point.loss));
    }
    return curves;
}

QList<SaturationChoice> SaturationCurves::choices(const NetworkSpec& spec) {
    QList<SaturationChoice> result;
    if (static_cast<int>(saturationUnits(spec).size()) <= kMaxUnitCurves)
        result.append({kEveryUnit, tr("Every unit")});
    result.append({kLayerMeans, tr("Mean of each layer")});
    for (int layer = 1; layer <= spec.lastLayer(); ++layer) {
        result.append({layer, layer == spec.lastLayer() ? tr("Output layer, each unit")
                                                        : tr("Hidden layer %1, each unit").arg(layer)});
    }
    return result;
}

int SaturationCurves::defaultChoice(const NetworkSpec& spec) { return choices(spec).first().choice; }

SaturationChart::Curves SaturationCurves::forNetwork(const NetworkSheet& sheet, int choice) {
    const NetworkSpec& spec = sheet.spec();
    const std::vector<SaturationUnit> units = saturationUnits(spec);
    const std::vector<SaturationPoint> points = saturationCurve(sheet);
    SaturationChart::Curves curves; // slopeName stays empty: each curve names its layer's own f′
    // Each curve: its name and how it reads a point.
    QList<std::function<double(const SaturationPoint&)>> readers;
    if (choice == kLayerMeans) {
        for (int layer = 1; layer <= spec.lastLayer(); ++layer) {
            const Activation activation = spec.activations[static_cast<std::size_t>(layer - 1)];
            const int count = spec.layers[static_cast<std::size_t>(layer)];
            const QString name = QStringLiteral("%1(z%2)").arg(slopeName(activation),
                                                               QString::fromStdString(superscript(layer)));
            // Spelled out: no translation is loaded for English, where tr()'s %n would leave "unit(s)".
            curves.neurons << (count == 1 ? name : tr("%1, mean of %2 units").arg(name).arg(count));
            readers.append(
                [&units, layer](const SaturationPoint& p) { return meanSlopeOfLayer(p, units, layer); });
        }
    } else {
        for (std::size_t n = 0; n < units.size(); ++n) {
            if (choice != kEveryUnit && units[n].layer != choice) continue;
            curves.neurons << QStringLiteral("%1(%2)").arg(slopeName(units[n].activation),
                                                           QString::fromStdString(units[n].label));
            readers.append([n](const SaturationPoint& p) { return p.slope[n]; });
        }
    }
    curves.slopes.resize(readers.size());
    for (const SaturationPoint& point : points) {
        const double x = point.iteration;
        for (qsizetype c = 0; c < readers.size(); ++c) curves.slopes[c].append(QPointF(x, readers[c](point)));
        curves.gradientNorm.append(QPointF(x, point.gradientNorm));
        curves.loss.append(QPointF(x, point.loss));
    }
    return curves;
}

} // namespace bplab::ui

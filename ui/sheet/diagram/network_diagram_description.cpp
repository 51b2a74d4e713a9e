#include "ui/sheet/diagram/network_diagram_description.h"

#include "ui/common/locale_numbers.h"

#include <QStringList>

namespace bplab::ui {

namespace {

QString named(const QString& name, double value) {
    return QStringLiteral("%1 %2").arg(name, diagramNumber(value));
}

QString unitList(const RowValues& row, const std::array<bool, 6>& computed) {
    QStringList parts;
    for (std::size_t n = 0; n < kNetworkUnits.size(); ++n) {
        const QString name = QLatin1String(kNetworkUnits[n].name);
        parts << (computed[n] ? named(name, row[static_cast<std::size_t>(kNetworkUnits[n].valueQuantity)])
                              : NetworkDiagram::tr("%1 not computed yet").arg(name));
    }
    return parts.join(localListSeparator());
}

// "w1 0.15, w2 0.2, …, w8 0.55", or with a prefix "Δw1 …" for changes.
QString weightList(const std::array<double, 8>& weights, const QString& prefix) {
    QStringList parts;
    for (std::size_t k = 0; k < weights.size(); ++k)
        parts << named(prefix + QString::number(k + 1), weights[k]);
    return parts.join(localListSeparator());
}

} // namespace

QString diagramNumber(double value) { return withLocaleDecimals(formatShort(value)); }

QString describeNetworkDiagram(const NetworkDiagramFacts& facts) {
    using namespace quantity;
    if (facts.changes) {
        return NetworkDiagram::tr("Weight changes from iteration %1 to %2: %3.")
            .arg(facts.changes->from)
            .arg(facts.changes->to)
            .arg(weightList(facts.changes->delta, QStringLiteral("Δw")));
    }
    if (!facts.row) return NetworkDiagram::tr("Iteration %1: nothing to show yet.").arg(facts.iteration);
    const RowValues& row = *facts.row;
    std::array<double, 8> weights{};
    for (std::size_t k = 0; k < weights.size(); ++k) weights[k] = row[w1 + k];
    QString text = NetworkDiagram::tr("Iteration %1. Units: %2 (targets %3, %4). Weights: %5.")
                       .arg(facts.iteration)
                       .arg(unitList(row, facts.unitComputed), named(QStringLiteral("t1"), row[t1]),
                            named(QStringLiteral("t2"), row[t2]), weightList(weights, QStringLiteral("w")));
    if (facts.biases) {
        text += QLatin1Char(' ') +
                NetworkDiagram::tr("Biases: %1, %2.")
                    .arg(named(QStringLiteral("b1"), row[b1]), named(QStringLiteral("b2"), row[b2]));
    }
    return text;
}

} // namespace bplab::ui

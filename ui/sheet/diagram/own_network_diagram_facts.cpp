#include "ui/sheet/diagram/own_network_diagram_facts.h"

#include "ui/common/locale_numbers.h"
#include "ui/sheet/diagram/own_network_diagram.h"
#include "ui/sheet/sheet_document.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace bplab::ui {

namespace {

QString toQString(const std::string& s) { return QString::fromStdString(s); }

// What an element of the picture is, so a quantity (a value, its δ, its partial, its update) finds the
// element it belongs to.
enum class ElementGroup { Unit, Weight, Bias, Target };
struct ElementKey {
    ElementGroup group = ElementGroup::Unit;
    int layer = -1;
    int unit = -1;
    int from = -1;
    friend bool operator==(const ElementKey& a, const ElementKey& b) {
        return a.group == b.group && a.layer == b.layer && a.unit == b.unit && a.from == b.from;
    }
};

// The element a quantity belongs to; none for η and E_total.
std::optional<ElementKey> elementOf(const NetworkQuantity& q, int lastLayer) {
    switch (q.kind) {
    case QuantityKind::Input:
    case QuantityKind::PreActivation:
    case QuantityKind::Activation:
    case QuantityKind::Delta:
        return ElementKey{ElementGroup::Unit, q.layer, q.unit, -1};
    case QuantityKind::OutputLoss: // E_j: the loss of output j (its layer is -1 in the table)
        return ElementKey{ElementGroup::Unit, lastLayer, q.unit, -1};
    case QuantityKind::Target:
        return ElementKey{ElementGroup::Target, -1, q.unit, -1};
    case QuantityKind::Weight:
    case QuantityKind::WeightPartial:
    case QuantityKind::WeightUpdate:
        return ElementKey{ElementGroup::Weight, q.layer, q.unit, q.fromUnit};
    case QuantityKind::Bias:
    case QuantityKind::BiasPartial:
    case QuantityKind::BiasUpdate:
        return ElementKey{ElementGroup::Bias, q.layer, q.unit, -1};
    case QuantityKind::LearningRate:
    case QuantityKind::TotalLoss:
        break;
    }
    return std::nullopt;
}

// Reads the shown row: the sheet's values where the row is started, the spec's starting values for
// row 0 before anything is computed.
class ShownRow {
public:
    ShownRow(const NetworkSheet& network, int iteration, int slot)
        : m_network(network)
        , m_iteration(iteration)
        , m_slot(slot) {}

    std::optional<double> value(int quantity) const {
        if (m_iteration < m_network.rowCount()) {
            const int cell = m_network.cellOfQuantity(quantity);
            if (cell >= 0 && !m_network.isEvaluated(m_iteration, cell)) return std::nullopt;
            return m_network.value(m_iteration, quantity);
        }
        return m_iteration == 0 ? startingValue(m_network.quantities()[quantity]) : std::nullopt;
    }

private:
    std::optional<double> startingValue(const NetworkQuantity& q) const {
        const NetworkSpec& spec = m_network.spec();
        const auto at = [](const auto& list, int i) { return list.at(static_cast<std::size_t>(i)); };
        const TrainingExample& example = at(spec.data.examples, exampleOfStep(spec, 0, m_slot));
        switch (q.kind) {
        case QuantityKind::Input:
            return at(example.inputs, q.unit);
        case QuantityKind::Target:
            return at(example.targets, q.unit);
        case QuantityKind::Weight:
            return at(at(at(spec.weights, q.layer - 1), q.unit), q.fromUnit);
        case QuantityKind::Bias:
            return at(at(spec.biases, q.layer - 1), q.unit < 0 ? 0 : q.unit);
        default:
            return std::nullopt;
        }
    }

    const NetworkSheet& m_network;
    int m_iteration;
    int m_slot;
};

// The selected cell's quantity (Current) and the quantities it reads (Precedent), or the selected
// given value alone.
std::vector<std::pair<int, DiagramHighlight>> highlightedQuantities(const SheetDocument& document,
                                                                    const NetworkSheet& network) {
    std::vector<std::pair<int, DiagramHighlight>> marked;
    if (const auto selected = document.selectedCell()) {
        for (int q : network.precedentsOfCell(selected->cell))
            marked.emplace_back(q, DiagramHighlight::Precedent);
        marked.emplace_back(network.quantityOfCell(selected->cell), DiagramHighlight::Current);
    } else if (const auto given = document.selectedGiven()) {
        marked.emplace_back(given->quantity, DiagramHighlight::Current);
    }
    return marked;
}

class FactReader {
public:
    FactReader(const SheetDocument& document, const NetworkSheet& network, int iteration, int slot)
        : m_network(network)
        , m_row(network, iteration, slot) {
        const int last = network.spec().lastLayer();
        for (const auto& [q, role] : highlightedQuantities(document, network)) {
            if (const auto key = elementOf(network.quantities()[q], last)) m_marked.emplace_back(*key, role);
        }
    }

    OwnDiagramElement element(const QString& label, int quantity, ElementKey key) const {
        OwnDiagramElement element{label, quantity, m_row.value(quantity), DiagramHighlight::None};
        for (const auto& [marked, role] : m_marked) {
            // The selected quantity is listed last, so Current wins over Precedent.
            if (marked == key) element.highlight = role;
        }
        return element;
    }
    const NetworkQuantity& quantity(int q) const { return m_network.quantities()[q]; }

private:
    const NetworkSheet& m_network;
    ShownRow m_row;
    std::vector<std::pair<ElementKey, DiagramHighlight>> m_marked;
};

int selectedQuantity(const SheetDocument& document, const NetworkSheet& network) {
    if (const auto selected = document.selectedCell()) return network.quantityOfCell(selected->cell);
    if (const auto given = document.selectedGiven()) return given->quantity;
    return -1;
}

void readUnitsAndTargets(OwnNetworkDiagramFacts& facts, const FactReader& reader, const NetworkSpec& spec,
                         const NetworkIndex& index) {
    const auto slot = static_cast<std::size_t>(facts.slot);
    for (int l = 0; l < spec.layerCount(); ++l) {
        std::vector<OwnDiagramElement>& layer = facts.units.emplace_back();
        const auto& values = index.a.at(static_cast<std::size_t>(l)).at(slot);
        for (int j = 0; j < spec.layers[static_cast<std::size_t>(l)]; ++j) {
            const QString label =
                toQString(l == 0 ? inputQuantity(j, 0, 1).label
                                 : unitQuantity(QuantityKind::Activation, l, j, 0, 1).label);
            layer.push_back(reader.element(label, values.at(static_cast<std::size_t>(j)),
                                           {ElementGroup::Unit, l, j, -1}));
        }
    }
    const auto& targets = index.target.at(slot);
    for (std::size_t j = 0; j < targets.size(); ++j) {
        const int unit = static_cast<int>(j);
        facts.targets.push_back(reader.element(toQString(targetQuantity(unit, 0, 1).label), targets[j],
                                               {ElementGroup::Target, -1, unit, -1}));
    }
}

void readParameters(OwnNetworkDiagramFacts& facts, const FactReader& reader, const NetworkSpec& spec,
                    const NetworkIndex& index) {
    for (int l = 1; l < spec.layerCount(); ++l) {
        const auto& layer = index.weight.at(static_cast<std::size_t>(l));
        for (std::size_t to = 0; to < layer.size(); ++to) {
            for (std::size_t from = 0; from < layer[to].size(); ++from) {
                const int q = layer[to][from];
                const ElementKey key{ElementGroup::Weight, l, static_cast<int>(to), static_cast<int>(from)};
                facts.weights.push_back(
                    {l, key.unit, key.from, reader.element(toQString(reader.quantity(q).label), q, key)});
            }
        }
        if (spec.biasMode == BiasMode::None) continue;
        OwnDiagramLayerBiases biases{l, spec.biasMode == BiasMode::Shared, {}};
        for (int q : index.bias.at(static_cast<std::size_t>(l))) {
            const NetworkQuantity& bias = reader.quantity(q);
            biases.elements.push_back(
                reader.element(toQString(bias.label), q, {ElementGroup::Bias, l, bias.unit, -1}));
        }
        facts.biases.push_back(std::move(biases));
    }
}

QString optionalNumber(const std::optional<double>& value) {
    return value ? withLocaleDecimals(formatShort(*value)) : OwnNetworkDiagram::tr("not computed yet");
}

QString listed(const std::vector<OwnDiagramElement>& elements) {
    QStringList parts;
    for (const OwnDiagramElement& e : elements)
        parts << QStringLiteral("%1 %2").arg(e.label, optionalNumber(e.value));
    return parts.join(localListSeparator());
}

} // namespace

OwnNetworkDiagramFacts readOwnNetworkDiagram(const SheetDocument& document) {
    OwnNetworkDiagramFacts facts;
    const NetworkSheet* network = document.ownNetwork();
    if (!document.showsOwnNetwork() || !network) return facts;
    const NetworkSpec& spec = network->spec();
    facts.shown = true;
    facts.iteration = document.selectedIteration();
    const int selected = selectedQuantity(document, *network);
    facts.slot = selected >= 0 ? std::max(0, network->quantities()[selected].example) : 0;
    facts.slots = network->layout().slots();
    facts.example = exampleOfStep(spec, facts.iteration, facts.slot);
    const FactReader reader(document, *network, facts.iteration, facts.slot);
    const NetworkIndex& index = network->layout().index();
    readUnitsAndTargets(facts, reader, spec, index);
    readParameters(facts, reader, spec, index);
    return facts;
}

QString describeOwnNetworkDiagram(const OwnNetworkDiagramFacts& facts) {
    if (!facts.shown) return OwnNetworkDiagram::tr("No network of your own is shown.");
    QStringList sentences;
    sentences << OwnNetworkDiagram::tr("Iteration %1, example %2 of %3 in the step (training example %4).")
                     .arg(facts.iteration)
                     .arg(facts.slot + 1)
                     .arg(facts.slots)
                     .arg(facts.example + 1);
    const int last = static_cast<int>(facts.units.size()) - 1;
    for (int l = 0; l <= last; ++l) {
        const QString units = listed(facts.units[static_cast<std::size_t>(l)]);
        sentences
            << (l == 0 ? OwnNetworkDiagram::tr("Inputs: %1.").arg(units)
                : l == last
                    ? OwnNetworkDiagram::tr("Outputs: %1 (targets %2).").arg(units, listed(facts.targets))
                    : OwnNetworkDiagram::tr("Hidden layer %1: %2.").arg(l).arg(units));
    }
    std::vector<OwnDiagramElement> weights, biases;
    for (const OwnDiagramWeight& w : facts.weights) weights.push_back(w.element);
    for (const OwnDiagramLayerBiases& layer : facts.biases)
        biases.insert(biases.end(), layer.elements.begin(), layer.elements.end());
    sentences << OwnNetworkDiagram::tr("Weights: %1.").arg(listed(weights));
    if (!biases.empty()) sentences << OwnNetworkDiagram::tr("Biases: %1.").arg(listed(biases));
    return sentences.join(QLatin1Char(' '));
}

} // namespace bplab::ui

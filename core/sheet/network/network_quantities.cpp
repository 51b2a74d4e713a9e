#include "core/sheet/network/network_quantities.h"

#include "core/sheet/network/network_spec.h" // the unit limits

#include <stdexcept>

namespace bplab {

namespace {

// Unicode digits 0..9 in UTF-8: superscripts ⁰¹²³⁴⁵⁶⁷⁸⁹ (¹²³ sit in Latin-1) and subscripts ₀…₉.
constexpr const char* kSuperscripts[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
constexpr const char* kSubscripts[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};

std::string digitsIn(int number, const char* const (&digits)[10]) {
    std::string out;
    for (const char c : std::to_string(number)) out += digits[c - '0'];
    return out;
}

// "@3" / "[3]" for the third example of a step that uses more than one, else nothing.
std::string idSuffix(int slot, int slots) { return slots > 1 ? "@" + std::to_string(slot + 1) : ""; }
std::string labelSuffix(int slot, int slots) { return slots > 1 ? "[" + std::to_string(slot + 1) + "]" : ""; }

Stage stageOf(QuantityKind kind) {
    switch (kind) {
    case QuantityKind::LearningRate:
    case QuantityKind::Input:
    case QuantityKind::Target:
        return Stage::Given;
    case QuantityKind::Weight:
    case QuantityKind::Bias:
        return Stage::Weight;
    case QuantityKind::PreActivation:
    case QuantityKind::Activation:
        return Stage::Forward;
    case QuantityKind::OutputLoss:
    case QuantityKind::TotalLoss:
        return Stage::Loss;
    case QuantityKind::Delta:
    case QuantityKind::WeightPartial:
    case QuantityKind::BiasPartial:
        return Stage::Gradient;
    case QuantityKind::WeightUpdate:
    case QuantityKind::BiasUpdate:
        return Stage::Update;
    }
    return Stage::Given;
}

NetworkQuantity make(QuantityKind kind, std::string id, std::string label, int layer, int unit) {
    NetworkQuantity q;
    q.id = std::move(id);
    q.label = std::move(label);
    q.kind = kind;
    q.stage = stageOf(kind);
    q.layer = layer;
    q.unit = unit;
    return q;
}

NetworkQuantity perExample(NetworkQuantity q, int slot, int slots) {
    q.id += idSuffix(slot, slots);
    q.label += labelSuffix(slot, slots);
    q.example = slot;
    return q;
}

} // namespace

int NetworkQuantities::add(NetworkQuantity quantity) {
    const int index = size();
    if (!m_byId.emplace(quantity.id, index).second) {
        throw std::logic_error("quantity id '" + quantity.id + "' used twice");
    }
    m_list.push_back(std::move(quantity));
    return index;
}

int NetworkQuantities::indexOf(std::string_view id) const {
    const auto found = m_byId.find(std::string(id));
    return found == m_byId.end() ? -1 : found->second;
}

std::string superscript(int number) { return digitsIn(number, kSuperscripts); }
std::string subscript(int number) { return digitsIn(number, kSubscripts); }

NetworkQuantity inputQuantity(int unit, int slot, int slots) {
    const std::string n = std::to_string(unit + 1);
    return perExample(make(QuantityKind::Input, "x" + n, "x" + subscript(unit + 1), 0, unit), slot, slots);
}

NetworkQuantity targetQuantity(int unit, int slot, int slots) {
    const std::string n = std::to_string(unit + 1);
    return perExample(make(QuantityKind::Target, "t" + n, "t" + subscript(unit + 1), -1, unit), slot, slots);
}

NetworkQuantity unitQuantity(QuantityKind kind, int layer, int unit, int slot, int slots) {
    const char* idLetter = kind == QuantityKind::PreActivation ? "z"
                           : kind == QuantityKind::Activation  ? "a"
                                                               : "d";
    const char* labelLetter = kind == QuantityKind::PreActivation ? "z"
                              : kind == QuantityKind::Activation  ? "a"
                                                                  : "δ";
    const std::string id = idLetter + std::to_string(layer) + "_" + std::to_string(unit + 1);
    const std::string label = labelLetter + superscript(layer) + subscript(unit + 1);
    return perExample(make(kind, id, label, layer, unit), slot, slots);
}

NetworkQuantity outputLossQuantity(int unit, int slot, int slots) {
    const std::string n = std::to_string(unit + 1);
    return perExample(make(QuantityKind::OutputLoss, "E" + n, "E" + subscript(unit + 1), -1, unit), slot,
                      slots);
}

// The id writes the two unit numbers side by side (w1_12: to unit 1 from unit 2): unambiguous only while
// every unit number has one digit (at 10 units, w1_111 could be 1→11 or 11→1).
static_assert(kMaxInputUnits < 10 && kMaxHiddenUnits < 10 && kMaxOutputUnits < 10,
              "weight ids w{l}_{j}{k} need single-digit unit numbers: add a separator first");

NetworkQuantity weightQuantity(QuantityKind kind, int layer, int to, int from) {
    const std::string id =
        "w" + std::to_string(layer) + "_" + std::to_string(to + 1) + std::to_string(from + 1);
    const std::string label = "w" + superscript(layer) + subscript(to + 1) + subscript(from + 1);
    NetworkQuantity q = kind == QuantityKind::WeightPartial
                            ? make(kind, "dE_d" + id, "∂E/∂" + label, layer, to)
                        : kind == QuantityKind::WeightUpdate ? make(kind, id + "_new", label + "′", layer, to)
                                                             : make(kind, id, label, layer, to);
    q.fromUnit = from;
    return q;
}

NetworkQuantity biasQuantity(QuantityKind kind, int layer, int unit) {
    std::string id = "b" + std::to_string(layer);
    std::string label = "b" + superscript(layer);
    if (unit >= 0) {
        id += "_" + std::to_string(unit + 1);
        label += subscript(unit + 1);
    }
    if (kind == QuantityKind::BiasPartial) return make(kind, "dE_d" + id, "∂E/∂" + label, layer, unit);
    if (kind == QuantityKind::BiasUpdate) return make(kind, id + "_new", label + "′", layer, unit);
    return make(kind, id, label, layer, unit);
}

} // namespace bplab

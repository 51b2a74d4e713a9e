#include "core/sheet/network/network_chain_rule.h"

#include "core/sheet/network/network_formula.h"

namespace bplab {

namespace {

// "z²₁", with "[s]" (any place of the step) when a step uses more than one example.
std::string preActivation(int layer, int unit, bool perPlace) {
    return "z" + superscript(layer) + subscript(unit + 1) + (perPlace ? "[s]" : "");
}

// ∂E/∂z · ∂z/∂θ for a parameter θ (its label) entering unit `unit` of `layer`.
std::string link(int layer, int unit, bool perPlace, const std::string& parameter) {
    const std::string z = preActivation(layer, unit, perPlace);
    return "∂E/∂" + z + " · ∂" + z + "/∂" + parameter;
}

} // namespace

std::optional<ChainRule> chainRule(const NetworkCells& cells, const double* row, int cell) {
    const NetworkCell& partial = cells.cells().at(static_cast<std::size_t>(cell));
    const NetworkQuantity& q = cells.quantities()[partial.quantity];
    if (q.kind != QuantityKind::WeightPartial && q.kind != QuantityKind::BiasPartial) return std::nullopt;
    const bool perPlace = cells.slots() > 1;
    std::string chain;
    if (q.kind == QuantityKind::WeightPartial) {
        chain = link(q.layer, q.unit, perPlace,
                     weightQuantity(QuantityKind::Weight, q.layer, q.unit, q.fromUnit).label);
    } else if (q.unit >= 0) {
        chain = link(q.layer, q.unit, perPlace, biasQuantity(QuantityKind::Bias, q.layer, q.unit).label);
    } else { // a shared bias: one link per unit of its layer
        const std::string bias = biasQuantity(QuantityKind::Bias, q.layer, -1).label;
        const int units = static_cast<int>(cells.index().z[static_cast<std::size_t>(q.layer)].front().size());
        for (int j = 0; j < units; ++j) chain += (j > 0 ? " + " : "") + link(q.layer, j, perPlace, bias);
        if (perPlace && units > 1) chain = "(" + chain + ")";
    }
    if (perPlace) chain = "Σₛ " + chain;
    if (partial.divisor != 1.0) chain = "(" + chain + ")/" + std::to_string(cells.slots());

    ChainRule rule;
    rule.name = q.label;
    rule.chain = std::move(chain);
    rule.symbolic =
        renderNetworkFormula(partial.formulaTemplate, cells.quantities(), nullptr, FormulaStyle::Symbols);
    rule.withNumbers =
        renderNetworkFormula(partial.formulaTemplate, cells.quantities(), row, FormulaStyle::Numbers);
    rule.result = formatShort(cells.evaluate(cell, row));
    return rule;
}

} // namespace bplab

#include "core/sheet/network/network_formula.h"

#include "core/sheet/formula_template.h"

#include <algorithm>
#include <stdexcept>

namespace bplab {

namespace {

// Calls `onId` for each {id} of a template and `onText` for the text between them.
template <typename OnText, typename OnId>
void walkNetworkTemplate(std::string_view formulaTemplate, const NetworkQuantities& quantities, OnText onText,
                         OnId onId) {
    walkFormulaTemplate(
        formulaTemplate, [&quantities](std::string_view id) { return quantities.indexOf(id); }, onText, onId);
}

} // namespace

std::vector<int> templateDependencies(std::string_view formulaTemplate, const NetworkQuantities& quantities) {
    std::vector<int> dependencies;
    walkNetworkTemplate(
        formulaTemplate, quantities, [](std::string_view) {},
        [&](int index) {
            if (std::find(dependencies.begin(), dependencies.end(), index) == dependencies.end()) {
                dependencies.push_back(index);
            }
        });
    return dependencies;
}

std::string renderNetworkFormula(std::string_view formulaTemplate, const NetworkQuantities& quantities,
                                 const double* row, FormulaStyle style) {
    std::string out;
    walkNetworkTemplate(
        formulaTemplate, quantities, [&](std::string_view text) { out += text; },
        [&](int index) {
            if (style == FormulaStyle::Symbols || row == nullptr) {
                out += quantities[index].label;
            } else {
                out += formatShort(row[index], /*parenthesizeNegative=*/true);
            }
        });
    return out;
}

} // namespace bplab

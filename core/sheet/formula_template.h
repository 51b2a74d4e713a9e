#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace bplab {

// "{id}": how a formula template names a quantity (the activations' and losses' templates build theirs).
inline std::string braced(std::string_view id) { return "{" + std::string(id) + "}"; }

// Walks a formula template ("({a_o1} − {t1})·{a_h1}"): `onText` for the text between ids, `onId` with
// each {id}'s index as `indexOf` resolves it (−1 for an unknown id). Templates are written in the code,
// so an unclosed brace or an unknown id is a programming error: std::logic_error. Shared by the seed's
// cells and the general engine's, which name their quantities differently.
template <typename IndexOf, typename OnText, typename OnId>
void walkFormulaTemplate(std::string_view formulaTemplate, IndexOf indexOf, OnText onText, OnId onId) {
    std::size_t pos = 0;
    while (pos < formulaTemplate.size()) {
        const std::size_t open = formulaTemplate.find('{', pos);
        if (open == std::string_view::npos) {
            onText(formulaTemplate.substr(pos));
            return;
        }
        const std::size_t close = formulaTemplate.find('}', open);
        if (close == std::string_view::npos) throw std::logic_error("unclosed brace in formula template");
        onText(formulaTemplate.substr(pos, open - pos));
        const std::string_view id = formulaTemplate.substr(open + 1, close - open - 1);
        const int index = indexOf(id);
        if (index < 0) {
            throw std::logic_error("formula template names unknown quantity '" + std::string(id) + "'");
        }
        onId(index);
        pos = close + 1;
    }
}

} // namespace bplab

#include "core/sheet/workbook/spreadsheet_formula.h"

#include "core/sheet/formula_template.h"

#include <array>
#include <cctype>
#include <stdexcept>
#include <utility>

namespace bplab {

namespace {

// The notation's words and signs, and what a spreadsheet writes for each. Longest first where one
// begins another ("ln(" before "ln ").
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kReplacements{{
    {"·", "*"},
    {"−", "-"},
    {"[", "("},
    {"]", ")"},
    {"½", "0.5"},
    {"²", "^2"},
    {"e^(", "EXP("},
    {"tanh(", "TANH("},
    {"max(", "MAX("},
    {"step(", "(0<"},
    {"ln(", "LN("},
    {" ", ""}, // spaces only space the notation out; in a spreadsheet a space intersects ranges
}};

bool passesThrough(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '/' || c == '(' ||
           c == ')' || c == ',';
}

} // namespace

std::string spreadsheetName(std::string_view id) {
    // A cell reference: one to three letters, then digits only.
    std::size_t letters = 0;
    while (letters < id.size() && std::isalpha(static_cast<unsigned char>(id[letters]))) ++letters;
    const bool digitsOnly =
        letters < id.size() && id.find_first_not_of("0123456789", letters) == std::string_view::npos;
    if (letters == 0 || letters > 3 || !digitsOnly) return std::string(id);
    return std::string(id.substr(0, letters)) + "_" + std::string(id.substr(letters));
}

std::string spreadsheetFormula(std::string_view formulaTemplate,
                               const std::function<int(std::string_view)>& indexOf,
                               const std::function<std::string(int)>& referenceOf) {
    std::string out;
    bool logarithmOfNextId = false; // "ln {a}" takes its argument without parentheses
    const auto onText = [&](std::string_view text) {
        std::size_t pos = 0;
        while (pos < text.size()) {
            if (logarithmOfNextId) {
                throw std::logic_error("formula template '" + std::string(formulaTemplate) +
                                       "' has text between 'ln ' and the quantity it applies to");
            }
            if (text.substr(pos, 3) == "ln ") {
                out += "LN(";
                logarithmOfNextId = true;
                pos += 3;
                continue;
            }
            if (passesThrough(text[pos])) {
                out += text[pos++];
                continue;
            }
            bool replaced = false;
            for (const auto& [notation, spreadsheet] : kReplacements) {
                if (text.substr(pos, notation.size()) == notation) {
                    out += spreadsheet;
                    pos += notation.size();
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                throw std::logic_error("formula template '" + std::string(formulaTemplate) +
                                       "' has notation a spreadsheet formula cannot write: '" +
                                       std::string(text.substr(pos)) + "'");
            }
        }
    };
    const auto onId = [&](int index) {
        out += referenceOf(index);
        if (logarithmOfNextId) {
            out += ')';
            logarithmOfNextId = false;
        }
    };
    walkFormulaTemplate(
        formulaTemplate, [&indexOf](std::string_view id) { return indexOf(id); }, onText, onId);
    if (logarithmOfNextId) {
        throw std::logic_error("formula template '" + std::string(formulaTemplate) + "' ends in 'ln '");
    }
    return out;
}

std::string cellAddress(int row, int column, bool absolute) {
    if (row < 0 || column < 0) throw std::logic_error("a cell address needs a row and column from 0");
    std::string letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    const char* dollar = absolute ? "$" : "";
    return dollar + letters + dollar + std::to_string(row + 1);
}

} // namespace bplab

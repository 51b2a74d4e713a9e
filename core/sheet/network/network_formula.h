#pragma once

#include "core/sheet/network/network_quantities.h"
#include "core/sheet/sheet_cells.h"

#include <string>
#include <string_view>
#include <vector>

namespace bplab {

// The network's counterparts of sheet_cells.h's template functions: the same "{id}" syntax, with ids
// looked up in a network's quantity table instead of the seed's fixed one.

// The quantities a template names, in order of first appearance. Throws std::logic_error for an
// unknown id or an unclosed brace (a bug in the cell builder, never the user's input).
std::vector<int> templateDependencies(std::string_view formulaTemplate, const NetworkQuantities& quantities);

// Replaces every {id} by the quantity's label (Symbols) or its value in `row` (Numbers, formatted by
// formatShort with negatives in parentheses). `row` holds one value per quantity; it may be null for
// Symbols.
std::string renderNetworkFormula(std::string_view formulaTemplate, const NetworkQuantities& quantities,
                                 const double* row, FormulaStyle style);

} // namespace bplab

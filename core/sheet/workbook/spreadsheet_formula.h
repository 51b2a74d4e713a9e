#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace bplab {

// A quantity's id as a spreadsheet's defined name: the id itself, unless a spreadsheet would read it
// as a cell (w5 is column W, row 5; x1 is column X, row 1), then with an underscore before its
// digits: w_5, x_1, b_2. "eta", "w2_11" and "b1_1" stay as they are.
std::string spreadsheetName(std::string_view id);

// A formula template of the sheet's cells (sheet_cells.h's notation: "({a_o1} − {t1})·{a_h1}") as a
// spreadsheet formula without its leading '=': `indexOf` resolves each {id} to a quantity, and
// `referenceOf` gives what the spreadsheet reads for it (a cell such as "F12" or a defined name).
// The notation's operators become the spreadsheet's: · * , − -, [ ] ( ), ½ 0.5, x² x^2,
// e^(…) EXP(…), ln x LN(x), tanh TANH, max MAX, and step(z) (0<z), a comparison that counts as 1 or 0
// in the product it stands in. The arithmetic keeps the template's order, which is the engines' own,
// so a spreadsheet computes the same doubles. A template with anything else is a programming error:
// std::logic_error naming it.
std::string spreadsheetFormula(std::string_view formulaTemplate,
                               const std::function<int(std::string_view)>& indexOf,
                               const std::function<std::string(int)>& referenceOf);

// A cell's address, "A1" style: row and column counted from 0; `absolute` gives "$A$1".
std::string cellAddress(int row, int column, bool absolute = false);

} // namespace bplab

#pragma once

#include <iosfwd>
#include <string>

namespace bplab {

class BackpropSheet;

// Writes every started row of the sheet as CSV: a header "iteration,w1,...,w8,h1,...,E_total,
// dE_dw1,...,dE_dw8,w1_new,...,w8_new", where w1..w8 are the weights that row's forward pass used
// (BackpropSheet::columns). Only a sheet with biases adds b1,b2 after w8, and only one that learns
// them dE_db1,dE_db2 after dE_dw8 and b1_new,b2_new at the end, so existing scripts keep working.
// Values use the shortest text that reads back to the same double (so never fewer digits than the
// value has); cells not evaluated (after a divergence) are left empty; non-finite values are written
// as inf, -inf or nan.
void writeSheetCsv(std::ostream& out, const BackpropSheet& sheet);

// The shortest decimal text that parses back to exactly `value`.
std::string formatExact(double value);

} // namespace bplab

#pragma once

#include <iosfwd>

namespace bplab {

class NetworkSheet;

// The sheet's rows as CSV: a header of quantity ids ("iteration,examples," then every column of
// NetworkSheet::columns(), and eta), one line per started row. `examples` lists the training-set
// examples the row's step used, counted from 1 and separated by spaces ("3 4 1"); E_total is the loss
// of those examples before the step's update. Values round-trip (formatExact); a cell not yet
// evaluated is left empty.
void writeNetworkCsv(std::ostream& out, const NetworkSheet& sheet);

} // namespace bplab

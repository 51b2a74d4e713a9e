#pragma once

#include "core/sheet/landscape/loss_landscape.h"

#include <iosfwd>

namespace bplab {

// Writes a landscape as one tidy CSV table, "part,eta,iteration,<a>,<b>,E_total" with the axes' ids
// as column names (e.g. w5,w6, or w2_11,b2_1 for an own network): a row "grid" per grid point (eta and
// iteration empty; E_total empty where the loss cannot be computed), then a row "path" per point of each
// path, with its learning rate. Values are written exactly (formatExact), so a script reads back the same
// doubles.
void writeLandscapeCsv(std::ostream& out, const Landscape& landscape);

} // namespace bplab

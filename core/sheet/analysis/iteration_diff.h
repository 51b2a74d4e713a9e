#pragma once

#include "core/sheet/backprop_sheet.h" // the seed's sheet and its quantities(), for the seed overload
#include "core/sheet/sheet_engine.h"

#include <optional>
#include <ostream>
#include <vector>

namespace bplab {

// Time travel: how every quantity of a sheet (the seed's or an own network's) changed between two
// iterations A and B.
struct QuantityChange {
    int quantity = 0; // the sheet's quantity index (SheetEngine::value, labelOf, idOf)
    double atA = 0.0;
    double atB = 0.0;
    double difference = 0.0;              // B − A
    std::optional<double> relativeChange; // (B − A)/|A|; none when A is 0
};

enum class DiffRanking {
    Absolute, // by |B − A|, largest first
    Relative  // by |(B − A)/|A||, largest first; quantities with A = 0 last
};

// Every quantity the sheet's table shows (SheetEngine::columns()), ranked; ties keep the table's
// column order. Both iterations must be complete rows (< completedIterations()): else
// std::out_of_range.
std::vector<QuantityChange> iterationDiff(const SheetEngine& sheet, int iterationA, int iterationB,
                                          DiffRanking ranking = DiffRanking::Absolute);

// quantity,at_A,at_B,difference,relative_change with the iterations in the header line's names
// ("at_0", "at_99"), one line per change in the given order, each quantity by the sheet's id ("w1",
// "w2_11"), 17 significant digits; an empty relative change where A is 0.
void writeIterationDiffCsv(std::ostream& out, const SheetEngine& sheet,
                           const std::vector<QuantityChange>& changes, int iterationA, int iterationB);
// The same for changes of the seed's 2-2-2 sheet (its ids from quantities()).
void writeIterationDiffCsv(std::ostream& out, const std::vector<QuantityChange>& changes, int iterationA,
                           int iterationB);

} // namespace bplab

#include "core/sheet/analysis/iteration_diff.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace bplab {

namespace {

// The size a ranking sorts by; -1 puts a change without a relative size after every other.
double rankingSize(const QuantityChange& change, DiffRanking ranking) {
    if (ranking == DiffRanking::Absolute) return std::fabs(change.difference);
    return change.relativeChange ? std::fabs(*change.relativeChange) : -1.0;
}

// Both CSV writers: they differ only in where a quantity's id comes from.
template <typename IdOf>
void writeCsv(std::ostream& out, const std::vector<QuantityChange>& changes, int iterationA, int iterationB,
              const IdOf& idOf) {
    const auto oldPrecision = out.precision(std::numeric_limits<double>::max_digits10);
    out << "quantity,at_" << iterationA << ",at_" << iterationB << ",difference,relative_change\n";
    for (const QuantityChange& change : changes) {
        out << idOf(change.quantity) << ',' << change.atA << ',' << change.atB << ',' << change.difference
            << ',';
        if (change.relativeChange) out << *change.relativeChange;
        out << '\n';
    }
    out.precision(oldPrecision);
}

} // namespace

std::vector<QuantityChange> iterationDiff(const SheetEngine& sheet, int iterationA, int iterationB,
                                          DiffRanking ranking) {
    const int complete = sheet.completedIterations();
    for (int iteration : {iterationA, iterationB}) {
        if (iteration < 0 || iteration >= complete) {
            throw std::out_of_range("iteration " + std::to_string(iteration) + " is not a complete row (0.." +
                                    std::to_string(complete - 1) + ")");
        }
    }
    std::vector<QuantityChange> changes;
    for (int q : sheet.columns()) {
        QuantityChange change;
        change.quantity = q;
        change.atA = sheet.value(iterationA, q);
        change.atB = sheet.value(iterationB, q);
        change.difference = change.atB - change.atA;
        if (change.atA != 0.0) change.relativeChange = change.difference / std::fabs(change.atA);
        changes.push_back(change);
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [ranking](const QuantityChange& a, const QuantityChange& b) {
                         return rankingSize(a, ranking) > rankingSize(b, ranking);
                     });
    return changes;
}

void writeIterationDiffCsv(std::ostream& out, const SheetEngine& sheet,
                           const std::vector<QuantityChange>& changes, int iterationA, int iterationB) {
    writeCsv(out, changes, iterationA, iterationB,
             [&sheet](int q) -> const std::string& { return sheet.idOf(q); });
}

void writeIterationDiffCsv(std::ostream& out, const std::vector<QuantityChange>& changes, int iterationA,
                           int iterationB) {
    writeCsv(out, changes, iterationA, iterationB,
             [](int q) -> const std::string& { return quantities()[static_cast<std::size_t>(q)].id; });
}

} // namespace bplab

// Time travel: every quantity's change between two iterations, ranked.
#include "core/sheet/iteration_diff.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace bplab {
namespace {

BackpropSheet seedRun(int iterations) {
    BackpropSheet sheet(SheetInputs{}, iterations);
    sheet.runToEnd();
    return sheet;
}

TEST(IterationDiff, EveryColumnOnceWithItsDifference) {
    const BackpropSheet sheet = seedRun(20);
    const auto changes = iterationDiff(sheet, 0, 19);
    ASSERT_EQ(changes.size(), sheet.columns().size());
    std::set<int> seen;
    for (const QuantityChange& change : changes) {
        seen.insert(change.quantity);
        EXPECT_EQ(change.atA, sheet.row(0)[static_cast<std::size_t>(change.quantity)]);
        EXPECT_EQ(change.atB, sheet.row(19)[static_cast<std::size_t>(change.quantity)]);
        EXPECT_EQ(change.difference, change.atB - change.atA);
    }
    EXPECT_EQ(seen.size(), changes.size());
}

TEST(IterationDiff, RankedByTheSizeOfTheChange) {
    const BackpropSheet sheet = seedRun(100);
    const auto changes = iterationDiff(sheet, 0, 99);
    for (std::size_t k = 1; k < changes.size(); ++k)
        EXPECT_GE(std::fabs(changes[k - 1].difference), std::fabs(changes[k].difference));
    // The first is the largest |row 99 − row 0| of any column, found here by a plain scan of the rows.
    double largest = 0.0;
    for (int q : sheet.columns())
        largest = std::max(largest, std::fabs(sheet.row(99)[static_cast<std::size_t>(q)] -
                                              sheet.row(0)[static_cast<std::size_t>(q)]));
    EXPECT_EQ(std::fabs(changes.front().difference), largest);
    const auto relative = iterationDiff(sheet, 0, 99, DiffRanking::Relative);
    for (std::size_t k = 1; k < relative.size(); ++k)
        EXPECT_GE(std::fabs(*relative[k - 1].relativeChange), std::fabs(*relative[k].relativeChange));
}

TEST(IterationDiff, RelativeChangeIsAgainstA) {
    const BackpropSheet sheet = seedRun(3);
    for (const QuantityChange& change : iterationDiff(sheet, 2, 1)) { // B before A is allowed
        ASSERT_TRUE(change.relativeChange);
        EXPECT_DOUBLE_EQ(*change.relativeChange, (change.atB - change.atA) / std::fabs(change.atA));
    }
}

TEST(IterationDiff, NoRelativeChangeFromZero) {
    SheetInputs inputs;
    inputs.learnBiases = true; // b1 = b2 = 0 at iteration 0
    BackpropSheet sheet(inputs, 5);
    sheet.runToEnd();
    const auto changes = iterationDiff(sheet, 0, 4, DiffRanking::Relative);
    EXPECT_EQ(changes.back().quantity == quantity::b1 || changes.back().quantity == quantity::b2, true);
    EXPECT_FALSE(changes.back().relativeChange);
}

TEST(IterationDiff, OnlyCompleteRows) {
    BackpropSheet sheet(SheetInputs{}, 5);
    sheet.stepIteration();
    sheet.stepCell();
    EXPECT_NO_THROW(iterationDiff(sheet, 0, 0));
    EXPECT_THROW(iterationDiff(sheet, 0, 1), std::out_of_range);
    EXPECT_THROW(iterationDiff(sheet, -1, 0), std::out_of_range);
}

TEST(IterationDiff, Csv) {
    const BackpropSheet sheet = seedRun(2);
    auto changes = iterationDiff(sheet, 0, 1);
    changes.resize(1);
    std::ostringstream csv;
    writeIterationDiffCsv(csv, changes, 0, 1);
    std::ostringstream expected;
    expected.precision(17);
    expected << "quantity,at_0,at_1,difference,relative_change\n"
             << "o1," << changes[0].atA << ',' << changes[0].atB << ',' << changes[0].difference << ','
             << *changes[0].relativeChange << '\n';
    EXPECT_EQ(csv.str(), expected.str());
}

} // namespace
} // namespace bplab

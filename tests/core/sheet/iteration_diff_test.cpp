// Time travel: every quantity's change between two iterations, ranked.
#include "core/sheet/analysis/iteration_diff.h"
#include "core/sheet/network/network_sheet.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>
#include <string>
#include <vector>

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

// The identity activation keeps the arithmetic exact enough to do by hand. Row 0, biases 0 and learned:
// h1 = 0.15·0.05 + 0.2·0.1 = 0.0275, h2 = 0.25·0.05 + 0.3·0.1 = 0.0425 (a = h);
// o1 = 0.4·0.0275 + 0.45·0.0425 = 0.030125, o2 = 0.5·0.0275 + 0.55·0.0425 = 0.037125 (a = o);
// δo1 = a_o1 − t1 = 0.020125, δo2 = a_o2 − t2 = −0.952875, so ∂E/∂b2 = δo1 + δo2 = −0.93275;
// δh1 = 0.4·δo1 + 0.5·δo2 = −0.4683875, δh2 = 0.45·δo1 + 0.55·δo2 = −0.515025, ∂E/∂b1 = −0.9834125.
// Row 1's biases after one step of η = 0.5: b1 = 0 − 0.5·(−0.9834125) = 0.49170625, b2 = 0.466375.
TEST(IterationDiff, NoRelativeChangeFromZero) {
    SheetInputs inputs;
    inputs.activation = Activation::Identity;
    inputs.learnBiases = true;
    BackpropSheet sheet(inputs, 2);
    sheet.runToEnd();
    const auto changes = iterationDiff(sheet, 0, 1, DiffRanking::Relative);
    ASSERT_EQ(changes.size(), sheet.columns().size());
    // Only b1 and b2 start at 0: they come last, in the table's order, with their difference and no
    // relative change (a change "from nothing" has no size relative to it).
    const QuantityChange& b1 = changes[changes.size() - 2];
    const QuantityChange& b2 = changes.back();
    EXPECT_EQ(b1.quantity, quantity::b1);
    EXPECT_EQ(b1.atA, 0.0);
    EXPECT_NEAR(b1.atB, 0.49170625, 1e-15);
    EXPECT_NEAR(b1.difference, 0.49170625, 1e-15);
    EXPECT_FALSE(b1.relativeChange);
    EXPECT_EQ(b2.quantity, quantity::b2);
    EXPECT_EQ(b2.atA, 0.0);
    EXPECT_NEAR(b2.atB, 0.466375, 1e-15);
    EXPECT_NEAR(b2.difference, 0.466375, 1e-15);
    EXPECT_FALSE(b2.relativeChange);
    // Every other quantity starts away from 0 and has its relative change; e.g. ∂E/∂b1 from −0.9834125.
    for (std::size_t k = 0; k + 2 < changes.size(); ++k) {
        EXPECT_NE(changes[k].atA, 0.0) << quantities()[static_cast<std::size_t>(changes[k].quantity)].id;
        EXPECT_TRUE(changes[k].relativeChange)
            << quantities()[static_cast<std::size_t>(changes[k].quantity)].id;
    }
    const auto gradient = std::find_if(changes.begin(), changes.end(), [](const QuantityChange& c) {
        return c.quantity == quantity::dE_db1;
    });
    ASSERT_NE(gradient, changes.end());
    EXPECT_NEAR(gradient->atA, -0.9834125, 1e-15);
    // The CSV leaves the relative change empty where there is none: b2's line ends in ",\n".
    std::ostringstream csv;
    writeIterationDiffCsv(csv, {b2}, 0, 1);
    const std::string text = csv.str();
    EXPECT_EQ(text.substr(text.find('\n') + 1, 5), "b2,0,") << text;
    EXPECT_EQ(text.substr(text.size() - 2), ",\n") << text;
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

// ---- an own network: the same diff over a NetworkSheet, its quantities by the network's names ----

// The hand-checked XOR 2-2-1 (network_test_support.h) run for 11 rows.
NetworkSheet xorRun() {
    NetworkSheet sheet(testing::xorNetwork(), 11);
    sheet.runToEnd();
    return sheet;
}

// Where a quantity (by id) stands in a ranked diff; -1 when it is missing.
int rankOf(const NetworkSheet& sheet, const std::vector<QuantityChange>& changes, const std::string& id) {
    const int q = sheet.quantities().indexOf(id);
    for (std::size_t k = 0; k < changes.size(); ++k)
        if (changes[k].quantity == q) return static_cast<int>(k);
    return -1;
}

TEST(IterationDiffOwnNetwork, EveryColumnWithTheNetworksValues) {
    const NetworkSheet sheet = xorRun();
    ASSERT_EQ(sheet.completedIterations(), 11);
    const auto changes = iterationDiff(sheet, 0, 10);
    ASSERT_EQ(changes.size(), sheet.columns().size());
    // w²₁₁ (hidden unit 1 → the output) starts at 0.5; its change is row 10's value − row 0's.
    const int q = sheet.quantities().indexOf("w2_11");
    const double at0 = sheet.value(0, q), at10 = sheet.value(10, q);
    EXPECT_EQ(at0, 0.5);
    const int rank = rankOf(sheet, changes, "w2_11");
    ASSERT_GE(rank, 0);
    const QuantityChange& change = changes[static_cast<std::size_t>(rank)];
    EXPECT_EQ(change.atA, at0);
    EXPECT_EQ(change.atB, at10);
    EXPECT_EQ(change.difference, at10 - at0);
    ASSERT_TRUE(change.relativeChange);
    EXPECT_EQ(*change.relativeChange, (at10 - at0) / 0.5);
}

TEST(IterationDiffOwnNetwork, RankedByTheSizeOfTheChange) {
    const NetworkSheet sheet = xorRun();
    const auto changes = iterationDiff(sheet, 0, 10);
    // Three weights, rows 0 → 10 (read from this run): w²₁₂ −1 → −0.8083 (|Δ| ≈ 0.1917),
    // w²₁₁ 0.5 → 0.6573 (|Δ| ≈ 0.1573), w¹₁₁ 0.5 → 0.5202 (|Δ| ≈ 0.0202): ranked in that order.
    const auto change = [&sheet](const std::string& id) {
        const int q = sheet.quantities().indexOf(id);
        return std::fabs(sheet.value(10, q) - sheet.value(0, q));
    };
    ASSERT_GT(change("w2_12"), change("w2_11"));
    ASSERT_GT(change("w2_11"), change("w1_11"));
    EXPECT_NEAR(change("w2_12"), 0.1917, 1e-4);
    EXPECT_NEAR(change("w2_11"), 0.1573, 1e-4);
    EXPECT_NEAR(change("w1_11"), 0.0202, 1e-4);
    const int first = rankOf(sheet, changes, "w2_12");
    const int second = rankOf(sheet, changes, "w2_11");
    const int third = rankOf(sheet, changes, "w1_11");
    ASSERT_GE(first, 0);
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
}

TEST(IterationDiffOwnNetwork, CsvNamesTheNetworksIds) {
    const NetworkSheet sheet = xorRun();
    const int q = sheet.quantities().indexOf("w2_11");
    const auto all = iterationDiff(sheet, 0, 10);
    const auto w211 =
        std::find_if(all.begin(), all.end(), [q](const QuantityChange& c) { return c.quantity == q; });
    ASSERT_NE(w211, all.end());
    std::ostringstream csv;
    writeIterationDiffCsv(csv, sheet, {*w211}, 0, 10);
    std::ostringstream expected;
    expected.precision(17);
    expected << "quantity,at_0,at_10,difference,relative_change\n"
             << "w2_11," << w211->atA << ',' << w211->atB << ',' << w211->difference << ','
             << *w211->relativeChange << '\n';
    EXPECT_EQ(csv.str(), expected.str());
}

// The engine's writer names the seed's quantities as the seed's own writer does: the same bytes.
TEST(IterationDiff, CsvFromTheEngineIsTheSeedsCsv) {
    const BackpropSheet sheet = seedRun(5);
    const auto changes = iterationDiff(sheet, 0, 4);
    std::ostringstream seed, engine;
    writeIterationDiffCsv(seed, changes, 0, 4);
    writeIterationDiffCsv(engine, sheet, changes, 0, 4);
    EXPECT_EQ(engine.str(), seed.str());
}

} // namespace
} // namespace bplab

// The axis arithmetic of every chart, without a chart: padding, nice steps, log decades, and what
// happens to values a chart cannot show.
#include "ui/charts/axis_range.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bplab::ui {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

ValueRange rangeOf(std::initializer_list<double> values) {
    ValueRange range;
    for (double v : values) range.add(v);
    return range;
}

TEST(ValueRangeTest, IgnoresInfinityAndNaN) {
    const ValueRange range = rangeOf({2.0, std::nan(""), kInf, -kInf, 0.5});
    ASSERT_FALSE(range.isEmpty());
    EXPECT_EQ(range.min(), 0.5);
    EXPECT_EQ(range.max(), 2.0);
    EXPECT_TRUE(rangeOf({std::nan(""), kInf}).isEmpty());
}

TEST(NiceStepTest, RoundsUpToOneTwoTwoAndAHalfOrFive) {
    EXPECT_DOUBLE_EQ(niceStep(0.7), 1.0);   // 10^-1 × 7 → next factor 10
    EXPECT_DOUBLE_EQ(niceStep(1.5), 2.0);   // 10^0 × 1.5 → 2
    EXPECT_DOUBLE_EQ(niceStep(2.2), 2.5);   // 10^0 × 2.2 → 2.5
    EXPECT_DOUBLE_EQ(niceStep(30.0), 50.0); // 10^1 × 3 → 5
    EXPECT_DOUBLE_EQ(niceStep(0.0004), 0.0005);
}

TEST(WholeNumberStepTest, IsAtLeastOneAndNeverTwoAndAHalf) {
    EXPECT_EQ(wholeNumberStep(3.0, 10), 1.0);   // 0.3 per interval → at least 1
    EXPECT_EQ(wholeNumberStep(100.0, 5), 20.0); // 20 per interval
    EXPECT_EQ(wholeNumberStep(11.0, 5), 5.0);   // 2.2 → 5, not 2.5
    EXPECT_EQ(wholeNumberStep(1000.0, 5), 200.0);
}

TEST(LinearAxisRangeTest, PadsAndSnapsToTicks) {
    // Loss 0.2 … 1.2: span 1, step niceStep(1/5 = 0.2) = 0.2; padded by 0.05 and snapped outwards:
    // floor(0.15 / 0.2) · 0.2 = 0, ceil(1.25 / 0.2) · 0.2 = 1.4.
    const LinearAxisRange range = linearAxisRange(rangeOf({0.2, 1.2}), -kInf, kInf);
    EXPECT_DOUBLE_EQ(range.step, 0.2);
    EXPECT_NEAR(range.min, 0.0, 1e-12);
    EXPECT_NEAR(range.max, 1.4, 1e-12);
}

TEST(LinearAxisRangeTest, AFlatLineIsPadded) {
    const LinearAxisRange range = linearAxisRange(rangeOf({5.0, 5.0}), -kInf, kInf);
    EXPECT_LT(range.min, 5.0);
    EXPECT_GT(range.max, 5.0);
    const LinearAxisRange zero = linearAxisRange(rangeOf({0.0}), -kInf, kInf);
    EXPECT_LT(zero.min, 0.0);
    EXPECT_GT(zero.max, 0.0);
}

TEST(LinearAxisRangeTest, StaysWithinBoundsAndHandlesNoValues) {
    // Accuracy 97 … 100 on a 0..100 axis: the padding above 100 is cut off.
    const LinearAxisRange accuracy = linearAxisRange(rangeOf({97.0, 100.0}), 0.0, 100.0);
    EXPECT_EQ(accuracy.max, 100.0);
    EXPECT_LT(accuracy.min, 97.0);
    const LinearAxisRange empty = linearAxisRange(ValueRange(), -kInf, kInf);
    EXPECT_LE(empty.min, 0.0);
    EXPECT_GE(empty.max, 1.0);
}

TEST(LinearAxisRangeTest, ADivergingRunStaysFiniteWithFewTicks) {
    // Losses up to 1.7e308: padding and snapping would pass the largest double (an infinite range).
    const LinearAxisRange range = linearAxisRange(rangeOf({0.0, 1.7e308, kInf}), 0.0, kInf);
    EXPECT_TRUE(std::isfinite(range.min));
    EXPECT_TRUE(std::isfinite(range.max));
    EXPECT_GE(range.max, 1.7e308);
    EXPECT_LE((range.max - range.min) / range.step, 12.0);
}

TEST(LogAxisRangeTest, WholeDecadesOneTickEach) {
    // 0.02 … 2.3 → 10^-2 … 10^1: three decades, four ticks.
    const LogAxisRange range = logAxisRange(rangeOf({2.3, 0.02}));
    EXPECT_DOUBLE_EQ(range.min, 0.01);
    EXPECT_DOUBLE_EQ(range.max, 10.0);
    EXPECT_EQ(range.decadesPerTick, 1);
    EXPECT_EQ(range.tickCount(), 4);
}

TEST(LogAxisRangeTest, ADivergingRunGetsABoundedNumberOfTicks) {
    // 1e-3 … 1e30 spans 33 decades: ceil(33 / 8) = 5 decades per tick, ceil(33 / 5) + 1 = 8 ticks.
    const LogAxisRange range = logAxisRange(rangeOf({1e-3, 1.0, 1e30, kInf, std::nan("")}));
    EXPECT_DOUBLE_EQ(range.min, 1e-3);
    EXPECT_DOUBLE_EQ(range.max, 1e30);
    EXPECT_EQ(range.decadesPerTick, 5);
    EXPECT_DOUBLE_EQ(range.base(), 1e5);
    EXPECT_LE(range.tickCount(), 9);
    EXPECT_EQ(range.tickCount(), 8);
}

TEST(LogAxisRangeTest, FloorsZeroAndPadsAFlatLine) {
    const LogAxisRange zero = logAxisRange(rangeOf({0.0, 1.0}));
    EXPECT_DOUBLE_EQ(zero.min, kLogFloor);
    EXPECT_DOUBLE_EQ(zero.max, 1.0);
    EXPECT_LE(zero.tickCount(), 9) << "16 decades: two per tick";
    const LogAxisRange flat = logAxisRange(rangeOf({1.0, 1.0}));
    EXPECT_DOUBLE_EQ(flat.min, 1.0);
    EXPECT_DOUBLE_EQ(flat.max, 10.0);
    const LogAxisRange empty = logAxisRange(ValueRange());
    EXPECT_DOUBLE_EQ(empty.min, 1e-3);
    EXPECT_DOUBLE_EQ(empty.max, 1.0);
}

TEST(LogAxisRangeTest, ValuesNearTheLargestDoubleKeepAFiniteRange) {
    // 1.7e308 rounds up to 10^309, which is no double: the axis stops at 10^308.
    const LogAxisRange range = logAxisRange(rangeOf({1.0, 1.7e308}));
    EXPECT_DOUBLE_EQ(range.min, 1.0);
    EXPECT_DOUBLE_EQ(range.max, 1e308);
    EXPECT_EQ(range.decadesPerTick, 39); // ceil(308 / 8)
    EXPECT_LE(range.tickCount(), kMaxLogIntervals + 1);
    const LogAxisRange top = logAxisRange(rangeOf({1.7e308}));
    EXPECT_DOUBLE_EQ(top.min, 1e307);
    EXPECT_DOUBLE_EQ(top.max, 1e308);
}

TEST(LogAxisRangeTest, FewerIntervalsWhenAskedForFewer) {
    // 1e-3 … 1e30, 33 decades, in at most 3 intervals: ceil(33 / 3) = 11 decades per tick.
    const LogAxisRange range = logAxisRange(rangeOf({1e-3, 1e30}), kLogFloor, 3);
    EXPECT_EQ(range.decadesPerTick, 11);
    EXPECT_EQ(range.tickCount(), 4);
    EXPECT_EQ(decadesPerTick(1e-2, 1e2, 8), 1); // 4 decades fit 8 intervals
    EXPECT_EQ(decadesPerTick(1e-2, 1e2, 3), 2); // ceil(4 / 3)
    EXPECT_EQ(decadesPerTick(1e-2, 1e2, 0), 4); // never a division by zero: one interval
}

TEST(LogAxisRangeInsideTest, AFlatOrEdgeHuggingLineGetsADecadeBeyondItsEnd) {
    // A constant rate 0.1: logAxisRange gives 10^-1 … 10^0 with the line on the bottom edge; a decade
    // below makes it 10^-2 … 10^0, the line on the middle tick.
    const LogAxisRange flat = logAxisRangeInside(rangeOf({0.1, 0.1}));
    EXPECT_DOUBLE_EQ(flat.min, 0.01);
    EXPECT_DOUBLE_EQ(flat.max, 1.0);
    EXPECT_EQ(flat.tickCount(), 3);
    // A one-cycle schedule under the peak 0.1 starts at 0.1 / 25 = 0.004: 10^-3 … 10^-1 has the peak
    // on the top edge, so a decade above: 10^-3 … 10^0, four ticks.
    const LogAxisRange oneCycle = logAxisRangeInside(rangeOf({0.004, 0.1}));
    EXPECT_DOUBLE_EQ(oneCycle.min, 1e-3);
    EXPECT_DOUBLE_EQ(oneCycle.max, 1.0);
    EXPECT_EQ(oneCycle.tickCount(), 4);
    // Values clear of both ends keep logAxisRange's decades: 0.02 … 2.3 → 10^-2 … 10^1.
    const LogAxisRange inside = logAxisRangeInside(rangeOf({0.02, 2.3}));
    EXPECT_DOUBLE_EQ(inside.min, 0.01);
    EXPECT_DOUBLE_EQ(inside.max, 10.0);
    // The largest decade a double holds stays the top.
    EXPECT_DOUBLE_EQ(logAxisRangeInside(rangeOf({1e308})).max, 1e308);
}

TEST(LogAxisRangeInsideTest, TheMinimumHandedToQtLiesABillionthBelowTheDecade) {
    const LogAxisRange range = labelledAtBothEnds(logAxisRange(rangeOf({0.02, 2.3})));
    EXPECT_LT(range.min, 0.01);
    EXPECT_DOUBLE_EQ(range.min, 0.01 * (1.0 - 1e-9));
    EXPECT_DOUBLE_EQ(range.max, 10.0);
    EXPECT_EQ(range.tickCount(), 4) << "still three decades, four ticks";
}

TEST(ReadableIntervalsTest, EachLabelGetsItsLengthAndAsMuchGap) {
    // 18 px labels, 1.8 × 18 = 32.4 px each: 200 px hold floor(6.17) = 6 intervals.
    EXPECT_EQ(readableIntervals(200.0, 18.0), 6);
    EXPECT_EQ(readableIntervals(1000.0, 18.0), kMaxLogIntervals); // never more than a reader reads
    EXPECT_EQ(readableIntervals(20.0, 18.0), 1);                  // a tiny chart still has its ends
    EXPECT_EQ(readableIntervals(0.0, 18.0), kMaxLogIntervals);    // not laid out yet
}

} // namespace
} // namespace bplab::ui

// Per-class precision, recall and F1 from a hand-made confusion matrix ([true][predicted]), with the
// arithmetic written out, including the digits where a ratio is over zero images.
#include "core/mnist/per_class_metrics.h"
#include "tests/support/shapes_confusion.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace bplab {
namespace {

// 65 answers. Row sums (support) and column sums (predicted) are written beside each digit below.
ConfusionMatrix handMadeMatrix() {
    ConfusionMatrix m;
    // clang-format off
    m.at(0, 0) = 9; m.at(0, 6) = 1; // ten 0s, one read as 6
    m.at(1, 1) = 20;             // twenty 1s, all right
    m.at(2, 0) = 4;              // four 2s, all read as 0: 2 is never predicted
    m.at(3, 3) = 6; m.at(3, 5) = 2; // eight 3s
    m.at(5, 5) = 4; m.at(5, 3) = 1; // five 5s
    m.at(6, 6) = 5; m.at(6, 4) = 1; // six 6s, one read as 4: 4 is predicted but never present
    m.at(7, 1) = 3;              // three 7s, all read as 1
    m.at(9, 9) = 7; m.at(9, 7) = 2; // nine 9s, two read as 7: 7 is predicted, never right
    // clang-format on
    return m; // no 8 at all, and no answer 8
}

TEST(PerClassMetrics, CountsAreTheRowTheColumnAndTheDiagonal) {
    const PerClassMetrics metrics = perClassMetrics(handMadeMatrix());
    // digit 0: support 9 + 1 = 10, predicted 9 (0s) + 4 (2s) = 13, correct 9.
    EXPECT_EQ(metrics[0].label, 0);
    EXPECT_EQ(metrics[0].support, 10);
    EXPECT_EQ(metrics[0].predicted, 13);
    EXPECT_EQ(metrics[0].correct, 9);
    // digit 1: support 20, predicted 20 + 3 (7s) = 23.
    EXPECT_EQ(metrics[1].support, 20);
    EXPECT_EQ(metrics[1].predicted, 23);
    // digit 3: support 6 + 2 = 8, predicted 6 + 1 (a 5) = 7, correct 6.
    EXPECT_EQ(metrics[3].support, 8);
    EXPECT_EQ(metrics[3].predicted, 7);
    EXPECT_EQ(metrics[3].correct, 6);
    EXPECT_EQ(metrics[9].label, 9);
    int support = 0, predicted = 0;
    for (const ClassMetrics& m : metrics) {
        support += m.support;
        predicted += m.predicted;
    }
    EXPECT_EQ(support, 65);
    EXPECT_EQ(predicted, 65);
}

TEST(PerClassMetrics, PrecisionRecallAndF1ByHand) {
    const PerClassMetrics metrics = perClassMetrics(handMadeMatrix());
    // 0: P = 9/13, R = 9/10, F1 = 2·9 / (10 + 13) = 18/23.
    EXPECT_DOUBLE_EQ(*metrics[0].precision(), 9.0 / 13.0);
    EXPECT_DOUBLE_EQ(*metrics[0].recall(), 0.9);
    EXPECT_DOUBLE_EQ(*metrics[0].f1(), 18.0 / 23.0);
    // The harmonic mean the long way: 2·P·R / (P + R).
    const double p = 9.0 / 13.0, r = 0.9;
    EXPECT_NEAR(*metrics[0].f1(), 2 * p * r / (p + r), 1e-15);
    // 1: P = 20/23, R = 20/20 = 1.
    EXPECT_DOUBLE_EQ(*metrics[1].precision(), 20.0 / 23.0);
    EXPECT_DOUBLE_EQ(*metrics[1].recall(), 1.0);
    // 5: P = 4/(4 + 2) = 2/3, R = 4/5, F1 = 8/11.
    EXPECT_DOUBLE_EQ(*metrics[5].precision(), 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(*metrics[5].recall(), 0.8);
    EXPECT_DOUBLE_EQ(*metrics[5].f1(), 8.0 / 11.0);
    // 9: every answer "9" was right (P = 7/7), but two 9s were missed (R = 7/9).
    EXPECT_DOUBLE_EQ(*metrics[9].precision(), 1.0);
    EXPECT_DOUBLE_EQ(*metrics[9].recall(), 7.0 / 9.0);
}

TEST(PerClassMetrics, ARatioOverZeroImagesIsUndefinedNotNaN) {
    const PerClassMetrics metrics = perClassMetrics(handMadeMatrix());
    // 2 is never predicted: no precision; its four images were all missed: recall 0/4 = 0.
    EXPECT_FALSE(metrics[2].precision().has_value());
    EXPECT_DOUBLE_EQ(*metrics[2].recall(), 0.0);
    EXPECT_DOUBLE_EQ(*metrics[2].f1(), 0.0); // 2·0 / (4 + 0)
    // 4 is predicted once (wrongly) and never present: precision 0/1, no recall.
    EXPECT_DOUBLE_EQ(*metrics[4].precision(), 0.0);
    EXPECT_FALSE(metrics[4].recall().has_value());
    // 7 is predicted twice and present three times, never right: both 0, and F1 0, not 0/0.
    EXPECT_DOUBLE_EQ(*metrics[7].precision(), 0.0);
    EXPECT_DOUBLE_EQ(*metrics[7].recall(), 0.0);
    EXPECT_DOUBLE_EQ(*metrics[7].f1(), 0.0);
    // 8: neither present nor predicted: nothing is defined.
    EXPECT_EQ(metrics[8].support, 0);
    EXPECT_EQ(metrics[8].predicted, 0);
    EXPECT_FALSE(metrics[8].precision().has_value());
    EXPECT_FALSE(metrics[8].recall().has_value());
    EXPECT_FALSE(metrics[8].f1().has_value());
}

TEST(PerClassMetrics, CsvHasTheCountsThePercentagesAndUndefined) {
    std::istringstream csv(perClassMetricsCsv(perClassMetrics(handMadeMatrix())));
    std::string line;
    std::getline(csv, line);
    EXPECT_EQ(line, "class,support,predicted,correct,precision_percent,recall_percent,f1_percent");
    std::getline(csv, line); // 100·9/13 = 69.2307692307…, 100·18/23 = 78.2608695652…
    EXPECT_EQ(line, "0,10,13,9,69.23076923,90,78.26086957");
    std::getline(csv, line);
    EXPECT_EQ(line, "1,20,23,20,86.95652174,100,93.02325581"); // 2000/23, 4000/43
    std::getline(csv, line);
    EXPECT_EQ(line, "2,4,0,0,undefined,0,0");
    for (int digit = 3; digit <= 8; ++digit) std::getline(csv, line);
    EXPECT_EQ(line, "8,0,0,0,undefined,undefined,undefined");
    std::getline(csv, line);
    EXPECT_EQ(line, "9,9,7,7,100,77.77777778,87.5"); // 700/9; F1 = 14/16
    EXPECT_FALSE(std::getline(csv, line)) << "ten digits, then the end";
}

TEST(PerClassMetrics, ThreeClassesByHand) {
    const PerClassMetrics metrics = perClassMetrics(testing::threeShapesConfusion());
    ASSERT_EQ(metrics.size(), 3u);
    // circle: P = 3/3, R = 3/4; triangle: P = 2/3, R = 2/2; square: P = 2/3, R = 2/3.
    EXPECT_DOUBLE_EQ(*metrics[0].precision(), 1.0);
    EXPECT_DOUBLE_EQ(*metrics[0].recall(), 0.75);
    EXPECT_DOUBLE_EQ(*metrics[1].precision(), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*metrics[1].recall(), 1.0);
    EXPECT_EQ(metrics[2].label, 2);
    EXPECT_EQ(metrics[2].support, 3);
    EXPECT_EQ(metrics[2].predicted, 3);
    // F1 of the square: 2·2 / (3 + 3) = 2/3.
    EXPECT_DOUBLE_EQ(*metrics[2].f1(), 2.0 / 3.0);
    std::istringstream csv(perClassMetricsCsv(metrics));
    std::string line;
    int lines = 0;
    while (std::getline(csv, line)) ++lines;
    EXPECT_EQ(lines, 4) << "the header and three classes";
}

} // namespace
} // namespace bplab

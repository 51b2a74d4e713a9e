// The confusion matrix from hand-made answers: rows are the true labels, columns the predictions.
#include "core/mnist/confusion_matrix.h"

#include <gtest/gtest.h>

#include <numeric>
#include <utility>
#include <vector>

namespace bplab {
namespace {

TEST(ConfusionMatrix, RowsAreTrueLabelsAndColumnsPredictions) {
    // (label, predicted): two 3s taken for 5s, one 5 taken for a 3, a 7 taken for a 1, and three
    // right answers (0, 3 and 9).
    const std::vector<std::pair<int, int>> answers{{3, 5}, {3, 5}, {5, 3}, {7, 1}, {0, 0}, {3, 3}, {9, 9}};
    ConfusionMatrix confusion{};
    for (const auto& [label, predicted] : answers) countPrediction(confusion, label, predicted);

    EXPECT_EQ(confusion[3][5], 2) << "true 3, predicted 5";
    EXPECT_EQ(confusion[5][3], 1) << "true 5, predicted 3";
    EXPECT_EQ(confusion[7][1], 1) << "true 7, predicted 1";
    EXPECT_EQ(confusion[1][7], 0) << "nobody predicted 7 for a 1";
    EXPECT_EQ(confusion[0][0], 1);
    EXPECT_EQ(confusion[3][3], 1);
    EXPECT_EQ(confusion[9][9], 1);
    // Row 3 holds all three 3s (one right, two wrong); column 3 the two answers "3".
    EXPECT_EQ(std::accumulate(confusion[3].begin(), confusion[3].end(), 0), 3);
    int predictedThree = 0;
    for (const auto& row : confusion) predictedThree += row[3];
    EXPECT_EQ(predictedThree, 2);
    int total = 0;
    for (const auto& row : confusion) total = std::accumulate(row.begin(), row.end(), total);
    EXPECT_EQ(total, 7);
}

TEST(ConfusionMatrix, AddsToWhatIsAlreadyCounted) {
    ConfusionMatrix confusion{};
    confusion[2][8] = 4;
    countPrediction(confusion, 2, 8);
    EXPECT_EQ(confusion[2][8], 5);
    EXPECT_EQ(confusion[8][2], 0);
}

} // namespace
} // namespace bplab

// The confusion matrix from hand-made answers: rows are the true labels, columns the predictions, as
// many of each as the data set has classes.
#include "core/mnist/confusion_matrix.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <utility>
#include <vector>

namespace bplab {
namespace {

TEST(ConfusionMatrix, RowsAreTrueLabelsAndColumnsPredictions) {
    // (label, predicted): two 3s taken for 5s, one 5 taken for a 3, a 7 taken for a 1, and three
    // right answers (0, 3 and 9).
    const std::vector<std::pair<int, int>> answers{{3, 5}, {3, 5}, {5, 3}, {7, 1}, {0, 0}, {3, 3}, {9, 9}};
    ConfusionMatrix confusion;
    EXPECT_EQ(confusion.classes(), 10); // MNIST's digits unless told otherwise
    for (const auto& [label, predicted] : answers) confusion.count(label, predicted);

    EXPECT_EQ(confusion.at(3, 5), 2) << "true 3, predicted 5";
    EXPECT_EQ(confusion.at(5, 3), 1) << "true 5, predicted 3";
    EXPECT_EQ(confusion.at(7, 1), 1) << "true 7, predicted 1";
    EXPECT_EQ(confusion.at(1, 7), 0) << "nobody predicted 7 for a 1";
    EXPECT_EQ(confusion.at(0, 0), 1);
    EXPECT_EQ(confusion.at(3, 3), 1);
    EXPECT_EQ(confusion.at(9, 9), 1);
    // Row 3 holds all three 3s (one right, two wrong); column 3 the two answers "3".
    EXPECT_EQ(confusion.rowSum(3), 3);
    EXPECT_EQ(confusion.columnSum(3), 2);
    EXPECT_EQ(confusion.total(), 7);
    EXPECT_EQ(confusion.correct(), 3); // 0, 3 and 9
}

TEST(ConfusionMatrix, AddsToWhatIsAlreadyCounted) {
    ConfusionMatrix confusion;
    confusion.at(2, 8) = 4;
    confusion.count(2, 8);
    EXPECT_EQ(confusion.at(2, 8), 5);
    EXPECT_EQ(confusion.at(8, 2), 0);
}

TEST(ConfusionMatrix, ThreeClassesHaveThreeRowsAndColumns) {
    // circle (0), triangle (1), square (2): four circles (one taken for a square), two triangles, three
    // squares (one taken for a triangle). Rows: 4, 2, 3; columns: 3, 3, 3; diagonal 3 + 2 + 2 = 7.
    ConfusionMatrix confusion(3);
    for (const auto& [label, predicted] : std::vector<std::pair<int, int>>{
             {0, 0}, {0, 0}, {0, 0}, {0, 2}, {1, 1}, {1, 1}, {2, 2}, {2, 2}, {2, 1}})
        confusion.count(label, predicted);
    EXPECT_EQ(confusion.classes(), 3);
    EXPECT_EQ(confusion.rowSum(0), 4);
    EXPECT_EQ(confusion.rowSum(2), 3);
    EXPECT_EQ(confusion.columnSum(1), 3);
    EXPECT_EQ(confusion.columnSum(2), 3);
    EXPECT_EQ(confusion.total(), 9);
    EXPECT_EQ(confusion.correct(), 7);
    // No cell outside the three classes.
    EXPECT_THROW(confusion.count(3, 0), std::out_of_range);
    EXPECT_THROW(static_cast<void>(confusion.at(0, 3)), std::out_of_range);
    EXPECT_THROW(static_cast<void>(confusion.at(-1, 0)), std::out_of_range);
    EXPECT_EQ(confusion.total(), 9);
    EXPECT_THROW(ConfusionMatrix(1), std::invalid_argument);
    EXPECT_THROW(ConfusionMatrix(11), std::invalid_argument);
    EXPECT_NE(confusion, ConfusionMatrix(3));
    EXPECT_NE(ConfusionMatrix(3), ConfusionMatrix(4));
}

} // namespace
} // namespace bplab

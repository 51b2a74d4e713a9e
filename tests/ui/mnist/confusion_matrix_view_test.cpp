// The confusion matrix view's orientation against a known matrix: rows are the true digits, columns
// the predictions, in what it draws and in what its tooltips say.
#include "ui/mnist/results/confusion_matrix_view.h"

#include <QImage>
#include <QPixmap>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

// Twelve 3s taken for 5s and nothing the other way round, so a transposed view shows the mistake in
// the wrong cell; a diagonal of 100 right answers per digit.
ConfusionMatrixView::Matrix knownMatrix() {
    ConfusionMatrixView::Matrix matrix{};
    for (std::size_t d = 0; d < 10; ++d) matrix[d][d] = 100;
    matrix[3][5] = 12;
    return matrix;
}

// A corner of the cell, clear of the count written in its middle.
QColor cellColor(const QImage& image, const QRect& cell) {
    return image.pixelColor(cell.topLeft() + QPoint(2, 2));
}

TEST(ConfusionMatrixView, RowsAreTrueDigitsAndColumnsPredictions) {
    ConfusionMatrixView view;
    view.resize(360, 300);
    view.setMatrix(knownMatrix());
    // Row t lies below row t − 1, column p right of column p − 1.
    EXPECT_GT(view.cellRect(4, 5).top(), view.cellRect(3, 5).top());
    EXPECT_EQ(view.cellRect(4, 5).left(), view.cellRect(3, 5).left());
    EXPECT_GT(view.cellRect(3, 6).left(), view.cellRect(3, 5).left());
    EXPECT_EQ(view.cellRect(3, 6).top(), view.cellRect(3, 5).top());

    const QImage image = view.grab().toImage();
    ASSERT_EQ(view.palette().color(QPalette::Base), QColor(Qt::white)) << "Fusion's light palette";
    // The mistake is red in row 3 (true 3), column 5 (predicted 5): the most mistakes, so 0.15 + 0.6
    // of the red #c62828 over the white base: 0.75·198 + 0.25·255 = 212.25, 0.75·40 + 63.75 = 93.75.
    EXPECT_EQ(cellColor(image, view.cellRect(3, 5)), QColor(212, 94, 94));
    // Row 5, column 3 counts nothing: the base, white.
    EXPECT_EQ(cellColor(image, view.cellRect(5, 3)), QColor(Qt::white));
    // The diagonal is green: 0.55 of #2e7d32 over white: 0.55·46 + 0.45·255 = 140.05,
    // 0.55·125 + 114.75 = 183.5, 0.55·50 + 114.75 = 142.25.
    EXPECT_EQ(cellColor(image, view.cellRect(3, 3)), QColor(140, 184, 142));
}

TEST(ConfusionMatrixView, ACellsTooltipNamesTheTrueDigitThenThePrediction) {
    ConfusionMatrixView view;
    view.resize(360, 300);
    EXPECT_TRUE(view.cellToolTip(view.cellRect(3, 5).center()).isEmpty()) << "no matrix yet";
    view.setMatrix(knownMatrix());
    EXPECT_EQ(view.cellToolTip(view.cellRect(3, 5).center()),
              QStringLiteral("true 3, predicted 5: 12 images"));
    EXPECT_EQ(view.cellToolTip(view.cellRect(5, 3).center()),
              QStringLiteral("true 5, predicted 3: 0 images"));
    EXPECT_EQ(view.cellToolTip(view.cellRect(7, 7).center()),
              QStringLiteral("true 7, predicted 7: 100 images"));
    EXPECT_TRUE(view.cellToolTip(QPoint(1, 1)).isEmpty()) << "the header is not a cell";
    EXPECT_TRUE(view.toolTip().startsWith(QStringLiteral("Rows: the true digit.")));
}

} // namespace
} // namespace bplab::ui

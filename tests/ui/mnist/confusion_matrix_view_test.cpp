// The confusion matrix view's orientation against a known matrix: rows are the true digits, columns
// the predictions, in what it draws and in what its tooltips say.
#include "ui/mnist/results/confusion_matrix_view.h"

#include <QCoreApplication>
#include <QImage>
#include <QKeyEvent>
#include <QPixmap>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

// Twelve 3s taken for 5s and nothing the other way round, so a transposed view shows the mistake in
// the wrong cell; a diagonal of 100 right answers per digit.
ConfusionMatrix knownMatrix() {
    ConfusionMatrix matrix;
    for (int d = 0; d < 10; ++d) matrix.at(d, d) = 100;
    matrix.at(3, 5) = 12;
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

// A data set of three classes: three rows and columns share the space ten had, the keyboard stops at
// the last, and a matrix of ten after it lays out ten again.
TEST(ConfusionMatrixView, ThreeClassesAreThreeRowsAndColumns) {
    ConfusionMatrixView view;
    view.resize(360, 300);
    view.setMatrix(ConfusionMatrix(10));
    const int tenthHeight = view.cellRect(0, 0).height();
    ConfusionMatrix three(3);
    three.at(0, 0) = 5;
    three.at(2, 1) = 2;
    view.setMatrix(three);
    EXPECT_EQ(view.classes(), 3);
    // The cells fill the space below the header: a third each, not a tenth (the side is the
    // smaller of width and height shares, here the height's).
    EXPECT_GT(view.cellRect(0, 0).height(), 3 * tenthHeight);
    EXPECT_GT(view.cellRect(2, 2).bottom(), 200);
    EXPECT_EQ(view.cellAt(view.cellRect(2, 1).center()), std::optional(std::pair{2, 1}));
    EXPECT_EQ(view.cellToolTip(view.cellRect(2, 1).center()),
              QStringLiteral("true 2, predicted 1: 2 images"));
    EXPECT_EQ(view.summaryText(),
              QStringLiteral("Test set: 7 images, 5 correct (71.4 %); the largest confusion: true 2, "
                             "predicted 1: 2 images."));
    view.setFocus();
    for (int k = 0; k < 5; ++k) {
        QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &down);
        QCoreApplication::sendEvent(&view, &right);
    }
    EXPECT_EQ(view.keyboardCell(), (std::pair{2, 2})) << "the last row and column of three";

    view.setMatrix(ConfusionMatrix(10));
    EXPECT_EQ(view.classes(), 10);
    EXPECT_EQ(view.keyboardCell(), (std::pair{2, 2}));
    EXPECT_LT(view.cellRect(9, 9).bottom(), 300);
    // Back to three after the keyboard went to row 9: it stays inside the matrix.
    for (int k = 0; k < 9; ++k) {
        QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &down);
    }
    view.setChosenCell(std::pair{9, 2});
    view.setMatrix(three);
    EXPECT_EQ(view.keyboardCell(), (std::pair{2, 2}));
    EXPECT_FALSE(view.chosenCell().has_value());
}

} // namespace
} // namespace bplab::ui

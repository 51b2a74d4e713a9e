#pragma once

#include "core/mnist/confusion_matrix.h"

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace bplab::ui {

// The confusion matrix as a heat map, one row and column per class (10×10 for MNIST's digits): rows
// are the true digits, columns the predictions. Off-
// diagonal cells (mistakes) use their own colour scale, so a handful of errors stays visible next to
// a diagonal of ~1,000. Clicking a cell, or moving to it with the arrow keys and pressing Enter,
// activates it (the tab shows those mistakes); the cell whose mistakes are shown has a frame in the
// text colour. Colours come from the palette, so a dark theme gets dark cells with light numbers.
// Screen readers get it as a table (confusion_matrix_accessible.h): the counts by true digit and
// prediction, and a description that sums it up.
class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);
    // `names`: the classes' names in label order, for the headers, tooltips and sentences; without
    // them (or with another count than the matrix's classes) the labels' numbers.
    void setMatrix(const ConfusionMatrix& matrix, const QStringList& names = {});
    const ConfusionMatrix& matrix() const { return m_matrix; }
    // Class `label`'s name as the view shows it ("7", or "T-shirt").
    QString className(int label) const;
    // The rows (and columns) laid out: the matrix's classes, MNIST's ten before the first.
    int classes() const { return m_matrix.classes(); }
    bool hasMatrix() const { return m_hasData; }
    void clear();

    // In words, for the tooltip and screen readers: "true 3, predicted 5: 12 images".
    QString cellText(int trueDigit, int predicted) const;
    // The cell's share of its row: "12 of the 1010 test images of 3 (1.2 %)".
    QString cellShareText(int trueDigit, int predicted) const;
    // The whole matrix in one sentence (the accessible description): the test set's size, how many
    // are right, and the largest confusion; before there is a matrix, the placeholder.
    QString summaryText() const;

    // Where the cell of images labelled `trueDigit` and predicted as `predicted` is drawn: row
    // `trueDigit`, column `predicted` (both 0 … classes() − 1).
    QRect cellRect(int trueDigit, int predicted) const;
    // The tooltip at `position`: the cell's true digit, prediction and count; empty outside the cells
    // or before there is a matrix.
    QString cellToolTip(const QPoint& position) const;
    // The cell at `position` as (true digit, predicted); std::nullopt outside the cells.
    std::optional<std::pair<int, int>> cellAt(const QPoint& position) const;

    // The cell the keyboard is on (drawn with a focus frame while the view has focus).
    std::pair<int, int> keyboardCell() const { return m_keyboardCell; }
    // The cell framed as chosen (its mistakes are shown), or none.
    void setChosenCell(std::optional<std::pair<int, int>> cell);
    std::optional<std::pair<int, int>> chosenCell() const { return m_chosen; }

    QSize sizeHint() const override { return {360, 300}; }

    // The fill of a cell counting `count` images when the largest count of its kind (the diagonal's
    // or the mistakes') is `largest`: green or red mixed into the palette's base in proportion, at
    // most as strong as keeps the palette's text readable on it; the base itself for none.
    static QColor cellFill(int count, int largest, bool diagonal, const QPalette& palette);

Q_SIGNALS:
    // A click on a cell, or Enter on the keyboard's cell: the images labelled `trueDigit` that the
    // model called `predicted`. Only while there is a matrix.
    void cellActivated(int trueDigit, int predicted);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The row labels' width, the header's height and the side of a cell, in pixels.
    struct Layout {
        int label = 0;
        int top = 0;
        int cell = 0;
    };
    Layout layout() const;
    void paintFrames(QPainter& painter) const;
    void matrixChanged(bool hadData, int hadClasses);

    // Whether the classes are named otherwise than by their numbers (the headers then leave "true 0").
    bool hasNames() const { return !m_names.isEmpty(); }
    QString toolTipText() const; // rows of true digits, or of true classes

    ConfusionMatrix m_matrix;
    QStringList m_names; // empty: the numbers
    bool m_hasData = false;
    std::pair<int, int> m_keyboardCell{0, 0};
    std::optional<std::pair<int, int>> m_chosen;
};

} // namespace bplab::ui

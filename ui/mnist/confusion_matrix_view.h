#pragma once

#include <QWidget>

#include <array>

namespace bplab::ui {

// The 10×10 confusion matrix as a heat map: rows are the true digits, columns the predictions. Off-
// diagonal cells (mistakes) use their own colour scale, so a handful of errors stays visible next to
// a diagonal of ~1,000.
class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    using Matrix = std::array<std::array<int, 10>, 10>;

    explicit ConfusionMatrixView(QWidget* parent = nullptr);
    void setMatrix(const Matrix& matrix);
    const Matrix& matrix() const { return m_matrix; }
    void clear();

    // Where the cell of images labelled `trueDigit` and predicted as `predicted` is drawn: row
    // `trueDigit`, column `predicted` (both 0..9).
    QRect cellRect(int trueDigit, int predicted) const;
    // The tooltip at `position`: the cell's true digit, prediction and count; empty outside the cells
    // or before there is a matrix.
    QString cellToolTip(const QPoint& position) const;

    QSize sizeHint() const override { return {360, 300}; }

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // The row labels' width, the header's height and the side of a cell, in pixels.
    struct Layout {
        int label = 0;
        int top = 0;
        int cell = 0;
    };
    Layout layout() const;

    Matrix m_matrix{};
    bool m_hasData = false;
};

} // namespace bplab::ui

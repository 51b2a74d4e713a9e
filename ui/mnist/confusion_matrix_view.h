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

    QSize sizeHint() const override { return {360, 300}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Matrix m_matrix{};
    bool m_hasData = false;
};

} // namespace bplab::ui

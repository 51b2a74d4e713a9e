#pragma once

#include "core/mnist/mnist_data.h"

#include <QImage>
#include <QWidget>

#include <array>

namespace bplab::ui {

// A square to draw a digit on with the mouse. What was drawn is turned into a 28×28 MNIST-style
// image the way MNIST itself was made: the ink's bounding box scaled into 20×20, then placed so its
// centre of mass sits in the middle of the 28×28 field.
class DigitCanvas : public QWidget {
    Q_OBJECT
public:
    using Pixels = std::array<float, kMnistPixels>; // 0 = background … 1 = ink

    explicit DigitCanvas(QWidget* parent = nullptr);

    void clear();
    bool isEmpty() const { return m_empty; }
    // Whether the model reads digits (MNIST) or classes of the learner's own: the canvas's hints,
    // tooltip and accessible texts ask for one or the other. Digits until told.
    void setAsksForDigits(bool digits);
    QString placeholderText() const;
    Pixels pixels() const;
    // Draws a stroke through these points in widget coordinates (also what the mouse does).
    void drawStroke(const QList<QPointF>& points);

    QSize sizeHint() const override { return {196, 196}; }
    QSize minimumSizeHint() const override { return {140, 140}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

Q_SIGNALS:
    // After every change of the drawing (also during a stroke).
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QString emptyDescription() const;
    QPointF toCanvas(const QPointF& widgetPoint) const;
    void line(const QPointF& from, const QPointF& to);

    QImage m_ink; // 280×280, ink white on black (MNIST's polarity)
    QPointF m_last;
    bool m_drawing = false;
    bool m_empty = true;
    bool m_digits = true;
};

} // namespace bplab::ui

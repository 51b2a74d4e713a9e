#include "ui/mnist/try_it/digit_canvas.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {
constexpr int kCanvas = 280;       // drawn at 10× MNIST's resolution
constexpr double kPenWidth = 22.0; // about MNIST's stroke width after scaling
} // namespace

DigitCanvas::DigitCanvas(QWidget* parent)
    : QWidget(parent)
    , m_ink(kCanvas, kCanvas, QImage::Format_Grayscale8) {
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAsksForDigits(true);
    clear();
}

void DigitCanvas::setAsksForDigits(bool digits) {
    m_digits = digits;
    setToolTip(digits ? tr("Draw a digit with the mouse; the model's guess updates as you draw.")
                      : tr("Draw one of the classes with the mouse; the model's guess updates as you draw."));
    setAccessibleName(digits ? tr("Digit drawing") : tr("Drawing"));
    if (m_empty) setAccessibleDescription(emptyDescription());
    update();
}

QString DigitCanvas::placeholderText() const {
    return m_digits ? tr("draw a digit here") : tr("draw one of the classes here");
}

QString DigitCanvas::emptyDescription() const {
    return m_digits ? tr("Empty: draw a digit with the mouse.")
                    : tr("Empty: draw one of the classes with the mouse.");
}

void DigitCanvas::clear() {
    m_ink.fill(0);
    m_empty = true;
    // What the drawing shows, once there is one, is the reader's to say (TryDigitPanel: the prediction).
    setAccessibleDescription(emptyDescription());
    update();
    Q_EMIT changed();
}

QPointF DigitCanvas::toCanvas(const QPointF& widgetPoint) const {
    const double side = std::min(width(), height());
    return {widgetPoint.x() * kCanvas / side, widgetPoint.y() * kCanvas / side};
}

void DigitCanvas::line(const QPointF& from, const QPointF& to) {
    QPainter painter(&m_ink);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, kPenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawLine(toCanvas(from), toCanvas(to));
    m_empty = false;
}

void DigitCanvas::drawStroke(const QList<QPointF>& points) {
    for (qsizetype i = 0; i < points.size(); ++i) line(points[std::max<qsizetype>(0, i - 1)], points[i]);
    update();
    Q_EMIT changed();
}

void DigitCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    m_drawing = true;
    m_last = event->position();
    line(m_last, m_last);
    update();
    Q_EMIT changed();
}

void DigitCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (!m_drawing) return;
    line(m_last, event->position());
    m_last = event->position();
    update();
    Q_EMIT changed();
}

void DigitCanvas::mouseReleaseEvent(QMouseEvent*) { m_drawing = false; }

void DigitCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const int side = std::min(width(), height());
    // Shown the way people write: dark ink on white.
    QImage shown = m_ink.copy();
    shown.invertPixels();
    painter.drawImage(QRect(0, 0, side, side), shown);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(QRect(0, 0, side - 1, side - 1));
    if (m_empty) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, 0, side, side), Qt::AlignCenter | Qt::TextWordWrap, placeholderText());
    }
}

DigitCanvas::Pixels DigitCanvas::pixels() const {
    Pixels result{};
    if (m_empty) return result;
    // 1. The ink's bounding box.
    int left = kCanvas, right = -1, top = kCanvas, bottom = -1;
    for (int y = 0; y < kCanvas; ++y) {
        const uchar* row = m_ink.constScanLine(y);
        for (int x = 0; x < kCanvas; ++x) {
            if (row[x] > 0) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0) return result;
    // 2. Scaled (keeping its aspect ratio) so its longer side is 20 px.
    const QImage box = m_ink.copy(QRect(QPoint(left, top), QPoint(right, bottom)));
    const QImage small = box.scaled(20, 20, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // 3. Its centre of mass moved to the centre of the 28×28 field.
    double mass = 0, cx = 0, cy = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            const double v = small.pixelColor(x, y).valueF();
            mass += v;
            cx += v * x;
            cy += v * y;
        }
    }
    if (mass <= 0) return result;
    const int offsetX = static_cast<int>(std::lround(14.0 - cx / mass));
    const int offsetY = static_cast<int>(std::lround(14.0 - cy / mass));
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            const int tx = x + offsetX, ty = y + offsetY;
            if (tx < 0 || ty < 0 || tx >= kMnistCols || ty >= kMnistRows) continue;
            result[static_cast<std::size_t>(ty) * kMnistCols + static_cast<std::size_t>(tx)] =
                static_cast<float>(small.pixelColor(x, y).valueF());
        }
    }
    return result;
}

} // namespace bplab::ui

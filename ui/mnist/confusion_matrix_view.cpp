#include "ui/mnist/confusion_matrix_view.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace bplab::ui {

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : QWidget(parent) {
    setToolTip(tr("Rows: the true digit. Columns: what the model predicted. The diagonal is right; every "
                  "other cell counts one kind of mistake (darker red: more)."));
}

void ConfusionMatrixView::setMatrix(const Matrix& matrix) {
    m_matrix = matrix;
    m_hasData = true;
    update();
}

void ConfusionMatrixView::clear() {
    m_matrix = {};
    m_hasData = false;
    update();
}

ConfusionMatrixView::Layout ConfusionMatrixView::layout() const {
    const QFontMetrics metrics = fontMetrics();
    Layout layout;
    layout.label = metrics.horizontalAdvance(QStringLiteral("true 0")) + 8;
    layout.top = metrics.height() * 2 + 4;
    layout.cell = std::max(12, std::min((width() - layout.label - 4) / 10, (height() - layout.top - 4) / 10));
    return layout;
}

QRect ConfusionMatrixView::cellRect(int trueDigit, int predicted) const {
    const Layout l = layout();
    return {l.label + predicted * l.cell, l.top + trueDigit * l.cell, l.cell - 1, l.cell - 1};
}

QString ConfusionMatrixView::cellToolTip(const QPoint& position) const {
    if (!m_hasData) return {};
    for (int t = 0; t < 10; ++t) {
        for (int p = 0; p < 10; ++p) {
            if (cellRect(t, p).contains(position))
                return tr("true %1, predicted %2: %3 images").arg(t).arg(p).arg(m_matrix[t][p]);
        }
    }
    return {};
}

bool ConfusionMatrixView::event(QEvent* event) {
    // Over a cell, its own numbers; elsewhere the widget's explanation of rows and columns.
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = cellToolTip(help->pos());
        QToolTip::showText(help->globalPos(), text.isEmpty() ? toolTip() : text, this);
        return true;
    }
    return QWidget::event(event);
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_hasData) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("The confusion matrix appears after the first epoch."));
        return;
    }
    const QFontMetrics metrics = fontMetrics();
    const auto [label, top, cell] = layout();
    int maxDiagonal = 1, maxOff = 1;
    for (int t = 0; t < 10; ++t) {
        for (int p = 0; p < 10; ++p) {
            if (t == p)
                maxDiagonal = std::max(maxDiagonal, m_matrix[t][p]);
            else
                maxOff = std::max(maxOff, m_matrix[t][p]);
        }
    }

    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(label, 0, cell * 10, metrics.height()), Qt::AlignCenter, tr("predicted"));
    for (int i = 0; i < 10; ++i) {
        painter.drawText(QRect(label + i * cell, metrics.height(), cell, metrics.height() + 4),
                         Qt::AlignCenter, QString::number(i));
        painter.drawText(QRect(0, top + i * cell, label - 6, cell), Qt::AlignRight | Qt::AlignVCenter,
                         i == 0 ? tr("true 0") : QString::number(i));
    }
    QFont small = font();
    small.setPointSizeF(std::max(6.0, std::min(small.pointSizeF(), cell * 0.32)));
    painter.setFont(small);
    for (int t = 0; t < 10; ++t) {
        for (int p = 0; p < 10; ++p) {
            const int count = m_matrix[t][p];
            QColor color;
            if (t == p) {
                const int shade = 255 - 150 * count / maxDiagonal; // white → green
                color = QColor(shade, 255 - 60 * count / maxDiagonal, shade);
            } else {
                const int shade = count == 0 ? 255 : 235 - 175 * count / maxOff; // white → red
                color = QColor(255, shade, shade);
            }
            const QRect box = cellRect(t, p);
            painter.fillRect(box, color);
            if (count > 0) {
                painter.setPen(t != p && count * 2 > maxOff ? Qt::white : Qt::black);
                painter.drawText(box, Qt::AlignCenter, QString::number(count));
            }
        }
    }
}

} // namespace bplab::ui

#include "ui/mnist/confusion_matrix_view.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace bplab::ui {

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : QWidget(parent) {
    setToolTip(tr("Rows: the true digit. Columns: what the model predicted. The diagonal is right; every "
                  "other cell counts one kind of mistake (darker red: more). Click a cell, or pick it with "
                  "the arrow keys and Enter, to see those mistakes."));
    setFocusPolicy(Qt::StrongFocus);
}

void ConfusionMatrixView::setMatrix(const Matrix& matrix) {
    m_matrix = matrix;
    m_hasData = true;
    update();
}

void ConfusionMatrixView::clear() {
    m_matrix = {};
    m_hasData = false;
    m_chosen.reset();
    update();
}

void ConfusionMatrixView::setChosenCell(std::optional<std::pair<int, int>> cell) {
    m_chosen = cell;
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

std::optional<std::pair<int, int>> ConfusionMatrixView::cellAt(const QPoint& position) const {
    for (int t = 0; t < 10; ++t) {
        for (int p = 0; p < 10; ++p) {
            if (cellRect(t, p).contains(position)) return std::pair{t, p};
        }
    }
    return std::nullopt;
}

QString ConfusionMatrixView::cellToolTip(const QPoint& position) const {
    const auto cell = cellAt(position);
    if (!m_hasData || !cell) return {};
    const auto [t, p] = *cell;
    return tr("true %1, predicted %2: %3 images").arg(t).arg(p).arg(m_matrix[t][p]);
}

void ConfusionMatrixView::mousePressEvent(QMouseEvent* event) {
    const auto cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !cell) return QWidget::mousePressEvent(event);
    m_keyboardCell = *cell;
    update();
    if (m_hasData) Q_EMIT cellActivated(cell->first, cell->second);
}

void ConfusionMatrixView::keyPressEvent(QKeyEvent* event) {
    auto& [t, p] = m_keyboardCell;
    switch (event->key()) {
    case Qt::Key_Up:
        t = std::max(0, t - 1);
        break;
    case Qt::Key_Down:
        t = std::min(9, t + 1);
        break;
    case Qt::Key_Left:
        p = std::max(0, p - 1);
        break;
    case Qt::Key_Right:
        p = std::min(9, p + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_hasData) Q_EMIT cellActivated(t, p);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    update();
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
    paintFrames(painter);
}

void ConfusionMatrixView::paintFrames(QPainter& painter) const {
    painter.setBrush(Qt::NoBrush);
    if (m_chosen) {
        painter.setPen(QPen(palette().color(QPalette::Text), 3));
        painter.drawRect(cellRect(m_chosen->first, m_chosen->second).adjusted(1, 1, -1, -1));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawRect(cellRect(m_keyboardCell.first, m_keyboardCell.second).adjusted(1, 1, -1, -1));
    }
}

} // namespace bplab::ui

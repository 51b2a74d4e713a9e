#include "ui/mnist/probability_bars.h"

#include <QPainter>

#include <algorithm>

namespace bplab::ui {

ProbabilityBars::ProbabilityBars(QWidget* parent)
    : QWidget(parent) {
    setToolTip(tr("The model's probability for each digit (they sum to 100 %)."));
}

void ProbabilityBars::setProbabilities(const std::array<float, 10>& probabilities) {
    m_probabilities = probabilities;
    m_has = true;
    update();
}

void ProbabilityBars::clear() {
    m_probabilities = {};
    m_has = false;
    update();
}

int ProbabilityBars::best() const {
    return static_cast<int>(std::max_element(m_probabilities.begin(), m_probabilities.end()) -
                            m_probabilities.begin());
}

void ProbabilityBars::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = std::max(metrics.height() + 2, height() / 10);
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("0 ")) + 4;
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 6;
    const int barSpace = std::max(10, width() - labelWidth - valueWidth);
    const int winner = m_has ? best() : -1;
    for (int digit = 0; digit < 10; ++digit) {
        const int y = digit * rowHeight;
        painter.setPen(palette().color(QPalette::Text));
        QFont font = painter.font();
        font.setBold(digit == winner);
        painter.setFont(font);
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(digit));
        const double p = m_has ? m_probabilities[static_cast<std::size_t>(digit)] : 0.0;
        const QRect track(labelWidth + 4, y + 3, barSpace - 8, rowHeight - 6);
        painter.fillRect(track, palette().color(QPalette::AlternateBase));
        painter.fillRect(QRect(track.topLeft(), QSize(static_cast<int>(track.width() * p), track.height())),
                         digit == winner ? QColor(0x1f, 0x6f, 0xb4) : QColor(0x9e, 0xbc, 0xda));
        painter.drawText(QRect(labelWidth + barSpace, y, valueWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         m_has ? QStringLiteral("%1 %").arg(100.0 * p, 0, 'f', 1) : QStringLiteral("–"));
    }
}

} // namespace bplab::ui

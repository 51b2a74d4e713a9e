#include "ui/mnist/try_it/probability_bars.h"

#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"

#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace bplab::ui {

namespace {
constexpr double kGraphicsContrast = 3.0;
} // namespace

ProbabilityBars::ProbabilityBars(QWidget* parent)
    : QWidget(parent) {
    setToolTip(tr("The model's probability for each digit (they sum to 100 %)."));
    setAccessibleName(tr("Probabilities"));
    setAccessibleDescription(describe());
}

void ProbabilityBars::setProbabilities(const std::array<float, 10>& probabilities) {
    m_probabilities = probabilities;
    m_has = true;
    setAccessibleDescription(describe());
    update();
}

void ProbabilityBars::clear() {
    m_probabilities = {};
    m_has = false;
    setAccessibleDescription(describe());
    update();
}

QString ProbabilityBars::describe() const {
    if (!m_has) return tr("No prediction yet.");
    std::array<int, 10> digits{};
    std::iota(digits.begin(), digits.end(), 0);
    // Equal probabilities keep the smaller digit first.
    std::stable_sort(digits.begin(), digits.end(), [this](int a, int b) {
        return m_probabilities[static_cast<std::size_t>(a)] > m_probabilities[static_cast<std::size_t>(b)];
    });
    QStringList parts;
    for (int digit : digits)
        parts << tr("%1 (%2 %)")
                     .arg(digit)
                     .arg(localFixed(100.0 * m_probabilities[static_cast<std::size_t>(digit)], 1));
    return tr("Most likely first: %1.").arg(parts.join(QStringLiteral(", ")));
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
    // The winner's bar in the palette's highlight, kept visible against its track (3 : 1, WCAG's
    // minimum for graphics) on a light or a dark palette; the others' that colour half mixed into it.
    const QColor track = palette().color(QPalette::AlternateBase);
    const QColor winnerBar = readableOn(palette().color(QPalette::Highlight), track, kGraphicsContrast);
    const QColor otherBar = mixColors(winnerBar, track, 0.5);
    for (int digit = 0; digit < 10; ++digit) {
        const int y = digit * rowHeight;
        painter.setPen(palette().color(QPalette::Text));
        QFont font = painter.font();
        font.setBold(digit == winner);
        painter.setFont(font);
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(digit));
        const double p = m_has ? m_probabilities[static_cast<std::size_t>(digit)] : 0.0;
        const QRect bar(labelWidth + 4, y + 3, barSpace - 8, rowHeight - 6);
        painter.fillRect(bar, track);
        painter.fillRect(QRect(bar.topLeft(), QSize(static_cast<int>(bar.width() * p), bar.height())),
                         digit == winner ? winnerBar : otherBar);
        painter.drawText(QRect(labelWidth + barSpace, y, valueWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         m_has ? QStringLiteral("%1 %").arg(localFixed(100.0 * p, 1)) : QStringLiteral("–"));
    }
}

} // namespace bplab::ui

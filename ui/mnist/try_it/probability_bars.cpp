#include "ui/mnist/try_it/probability_bars.h"

#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"

#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <vector>

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

void ProbabilityBars::setProbabilities(const ClassProbabilities& probabilities) {
    m_probabilities = probabilities;
    setAccessibleDescription(describe());
    update();
}

void ProbabilityBars::clear() {
    m_probabilities.clear();
    setAccessibleDescription(describe());
    update();
}

QString ProbabilityBars::describe() const {
    if (!hasProbabilities()) return tr("No prediction yet.");
    std::vector<int> labels(m_probabilities.size());
    std::iota(labels.begin(), labels.end(), 0);
    // Equal probabilities keep the smaller label first.
    std::stable_sort(labels.begin(), labels.end(), [this](int a, int b) {
        return m_probabilities[static_cast<std::size_t>(a)] > m_probabilities[static_cast<std::size_t>(b)];
    });
    QStringList parts;
    for (int label : labels)
        parts << tr("%1 (%2 %)")
                     .arg(label)
                     .arg(localFixed(100.0 * m_probabilities[static_cast<std::size_t>(label)], 1));
    return tr("Most likely first: %1.").arg(parts.join(QStringLiteral(", ")));
}

int ProbabilityBars::best() const {
    if (!hasProbabilities()) return -1;
    return static_cast<int>(std::max_element(m_probabilities.begin(), m_probabilities.end()) -
                            m_probabilities.begin());
}

int ProbabilityBars::rows() const {
    return hasProbabilities() ? static_cast<int>(m_probabilities.size()) : kMnistClasses;
}

void ProbabilityBars::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = std::max(metrics.height() + 2, height() / rows());
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("0 ")) + 4;
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 6;
    const int barSpace = std::max(10, width() - labelWidth - valueWidth);
    const int winner = best();
    // The winner's bar in the palette's highlight, kept visible against its track (3 : 1, WCAG's
    // minimum for graphics) on a light or a dark palette; the others' that colour half mixed into it.
    const QColor track = palette().color(QPalette::AlternateBase);
    const QColor winnerBar = readableOn(palette().color(QPalette::Highlight), track, kGraphicsContrast);
    const QColor otherBar = mixColors(winnerBar, track, 0.5);
    for (int label = 0; label < rows(); ++label) {
        const int y = label * rowHeight;
        painter.setPen(palette().color(QPalette::Text));
        QFont font = painter.font();
        font.setBold(label == winner);
        painter.setFont(font);
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(label));
        const double p = hasProbabilities() ? m_probabilities[static_cast<std::size_t>(label)] : 0.0;
        const QRect bar(labelWidth + 4, y + 3, barSpace - 8, rowHeight - 6);
        painter.fillRect(bar, track);
        painter.fillRect(QRect(bar.topLeft(), QSize(static_cast<int>(bar.width() * p), bar.height())),
                         label == winner ? winnerBar : otherBar);
        painter.drawText(
            QRect(labelWidth + barSpace, y, valueWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            hasProbabilities() ? QStringLiteral("%1 %").arg(localFixed(100.0 * p, 1)) : QStringLiteral("–"));
    }
}

} // namespace bplab::ui

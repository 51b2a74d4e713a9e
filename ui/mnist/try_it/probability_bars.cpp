#include "ui/mnist/try_it/probability_bars.h"

#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"
#include "ui/mnist/data/class_labels.h"

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
    setToolTip(toolTipText());
    setAccessibleName(tr("Probabilities"));
    setAccessibleDescription(describe());
}

void ProbabilityBars::setProbabilities(const ClassProbabilities& probabilities, const QStringList& names) {
    m_probabilities = probabilities;
    m_names = names.size() == static_cast<int>(probabilities.size()) ? names : QStringList();
    setToolTip(toolTipText());
    setAccessibleDescription(describe());
    update();
}

void ProbabilityBars::clear(const QStringList& names) {
    m_probabilities.clear();
    m_names = names;
    setToolTip(toolTipText());
    setAccessibleDescription(describe());
    update();
}

QString ProbabilityBars::toolTipText() const {
    return namesAreNumbers(m_names) ? tr("The model's probability for each digit (they sum to 100 %).")
                                    : tr("The model's probability for each class (they sum to 100 %).");
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
                     .arg(className(label),
                          localFixed(100.0 * m_probabilities[static_cast<std::size_t>(label)], 1));
    return tr("Most likely first: %1.").arg(parts.join(QStringLiteral(", ")));
}

int ProbabilityBars::best() const {
    if (!hasProbabilities()) return -1;
    return static_cast<int>(std::max_element(m_probabilities.begin(), m_probabilities.end()) -
                            m_probabilities.begin());
}

QString ProbabilityBars::className(int label) const {
    return m_names.isEmpty() ? QString::number(label) : m_names.value(label);
}

int ProbabilityBars::rows() const {
    if (hasProbabilities()) return static_cast<int>(m_probabilities.size());
    return m_names.isEmpty() ? kMnistClasses : static_cast<int>(m_names.size());
}

void ProbabilityBars::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = std::max(metrics.height() + 2, height() / rows());
    // The longest name, up to a third of the width (a longer one is cut short with "…").
    int longest = metrics.horizontalAdvance(QStringLiteral("0 "));
    for (const QString& name : m_names)
        longest = std::max(longest, metrics.horizontalAdvance(name + QLatin1Char(' ')));
    const int labelWidth = std::min(longest, std::max(24, width() / 3)) + 4;
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
                         painter.fontMetrics().elidedText(className(label), Qt::ElideRight, labelWidth - 4));
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

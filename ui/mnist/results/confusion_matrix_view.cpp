#include "ui/mnist/results/confusion_matrix_view.h"

#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"
#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/results/confusion_matrix_accessible.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace bplab::ui {

namespace {
const QColor kRightHue(0x2e, 0x7d, 0x32); // the diagonal's green

QString placeholderText() {
    return ConfusionMatrixView::tr("The confusion matrix appears after the first epoch.");
}

// Spelled out: without a translation loaded, tr()'s %n would leave "image(s)".
QString imagesText(int count) {
    return count == 1 ? ConfusionMatrixView::tr("1 image") : ConfusionMatrixView::tr("%1 images").arg(count);
}

double percent(int part, int whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }
} // namespace

QString ConfusionMatrixView::toolTipText() const {
    if (hasNames())
        return tr("Rows: the true class. Columns: what the model predicted. The diagonal is right; every "
                  "other cell counts one kind of mistake (darker red: more). Click a cell, or pick it with "
                  "the arrow keys and Enter, to see those mistakes.");
    return tr("Rows: the true digit. Columns: what the model predicted. The diagonal is right; every "
              "other cell counts one kind of mistake (darker red: more). Click a cell, or pick it with "
              "the arrow keys and Enter, to see those mistakes.");
}

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : QWidget(parent) {
    setToolTip(toolTipText());
    setFocusPolicy(Qt::StrongFocus);
    installConfusionMatrixAccessibility();
    setAccessibleName(tr("Confusion matrix"));
    setAccessibleDescription(summaryText());
}

void ConfusionMatrixView::setMatrix(const ConfusionMatrix& matrix, const QStringList& names) {
    const bool hadData = m_hasData;
    const int hadClasses = classes();
    m_matrix = matrix;
    m_names = names.size() == matrix.classes() && !namesAreNumbers(names) ? names : QStringList();
    setToolTip(toolTipText());
    m_hasData = true;
    matrixChanged(hadData, hadClasses);
}

void ConfusionMatrixView::clear() {
    const bool hadData = m_hasData;
    const int hadClasses = classes();
    m_matrix = ConfusionMatrix();
    m_names.clear();
    setToolTip(toolTipText());
    m_hasData = false;
    m_chosen.reset();
    matrixChanged(hadData, hadClasses);
}

void ConfusionMatrixView::matrixChanged(bool hadData, int hadClasses) {
    // Fewer classes than before: the keyboard's cell and the chosen one stay inside the matrix.
    const int last = classes() - 1;
    m_keyboardCell = {std::min(m_keyboardCell.first, last), std::min(m_keyboardCell.second, last)};
    if (m_chosen && (m_chosen->first > last || m_chosen->second > last)) m_chosen.reset();
    setAccessibleDescription(summaryText());
    // A matrix that appears, goes or changes size has new cells; one that follows another of its size
    // changed its counts only.
    notifyConfusionMatrixChanged(this, hadData != m_hasData || hadClasses != classes());
    update();
}

QString ConfusionMatrixView::className(int label) const {
    return hasNames() ? m_names.value(label) : QString::number(label);
}

QString ConfusionMatrixView::cellText(int trueDigit, int predicted) const {
    return tr("true %1, predicted %2: %3")
        .arg(className(trueDigit), className(predicted), imagesText(m_matrix.at(trueDigit, predicted)));
}

QString ConfusionMatrixView::cellShareText(int trueDigit, int predicted) const {
    const int ofDigit = m_matrix.rowSum(trueDigit);
    const int count = m_matrix.at(trueDigit, predicted);
    return tr("%1 of the %2 test images of %3 (%4 %)")
        .arg(QString::number(count), QString::number(ofDigit), className(trueDigit),
             localFixed(percent(count, ofDigit), 1));
}

QString ConfusionMatrixView::summaryText() const {
    if (!m_hasData) return placeholderText();
    const int total = m_matrix.total(), correct = m_matrix.correct();
    std::pair<int, int> worst{-1, -1};
    int worstCount = 0;
    for (int t = 0; t < classes(); ++t) {
        for (int p = 0; p < classes(); ++p) {
            const int count = m_matrix.at(t, p);
            if (t != p && count > worstCount) { // the first of equals, reading row by row
                worstCount = count;
                worst = {t, p};
            }
        }
    }
    const QString head = tr("Test set: %1, %2 correct (%3 %)")
                             .arg(imagesText(total))
                             .arg(correct)
                             .arg(localFixed(percent(correct, total), 1));
    if (worstCount == 0) return tr("%1; no mistakes.").arg(head);
    return tr("%1; the largest confusion: %2.").arg(head, cellText(worst.first, worst.second));
}

void ConfusionMatrixView::setChosenCell(std::optional<std::pair<int, int>> cell) {
    m_chosen = cell;
    update();
}

ConfusionMatrixView::Layout ConfusionMatrixView::layout() const {
    const QFontMetrics metrics = fontMetrics();
    Layout layout;
    if (hasNames()) {
        // The longest name, up to a quarter of the width (a longer one is cut short with "…").
        int longest = metrics.horizontalAdvance(tr("true"));
        for (const QString& name : m_names) longest = std::max(longest, metrics.horizontalAdvance(name));
        layout.label = std::min(longest, std::max(40, width() / 4)) + 8;
    } else {
        layout.label = metrics.horizontalAdvance(QStringLiteral("true 0")) + 8;
    }
    layout.top = metrics.height() * 2 + 4;
    layout.cell = std::max(
        12, std::min((width() - layout.label - 4) / classes(), (height() - layout.top - 4) / classes()));
    return layout;
}

QRect ConfusionMatrixView::cellRect(int trueDigit, int predicted) const {
    const Layout l = layout();
    return {l.label + predicted * l.cell, l.top + trueDigit * l.cell, l.cell - 1, l.cell - 1};
}

std::optional<std::pair<int, int>> ConfusionMatrixView::cellAt(const QPoint& position) const {
    for (int t = 0; t < classes(); ++t) {
        for (int p = 0; p < classes(); ++p) {
            if (cellRect(t, p).contains(position)) return std::pair{t, p};
        }
    }
    return std::nullopt;
}

QString ConfusionMatrixView::cellToolTip(const QPoint& position) const {
    const auto cell = cellAt(position);
    if (!m_hasData || !cell) return {};
    return cellText(cell->first, cell->second);
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
        t = std::min(classes() - 1, t + 1);
        break;
    case Qt::Key_Left:
        p = std::max(0, p - 1);
        break;
    case Qt::Key_Right:
        p = std::min(classes() - 1, p + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_hasData) Q_EMIT cellActivated(t, p);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    notifyConfusionCellFocused(this, t, p);
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
        painter.drawText(rect(), Qt::AlignCenter, placeholderText());
        return;
    }
    const QFontMetrics metrics = fontMetrics();
    const auto [label, top, cell] = layout();
    int maxDiagonal = 1, maxOff = 1;
    for (int t = 0; t < classes(); ++t) {
        for (int p = 0; p < classes(); ++p) {
            if (t == p)
                maxDiagonal = std::max(maxDiagonal, m_matrix.at(t, p));
            else
                maxOff = std::max(maxOff, m_matrix.at(t, p));
        }
    }

    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(label, 0, cell * classes(), metrics.height()), Qt::AlignCenter, tr("predicted"));
    // Named classes: "true" heads the row names; MNIST's digits keep "true 0" on the first row.
    if (hasNames()) {
        painter.drawText(QRect(0, metrics.height(), label - 6, metrics.height() + 4),
                         Qt::AlignRight | Qt::AlignVCenter, tr("true"));
    }
    for (int i = 0; i < classes(); ++i) {
        painter.drawText(QRect(label + i * cell, metrics.height(), cell, metrics.height() + 4),
                         Qt::AlignCenter, metrics.elidedText(className(i), Qt::ElideRight, cell));
        const QString row = hasNames() || i != 0 ? className(i) : tr("true 0");
        painter.drawText(QRect(0, top + i * cell, label - 6, cell), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(row, Qt::ElideRight, label - 6));
    }
    QFont small = font();
    small.setPointSizeF(std::max(6.0, std::min(small.pointSizeF(), cell * 0.32)));
    painter.setFont(small);
    for (int t = 0; t < classes(); ++t) {
        for (int p = 0; p < classes(); ++p) {
            const int count = m_matrix.at(t, p);
            const QColor fill = cellFill(count, t == p ? maxDiagonal : maxOff, t == p, palette());
            const QRect box = cellRect(t, p);
            painter.fillRect(box, fill);
            if (count > 0) {
                painter.setPen(readableOn(palette().color(QPalette::Text), fill));
                painter.drawText(box, Qt::AlignCenter, QString::number(count));
            }
        }
    }
    paintFrames(painter);
}

QColor ConfusionMatrixView::cellFill(int count, int largest, bool diagonal, const QPalette& palette) {
    if (count <= 0) return palette.color(QPalette::Base);
    const double share = static_cast<double>(count) / std::max(1, largest);
    // Green for right answers, red for mistakes (a single one already visible), mixed into the
    // palette's base: light on a light palette, dark on a dark one, and never so strong that the
    // palette's text stops being readable on it.
    return diagonal ? tintFor(kRightHue, palette, 0.55 * share)
                    : tintFor(alertHue(), palette, 0.15 + 0.6 * share);
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

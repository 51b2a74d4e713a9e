#include "ui/sheet/boundary/decision_boundary_view.h"

#include "ui/common/locale_numbers.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {
QString boundaryNumber(double value) { return localNumber(value, 6); }
} // namespace

DecisionBoundaryView::DecisionBoundaryView(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("The network's output over its two inputs: blue below 0.5, red above, the line where it "
                  "is 0.5. Dots: the training examples, filled with their target's colour. Point at the map "
                  "for the numbers."));
    setAccessibleName(tr("Decision boundary"));
    showMessage({});
}

void DecisionBoundaryView::setInput(DecisionBoundaryInput input) {
    const QString message = m_painter.message();
    m_painter =
        DecisionBoundaryPainter(std::make_shared<const DecisionBoundaryGrid>(std::move(input)), palette());
    m_painter.setMessage(message);
    setAccessibleDescription(describe(m_painter.grid()));
    update();
    Q_EMIT pictureChanged();
}

void DecisionBoundaryView::showMessage(const QString& sentence) {
    m_painter = DecisionBoundaryPainter({}, palette());
    m_painter.setMessage(sentence);
    setAccessibleDescription(sentence.isEmpty() ? tr("Nothing to show yet.") : sentence);
    update();
    Q_EMIT pictureChanged();
}

QRectF DecisionBoundaryView::plotRect() const { return m_painter.plotRect(QRectF(rect())); }

QString DecisionBoundaryView::toolTipAt(const QPointF& position) const {
    if (m_painter.isEmpty()) return {};
    const DecisionBoundaryGrid& grid = m_painter.grid();
    const QString name = grid.input().outputName;
    const QRectF plot = plotRect();
    const int index = m_painter.exampleAt(plot, position);
    if (index >= 0) {
        const auto k = static_cast<std::size_t>(index);
        const DecisionBoundaryExample& e = grid.input().examples[k];
        const QString side =
            grid.isOnTargetSide(k) ? tr("on its target's side") : tr("on the wrong side of 0.5");
        return tr("Example %1: x₁ = %2, x₂ = %3, target %4, %5 = %6 (%7)")
            .arg(index + 1)
            .arg(boundaryNumber(e.x1), boundaryNumber(e.x2), boundaryNumber(e.target), name,
                 boundaryNumber(grid.exampleOutput(k)), side);
    }
    if (!plot.contains(position)) return {};
    // The nearest grid point (a hundredth of each range apart, a few pixels): its round coordinates and
    // the very output the map is coloured with, without asking the network again.
    const LossGrid& values = grid.values();
    const QPointF at = m_painter.toInputs(plot, position);
    const int last = values.size - 1;
    const int i = std::clamp(
        static_cast<int>(std::lround((at.x() - values.aMin) / (values.aMax - values.aMin) * last)), 0, last);
    const int j = std::clamp(
        static_cast<int>(std::lround((at.y() - values.bMin) / (values.bMax - values.bMin) * last)), 0, last);
    const double output = values.at(i, j);
    const QString value = std::isnan(output) ? tr("cannot be computed") : boundaryNumber(output);
    return tr("x₁ = %1, x₂ = %2, %3 = %4")
        .arg(boundaryNumber(values.a(i)), boundaryNumber(values.b(j)), name, value);
}

QString DecisionBoundaryView::describe(const DecisionBoundaryGrid& grid) {
    if (grid.isEmpty()) return tr("Nothing to show yet.");
    const LossGrid& v = grid.values();
    QString text = tr("%1. The plane spans x₁ from %2 to %3 and x₂ from %4 to %5")
                       .arg(DecisionBoundaryPainter::summaryOf(grid), boundaryNumber(v.aMin),
                            boundaryNumber(v.aMax), boundaryNumber(v.bMin), boundaryNumber(v.bMax));
    if (grid.lowest() <= grid.highest()) {
        text +=
            tr("; %1 from %2 to %3")
                .arg(grid.input().outputName, boundaryNumber(grid.lowest()), boundaryNumber(grid.highest()));
        if (grid.lowest() < 0.0 || grid.highest() > 1.0) text += tr(" (colours stop at 0 and 1)");
    }
    return text + QLatin1Char('.');
}

bool DecisionBoundaryView::exportImage(const QString& path, QSize size, QString* error) const {
    DecisionBoundaryPainter picture = m_painter; // shares the grid: only the colours are redone
    picture.setPalette(picturePalette(this));
    return picture.exportImage(path, size, error);
}

bool DecisionBoundaryView::exportImage(DecisionBoundaryInput input, const QString& path, QSize size,
                                       QString* error) {
    return DecisionBoundaryPainter(std::make_shared<const DecisionBoundaryGrid>(std::move(input)),
                                   lightPalette())
        .exportImage(path, size, error);
}

bool DecisionBoundaryView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        // A small rectangle: moving off the point hides the numbers, and the next pause shows new ones.
        QToolTip::showText(help->globalPos(), text.isEmpty() ? toolTip() : text, this,
                           QRect(help->pos() - QPoint(2, 2), QSize(5, 5)));
        return true;
    }
    return QWidget::event(event);
}

void DecisionBoundaryView::changeEvent(QEvent* event) {
    // A theme change recolours the cached map; the network is not asked again.
    if (event->type() == QEvent::PaletteChange) m_painter.setPalette(palette());
    QWidget::changeEvent(event);
}

void DecisionBoundaryView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    m_painter.paint(painter, QRectF(rect()));
}

} // namespace bplab::ui

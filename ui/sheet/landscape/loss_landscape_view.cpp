#include "ui/sheet/landscape/loss_landscape_view.h"

#include "ui/charts/picture_export.h"
#include "ui/common/locale_numbers.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bplab::ui {

LossLandscapeView::LossLandscapeView(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true); // the read-out follows the mouse without a button held
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("E_total over the two chosen weights (yellow high, violet low; white lines: equal loss). "
                  "Lines with dots: gradient descent, square at the start, ring at the selected iteration; "
                  "white cross: the selected iteration's weights; grey: the loss cannot be computed there."));
    setAccessibleName(tr("Loss landscape"));
    setAccessibleDescription(describe({}));
}

void LossLandscapeView::setPicture(LandscapePicture picture) {
    m_painter = LandscapePainter(std::move(picture));
    setAccessibleDescription(describe(m_painter.picture()));
    update();
}

QString LossLandscapeView::describe(const LandscapePicture& picture) {
    const Landscape& landscape = picture.landscape;
    const LossGrid& grid = landscape.grid;
    if (grid.size < 2) return tr("No landscape for these values (the caption says why).");
    auto number = [](double value) { return localNumber(value, 6); };
    double lowest = std::numeric_limits<double>::infinity(), highest = -lowest;
    for (double loss : grid.losses) {
        if (!std::isfinite(loss)) continue;
        lowest = std::min(lowest, loss);
        highest = std::max(highest, loss);
    }
    const LandscapeAxisNames names = axisNamesOf(landscape);
    const QString a = QString::fromStdString(names.labelA);
    const QString b = QString::fromStdString(names.labelB);
    const LandscapePoint& selected = landscape.selected;
    QString text =
        tr("%1. Selected point: %2 = %3, %4 = %5, E_total = %6. The map spans %2 from %7 to %8 and %4 "
           "from %9 to %10")
            .arg(picture.title, a, number(selected.a), b, number(selected.b), number(selected.loss),
                 number(grid.aMin), number(grid.aMax), number(grid.bMin))
            .arg(number(grid.bMax));
    if (lowest <= highest)
        text += tr("; E_total from %1 to %2.").arg(number(lowest), number(highest));
    else
        text += QLatin1Char('.');
    return text;
}

QRectF LossLandscapeView::plotRect() const { return m_painter.plotRect(QRectF(rect())); }

void LossLandscapeView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    m_painter.paint(painter, QRectF(rect()), palette());
}

void LossLandscapeView::mouseMoveEvent(QMouseEvent* event) {
    const QRectF plot = plotRect();
    if (m_painter.isEmpty() || !plot.contains(event->position())) {
        Q_EMIT hoverLeft();
        return;
    }
    const QPointF at = m_painter.toParameters(plot, event->position());
    Q_EMIT hovered(at.x(), at.y());
}

void LossLandscapeView::leaveEvent(QEvent*) { Q_EMIT hoverLeft(); }

bool LossLandscapeView::writeImage(const LandscapePainter& painter, const QString& path, QSize size,
                                   QString* error, const QPalette& palette) {
    return exportPicture(
        [&painter, &palette](QPainter& target, QSize area) {
            painter.paint(target, QRectF(QPointF(0, 0), area), palette);
        },
        path, size, error);
}

} // namespace bplab::ui

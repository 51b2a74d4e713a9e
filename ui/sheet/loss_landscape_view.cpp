#include "ui/sheet/loss_landscape_view.h"

#include "ui/charts/picture_export.h"

#include <QMouseEvent>
#include <QPainter>

namespace bplab::ui {

LossLandscapeView::LossLandscapeView(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true); // the read-out follows the mouse without a button held
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("E_total over the two chosen weights (yellow high, violet low; white lines: equal loss). "
                  "Lines with dots: gradient descent, square at the start, ring at the selected iteration; "
                  "white cross: the selected iteration's weights; grey: the loss cannot be computed there."));
}

void LossLandscapeView::setPicture(LandscapePicture picture) {
    m_painter = LandscapePainter(std::move(picture));
    update();
}

QRectF LossLandscapeView::plotRect() const { return m_painter.plotRect(QRectF(rect())); }

void LossLandscapeView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    m_painter.paint(painter, QRectF(rect()));
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
                                   QString* error) {
    return exportPicture(
        [&painter](QPainter& target, QSize area) { painter.paint(target, QRectF(QPointF(0, 0), area)); },
        path, size, error);
}

} // namespace bplab::ui

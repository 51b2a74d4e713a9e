#include "ui/sheet/loss_landscape_view.h"

#include "ui/common/chart_export_limits.h"
#include "ui/common/file_writing.h"

#include <QBuffer>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>

namespace bplab::ui {

LossLandscapeView::LossLandscapeView(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true); // the read-out follows the mouse without a button held
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("E_total over the two chosen weights (yellow high, violet low; white lines: equal loss). "
                  "Lines with dots: gradient descent, square at the start, ring at the selected iteration; "
                  "white cross: the selected iteration's weights."));
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

bool LossLandscapeView::writeImage(const LandscapePainter& picture, const QString& path, QSize size,
                                   QString* error) {
    auto inRange = [](int side) { return side >= kMinChartExportSide && side <= kMaxChartExportSide; };
    if (!inRange(size.width()) || !inRange(size.height())) {
        if (error) {
            *error = tr("The image size must be between %1 and %2 pixels.")
                         .arg(kMinChartExportSide)
                         .arg(kMaxChartExportSide);
        }
        return false;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(tr("Backprop Lab loss landscape"));
        QPainter painter(&generator);
        picture.paint(painter, QRectF(QPointF(0, 0), size));
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        picture.paint(painter, QRectF(QPointF(0, 0), size));
        painter.end();
        if (!image.save(&buffer, "PNG")) {
            if (error) *error = tr("Could not encode the PNG image.");
            return false;
        }
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace bplab::ui

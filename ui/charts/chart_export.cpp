#include "ui/charts/chart_export.h"

#include "ui/charts/chart_palette.h"
#include "ui/charts/picture_export.h"
#include "ui/common/picture_look.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QPainter>

namespace bplab::ui {

namespace {

// Lays the view out at `size` for the lifetime of this object, animations off, then restores it.
class TemporaryLayout {
public:
    TemporaryLayout(QChartView* view, QSize size)
        : m_view(view)
        , m_oldSize(view->size())
        , m_animations(view->chart()->animationOptions()) {
        // A chart that was never shown (the command line's) has not laid itself out: show its window
        // without putting it on screen, so Qt Charts computes the plot area.
        QWidget* window = view->window();
        if (!window->isVisible()) {
            window->setAttribute(Qt::WA_DontShowOnScreen);
            window->show();
            m_hideAfterwards = window;
            // Let the window's own layouts settle first, or they would undo the resize below.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        view->chart()->setAnimationOptions(QChart::NoAnimation);
        // A picture leaves the window: it keeps the light look whatever the desktop's theme unless
        // the export asked for the window's colours, also through the layout at the new size
        // (ChartWidget recolours on every new plot area).
        setChartExporting(view->chart(), true);
        applyChartPalette(view->chart(), picturePalette(view));
        view->resize(size);
        // A hidden view only resizes on its next show; the chart's own layout runs on a posted event.
        QResizeEvent resize(size, m_oldSize);
        QCoreApplication::sendEvent(view, &resize);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    ~TemporaryLayout() {
        m_view->resize(m_oldSize);
        QResizeEvent resize(m_oldSize, m_view->size());
        QCoreApplication::sendEvent(m_view, &resize);
        m_view->chart()->setAnimationOptions(m_animations);
        setChartExporting(m_view->chart(), false);
        applyChartPalette(m_view->chart(), m_view->palette());
        if (m_hideAfterwards) m_hideAfterwards->hide();
    }
    TemporaryLayout(const TemporaryLayout&) = delete;
    TemporaryLayout& operator=(const TemporaryLayout&) = delete;

private:
    QChartView* m_view;
    QSize m_oldSize;
    QChart::AnimationOptions m_animations;
    QWidget* m_hideAfterwards = nullptr;
};

} // namespace

QImage renderChart(QChartView* view, QSize size) {
    TemporaryLayout layout(view, size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), size), QRect(QPoint(0, 0), size));
    return image;
}

bool exportChart(QChartView* view, const QString& path, QSize size, QString* error) {
    return exportPicture(
        [view](QPainter& painter, QSize at) {
            TemporaryLayout layout(view, at);
            painter.setRenderHint(QPainter::Antialiasing);
            view->render(&painter, QRectF(QPointF(0, 0), at), QRect(QPoint(0, 0), at));
        },
        path, size, error);
}

} // namespace bplab::ui

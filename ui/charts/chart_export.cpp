#include "ui/charts/chart_export.h"

#include "ui/common/file_writing.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

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
    if (size.width() < 50 || size.height() < 50 || size.width() > 10000 || size.height() > 10000) {
        if (error)
            *error = QCoreApplication::translate("ChartExport",
                                                 "The image size must be between 50 and 10000 pixels.");
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
        generator.setTitle(QStringLiteral("Backprop Lab chart"));
        TemporaryLayout layout(view, size);
        QPainter painter(&generator);
        view->render(&painter, QRectF(QPointF(0, 0), size), QRect(QPoint(0, 0), size));
    } else if (!renderChart(view, size).save(&buffer, "PNG")) {
        if (error) *error = QCoreApplication::translate("ChartExport", "Could not encode the PNG image.");
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace bplab::ui

#include "ui/charts/picture_export.h"

#include "ui/common/chart_export_limits.h"
#include "ui/common/file_writing.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace bplab::ui {

bool exportPicture(const PicturePainter& paint, const QString& path, QSize size, QString* error) {
    const auto fits = [](int side) { return side >= kMinChartExportSide && side <= kMaxChartExportSide; };
    if (!fits(size.width()) || !fits(size.height())) {
        if (error)
            *error = QCoreApplication::translate("PictureExport",
                                                 "The image size must be between %1 and %2 pixels.")
                         .arg(kMinChartExportSide)
                         .arg(kMaxChartExportSide);
        return false;
    }
    // The name says the format: PNG bytes in a file named .bmp or .jpg would open nowhere.
    const bool svg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    if (!svg && !path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
        if (error)
            *error = QCoreApplication::translate("PictureExport",
                                                 "%1 does not end in .png or .svg: name the file with one of "
                                                 "them, for a PNG image or an SVG drawing.")
                         .arg(path);
        return false;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(QStringLiteral("Backprop Lab picture"));
        QPainter painter(&generator);
        paint(painter, size);
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paint(painter, size);
        } // the painter must end before the image is encoded
        if (!image.save(&buffer, "PNG")) {
            if (error)
                *error = QCoreApplication::translate("PictureExport", "Could not encode the PNG image.");
            return false;
        }
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace bplab::ui

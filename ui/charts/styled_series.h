#pragma once

#include <QColor>
#include <QPen>
#include <QString>

namespace bplab::ui {

// A new series of type Series (QLineSeries, QScatterSeries…) named `name`, drawn with a pen of
// `color`, `width` and `style`: the one way the charts make their series.
template <typename Series>
Series* styledSeries(const QString& name, const QColor& color, double width,
                     Qt::PenStyle style = Qt::SolidLine) {
    auto* series = new Series;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

} // namespace bplab::ui

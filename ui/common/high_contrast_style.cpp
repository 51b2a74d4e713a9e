#include "ui/common/high_contrast_style.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace bplab::ui {

HighContrastStyle::HighContrastStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

namespace {
void outline(QPainter* painter, const QStyleOption* option, const QRectF& area, bool round) {
    const bool enabled = option->state & QStyle::State_Enabled;
    const QColor ink =
        option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::WindowText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setPen(QPen(ink, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = area.adjusted(0.5, 0.5, -0.5, -0.5);
    if (round)
        painter->drawEllipse(box);
    else
        painter->drawRect(box);
    painter->restore();
}
} // namespace

void HighContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                           QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_Slider && (option->subControls & SC_SliderHandle))
        outline(painter, option, subControlRect(CC_Slider, option, SC_SliderHandle, widget), false);
}

void HighContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                      const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton)
        outline(painter, option, option->rect, element == PE_IndicatorRadioButton);
}

} // namespace bplab::ui

#include "ui/common/outlined_style.h"

#include "ui/common/palette_colors.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace bplab::ui {

OutlinedStyle::OutlinedStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

namespace {
void outline(QPainter* painter, const QStyleOption* option, const QRectF& area, bool round) {
    const QPalette::ColorGroup group =
        option->state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled;
    const QColor ink = readableOn(option->palette.color(group, QPalette::Mid),
                                  option->palette.color(group, QPalette::Window), kNonTextContrast);
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

void OutlinedStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                       QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_Slider && (option->subControls & SC_SliderHandle))
        outline(painter, option, subControlRect(CC_Slider, option, SC_SliderHandle, widget), false);
}

void OutlinedStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton)
        outline(painter, option, option->rect, element == PE_IndicatorRadioButton);
}

} // namespace bplab::ui

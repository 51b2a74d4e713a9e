#include "ui/common/outlined_style.h"

#include "ui/common/palette_colors.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>

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

// Paints » (or its downward turn) when drawn, in the application palette of that moment, so a change of
// theme needs no new icon.
class ChevronIcon : public QIconEngine {
public:
    explicit ChevronIcon(bool horizontal)
        : m_horizontal(horizontal) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        const QPalette palette = QGuiApplication::palette();
        const QColor ink = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                         QPalette::ButtonText);
        const QRectF box = QRectF(rect).adjusted(rect.width() * 0.2, rect.height() * 0.25,
                                                 -rect.width() * 0.2, -rect.height() * 0.25);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(
            QPen(ink, std::max(1.5, rect.height() / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (!m_horizontal) { // the same chevron, pointing down
            painter->translate(rect.center());
            painter->rotate(90);
            painter->translate(-rect.center());
        }
        const double step = box.width() / 2;
        for (int k = 0; k < 2; ++k) { // two › side by side
            const double left = box.left() + k * step;
            const QPointF arrow[] = {
                {left, box.top()}, {left + step, box.center().y()}, {left, box.bottom()}};
            painter->drawPolyline(arrow, 3);
        }
        painter->restore();
    }
    QIconEngine* clone() const override { return new ChevronIcon(m_horizontal); }

private:
    bool m_horizontal;
};
} // namespace

QIcon OutlinedStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                  const QWidget* widget) const {
    if (icon == SP_ToolBarHorizontalExtensionButton) return QIcon(new ChevronIcon(true));
    if (icon == SP_ToolBarVerticalExtensionButton) return QIcon(new ChevronIcon(false));
    return QProxyStyle::standardIcon(icon, option, widget);
}

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

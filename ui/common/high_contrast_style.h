#pragma once

#include <QProxyStyle>

namespace bplab::ui {

// Fusion with the outlines a high-contrast palette needs. Fusion draws a check box's or a radio
// button's indicator as a base-coloured square with an outline a little darker than the window: on
// black both are black, and an unticked box disappears; a slider's handle likewise. This style draws
// those outlines in the text colour, so each control shows its shape at the palette's full contrast.
class HighContrastStyle : public QProxyStyle {
    Q_OBJECT
public:
    HighContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
};

} // namespace bplab::ui

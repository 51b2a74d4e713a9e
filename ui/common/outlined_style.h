#pragma once

#include <QProxyStyle>

namespace bplab::ui {

// Fusion with controls whose shape shows in every one of our palettes. Fusion draws a check box's or a
// radio button's indicator as a base-coloured square with an outline a little darker than the window,
// and a slider's handle alike: about 1.2 : 1 on our dark window, black on black in high contrast, where
// an unticked box disappears. This style outlines them in the palette's mid tone moved to WCAG's
// non-text contrast (3 : 1) against the window: white in high contrast.
class OutlinedStyle : public QProxyStyle {
    Q_OBJECT
public:
    OutlinedStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
    // A tool bar's "more" chevron (») drawn in the palette's button text: Fusion's is a fixed dark grey
    // picture, next to invisible on a dark window, and it is the only way to the actions that did not fit.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

// WCAG 2.1's minimum contrast of a control's boundary against what surrounds it.
inline constexpr double kNonTextContrast = 3.0;

} // namespace bplab::ui

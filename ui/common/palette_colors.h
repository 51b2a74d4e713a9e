#pragma once

#include <QColor>

class QPalette;

namespace bplab::ui {

// Colour arithmetic on the palette, so every view reads on a light, dark or high-contrast desktop:
// tints are mixed into the palette's base colour (never into white), and a hue that must be read as
// text is moved in lightness until it meets the WCAG contrast it needs against its background.

// True for a palette whose base (the background of text views) is darker than its text.
bool isDarkPalette(const QPalette& palette);

// `over` laid at `fraction` (0..1) over `base`, channel by channel.
QColor mixColors(const QColor& over, const QColor& base, double fraction);

// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double relativeLuminance(const QColor& color);
double contrastRatio(const QColor& a, const QColor& b);

// The app's alert red (#c62828): errors, mistakes, a divergence, the goal line. Where it is read as
// text it goes through readableOn.
QColor alertHue();

// The WCAG minimum for normal text (AA).
inline constexpr double kReadableContrast = 4.5;

// `hue` itself if it reaches `minimum` contrast against `background`, else the same hue made lighter
// (on a dark background) or darker (on a light one) in small steps until it does.
QColor readableOn(const QColor& hue, const QColor& background, double minimum = kReadableContrast);

// A background fill that carries `hue` yet keeps the palette's text readable on it: `fraction` of the
// hue over the palette's base, less where the text would fall below the readable contrast.
QColor tintFor(const QColor& hue, const QPalette& palette, double fraction);

} // namespace bplab::ui

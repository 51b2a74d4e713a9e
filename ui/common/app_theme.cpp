#include "ui/common/app_theme.h"

#include "ui/common/outlined_style.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace bplab::ui {

namespace {
constexpr auto kFusion = "Fusion"; // draws every control from the palette (OutlinedStyle builds on it)

// Disabled text, dimmed but still readable on the dark backgrounds.
void setDisabledDark(QPalette& palette) {
    const QColor dim(0x8a, 0x8a, 0x8a);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dim);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
}
} // namespace

QString themeChoiceKey(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::HighContrast:
        return QStringLiteral("high-contrast");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromKey(const QString& key) {
    if (key == QLatin1String("light")) return ThemeChoice::Light;
    if (key == QLatin1String("dark")) return ThemeChoice::Dark;
    if (key == QLatin1String("high-contrast")) return ThemeChoice::HighContrast;
    return ThemeChoice::System;
}

QPalette lightPalette() {
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QLatin1String(kFusion)));
    return fusion ? fusion->standardPalette() : QPalette(Qt::white);
}

QPalette darkPalette() {
    // Greys a little off black and white (less glare), every text/background pair above 7 : 1.
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x43));
    palette.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x60));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf5));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xf5));
    setDisabledDark(palette);
    return palette;
}

QPalette highContrastPalette() {
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xff, 0x00);
    QPalette palette;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button,
                                     QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        palette.setColor(role, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::ToolTipText, QPalette::Light, QPalette::Mid})
        palette.setColor(role, white);
    palette.setColor(QPalette::AlternateBase, QColor(0x14, 0x14, 0x14));
    palette.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::BrightText, yellow);
    palette.setColor(QPalette::Highlight, yellow);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    // Disabled controls: grey, still 7 : 1 on black, told apart from enabled ones by more than colour
    // (Fusion draws them without their frame's highlight).
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0xa8, 0xa8, 0xa8));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x60, 0x60, 0x60));
    return palette;
}

QPalette paletteOf(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::Dark:
        return darkPalette();
    case ThemeChoice::HighContrast:
        return highContrastPalette();
    case ThemeChoice::Light:
    case ThemeChoice::System:
        break;
    }
    return lightPalette();
}

namespace {
// The desktop's style, as the application started with it: read once, before any AppTheme set ours
// (a second window of the same process would otherwise take our Fusion for the desktop's).
QString desktopStyleName() {
    static const QString name = QApplication::style()->name();
    return name;
}
} // namespace

AppTheme::AppTheme(ThemeChoice initial)
    : m_systemStyle(desktopStyleName()) {
    if (initial != ThemeChoice::System) apply(initial);
}

AppTheme::~AppTheme() {
    // The application outlives the window: it goes back to the desktop's look with it.
    if (m_choice != ThemeChoice::System) apply(ThemeChoice::System);
}

void AppTheme::apply(ThemeChoice choice) {
    m_choice = choice;
    if (choice == ThemeChoice::System) {
        QApplication::setStyle(m_systemStyle);
        // A palette that sets no colour resolves every one from the desktop's (the platform theme's),
        // whatever was set before, by us or by an earlier window of this process.
        QApplication::setPalette(QPalette());
        return;
    }
    QApplication::setStyle(new OutlinedStyle); // Fusion, outlined (the application owns it)
    QApplication::setPalette(paletteOf(choice));
}

} // namespace bplab::ui

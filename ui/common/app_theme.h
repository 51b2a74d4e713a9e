#pragma once

#include <QPalette>
#include <QString>

namespace bplab::ui {

// What View › Theme offers: the desktop's own colours, or one of ours whatever the desktop says.
enum class ThemeChoice { System, Light, Dark, HighContrast };

// The settings' word for a choice and back; an unknown word is System.
QString themeChoiceKey(ThemeChoice choice);
ThemeChoice themeChoiceFromKey(const QString& key);

// Our light palette (Fusion's own) and our dark one. Exports use the light one unless asked, so a
// picture looks the same whatever the desktop.
QPalette lightPalette();
QPalette darkPalette();
// White and yellow on black, for low vision (as the desktops' high-contrast themes): every
// text/background pair above 15 : 1, the selection black on yellow.
QPalette highContrastPalette();
// The palette of one of our themes; System has none (the desktop's) and gives the light one.
QPalette paletteOf(ThemeChoice choice);

// Applies a ThemeChoice to the running application. Constructed once the QApplication exists, it
// remembers the style the desktop gave, so "follow the system" can return to it and to the desktop's
// palette after a change. Every widget repaints through Qt's own PaletteChange events.
class AppTheme {
public:
    // Remembers the desktop's style, then applies `initial` (before the first widget is
    // built, so none starts in the desktop's colours and has to change).
    explicit AppTheme(ThemeChoice initial = ThemeChoice::System);
    ~AppTheme();
    AppTheme(const AppTheme&) = delete;
    AppTheme& operator=(const AppTheme&) = delete;

    void apply(ThemeChoice choice);
    ThemeChoice choice() const { return m_choice; }

private:
    QString m_systemStyle;
    ThemeChoice m_choice = ThemeChoice::System;
};

} // namespace bplab::ui

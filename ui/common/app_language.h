#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace bplab::ui {

// A language the window speaks: its code ("de") and its name in itself ("Deutsch"), as View › Language
// lists it (a German who lands in a Spanish window still finds "Deutsch").
struct WindowLanguage {
    QString code;
    QString name;               // in its own words, as the menu lists it: "Deutsch"
    const char* nameInSentence; // in English, to be translated (context "LanguageMenu"): "German"
};

// English first, then the translations compiled in (translations/backprop-lab_CODE.ts).
QList<WindowLanguage> windowLanguages();

// The language code of a locale: "de" for de_AT, "C" for the C locale.
QString languageCodeOf(const QLocale& locale);

// The setting that follows the desktop's language (the default of View › Language).
inline constexpr auto kSystemLanguage = "system";
// The pseudo-locale (translations/pseudo_translate.py): not in the menu, chosen only through
// BACKPROP_LAB_LANGUAGE, to find strings that miss tr() and labels too narrow for a translation.
inline constexpr auto kPseudoLanguage = "pseudo";

// The language a setting picks: a language the window speaks, the pseudo-locale as it is, or, for
// "system" and anything unknown, the language of `system` when the window speaks it, else English.
QString chosenLanguage(const QString& setting, const QLocale& system);

// The locale numbers follow for `language`: the desktop's own where it speaks that language (an
// Austrian keeps de_AT), else the language's main one; the pseudo-locale keeps the desktop's.
QLocale numberLocale(const QString& language, const QLocale& system);

// Puts a language in place for as long as it lives: the window's translation, Qt's own (its dialogs'
// buttons), and the default QLocale that numbers in the window follow. Files and the command line never
// use it: they write the C locale. Build it after QApplication and before the first widget.
class InstalledLanguage {
public:
    InstalledLanguage(const QString& language, const QLocale& system);
    ~InstalledLanguage();
    InstalledLanguage(const InstalledLanguage&) = delete;
    InstalledLanguage& operator=(const InstalledLanguage&) = delete;

    QString language() const { return m_language; }

private:
    QString m_language;
    QLocale m_localeBefore;
    QTranslator m_window;
    QTranslator m_qt;
    bool m_windowInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace bplab::ui

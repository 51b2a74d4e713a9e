#include "ui/common/app_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace bplab::ui {

QList<WindowLanguage> windowLanguages() {
    return {{QStringLiteral("en"), QStringLiteral("English"), QT_TRANSLATE_NOOP("LanguageMenu", "English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch"), QT_TRANSLATE_NOOP("LanguageMenu", "German")},
            {QStringLiteral("es"), QStringLiteral("Español"), QT_TRANSLATE_NOOP("LanguageMenu", "Spanish")}};
}

namespace {
bool speaks(const QString& language) {
    for (const WindowLanguage& known : windowLanguages())
        if (known.code == language) return true;
    return false;
}
} // namespace

QString languageCodeOf(const QLocale& locale) {
    // "de_AT" → "de"; QLocale::name() is never empty ("C" for the C locale).
    return locale.name().section(u'_', 0, 0);
}

QString chosenLanguage(const QString& setting, const QLocale& system) {
    if (setting == QLatin1String(kPseudoLanguage) || speaks(setting)) return setting;
    const QString fromSystem = languageCodeOf(system);
    return speaks(fromSystem) ? fromSystem : QStringLiteral("en");
}

QLocale numberLocale(const QString& language, const QLocale& system) {
    if (language == QLatin1String(kPseudoLanguage) || languageCodeOf(system) == language) return system;
    if (language == QLatin1String("en")) return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(language);
}

InstalledLanguage::InstalledLanguage(const QString& language, const QLocale& system)
    : m_language(language) {
    QLocale::setDefault(numberLocale(language, system));
    if (language == QLatin1String("en")) return; // the source strings are English
    // The translations are compiled in (ui/common/CMakeLists.txt), so a copy cannot lose them.
    m_windowInstalled = m_window.load(QStringLiteral(":/i18n/backprop-lab_%1.qm").arg(language)) &&
                        QCoreApplication::installTranslator(&m_window);
    // Qt's own come with the system (Debian's qt6-translations-l10n); without them Qt's buttons stay
    // English and nothing else is lost.
    m_qtInstalled = m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                    QCoreApplication::installTranslator(&m_qt);
}

InstalledLanguage::~InstalledLanguage() {
    if (m_qtInstalled) QCoreApplication::removeTranslator(&m_qt);
    if (m_windowInstalled) QCoreApplication::removeTranslator(&m_window);
    QLocale::setDefault(m_localeBefore);
}

} // namespace bplab::ui

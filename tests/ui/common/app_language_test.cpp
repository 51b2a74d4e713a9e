#include "ui/common/app_language.h"

#include "ui/common/guide_contents.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

const QLocale kAustria(QLocale::German, QLocale::Austria);
const QLocale kFrance(QLocale::French, QLocale::France);
const QLocale kMexico(QLocale::Spanish, QLocale::Mexico);

TEST(AppLanguage, TheWindowSpeaksEnglishGermanAndSpanishEachNamedInItself) {
    QStringList names;
    for (const WindowLanguage& language : windowLanguages())
        names << language.code + QLatin1Char('=') + language.name;
    EXPECT_EQ(names, QStringList({QStringLiteral("en=English"), QStringLiteral("de=Deutsch"),
                                  QStringLiteral("es=Español")}));
}

TEST(AppLanguage, FollowingTheSystemTakesItsLanguageWhenTheWindowSpeaksIt) {
    EXPECT_EQ(chosenLanguage(QStringLiteral("system"), kAustria), QStringLiteral("de"));
    EXPECT_EQ(chosenLanguage(QStringLiteral("system"), kMexico), QStringLiteral("es"));
    EXPECT_EQ(chosenLanguage(QStringLiteral("system"), kFrance), QStringLiteral("en")); // no French yet
    EXPECT_EQ(chosenLanguage(QStringLiteral("system"), QLocale::c()), QStringLiteral("en"));
}

TEST(AppLanguage, AChosenLanguageWinsOverTheSystemAndAnUnknownOneFollowsIt) {
    EXPECT_EQ(chosenLanguage(QStringLiteral("es"), kAustria), QStringLiteral("es"));
    EXPECT_EQ(chosenLanguage(QStringLiteral("en"), kAustria), QStringLiteral("en"));
    EXPECT_EQ(chosenLanguage(QStringLiteral("pseudo"), kAustria), QStringLiteral("pseudo"));
    EXPECT_EQ(chosenLanguage(QStringLiteral("klingon"), kAustria), QStringLiteral("de"));
}

TEST(AppLanguage, NumbersKeepTheDesktopsRegionInItsLanguageElseTheLanguagesOwn) {
    EXPECT_EQ(numberLocale(QStringLiteral("de"), kAustria), kAustria);
    EXPECT_EQ(numberLocale(QStringLiteral("de"), kFrance).decimalPoint(), QStringLiteral(","));
    EXPECT_EQ(numberLocale(QStringLiteral("en"), kAustria).decimalPoint(), QStringLiteral("."));
    EXPECT_EQ(numberLocale(QStringLiteral("pseudo"), kFrance), kFrance);
}

TEST(AppLanguage, InstallingGermanTranslatesTheWindowAndSetsGermanNumbersUntilItEnds) {
    const QLocale before;
    {
        const InstalledLanguage german(QStringLiteral("de"), kFrance);
        EXPECT_EQ(QCoreApplication::translate("bplab::app::MainWindow", "&File"), QStringLiteral("&Datei"));
        EXPECT_EQ(QLocale().toString(0.15), QStringLiteral("0,15"));
    }
    EXPECT_EQ(QCoreApplication::translate("bplab::app::MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_EQ(QLocale(), before);
}

TEST(AppLanguage, InstallingSpanishTranslatesTheLessonsToo) {
    const InstalledLanguage spanish(QStringLiteral("es"), kFrance);
    EXPECT_EQ(QCoreApplication::translate("bplab::app::MainWindow", "&File"), QStringLiteral("&Archivo"));
    const QString title = QCoreApplication::translate("Lesson", "Too big a step: divergence");
    EXPECT_NE(title, QStringLiteral("Too big a step: divergence"));
    EXPECT_FALSE(title.isEmpty());
}

TEST(AppLanguage, ThePseudoLocaleMarksEveryStringAndMakesItLonger) {
    const InstalledLanguage pseudo(QStringLiteral("pseudo"), kFrance);
    const QString file = QCoreApplication::translate("bplab::app::MainWindow", "&File");
    EXPECT_TRUE(file.startsWith(QStringLiteral("⟦")) && file.endsWith(QStringLiteral("⟧")))
        << file.toStdString();
    EXPECT_GE(file.size(), QStringLiteral("&File").size() * 14 / 10);
    EXPECT_EQ(QLocale(), kFrance); // the desktop's numbers
}

TEST(AppLanguage, TheGuideOpensInTheWindowsLanguageWhereItHasThePage) {
    {
        const InstalledLanguage german(QStringLiteral("de"), kFrance);
        EXPECT_EQ(guideLanguage(), QStringLiteral("de"));
        EXPECT_EQ(guideUrl(QStringLiteral("guide/sheet.md")).toString(),
                  QStringLiteral("qrc:/docs/de/guide/sheet.md"));
        EXPECT_EQ(guideUrl({}).toString(), QStringLiteral("qrc:/docs/de/README.md"));
        const QList<GuidePage> pages = guideContents();
        ASSERT_GT(pages.size(), 3);
        EXPECT_TRUE(pages[1].path.startsWith(QStringLiteral("de/guide/"))) << pages[1].path.toStdString();
    }
    const InstalledLanguage english(QStringLiteral("en"), kFrance);
    EXPECT_EQ(guideLanguage(), QString());
    EXPECT_EQ(guideUrl(QStringLiteral("guide/sheet.md")).toString(),
              QStringLiteral("qrc:/docs/guide/sheet.md"));
}

} // namespace
} // namespace bplab::ui

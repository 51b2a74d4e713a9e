// What Qt itself may print never reaches the command line's standard error: not Qt 6.5's notice about
// an environment without a UTF-8 locale (the app chooses one before Qt starts), nor the offscreen
// plugin's warnings while `sheet --chart` draws. And the tests' filter of Qt's lines drops only those.
#include "tests/app/cli/run_executable.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using bplab::test::Result;
using bplab::test::run;
using bplab::test::withoutQtLines;

// Every variable that sets a locale: removed, the app starts as on a bare system, in a container, from
// cron or over SSH without locale forwarding.
const QStringList kLocaleVariables = {"LANG",         "LANGUAGE",       "LC_ALL",           "LC_CTYPE",
                                      "LC_NUMERIC",   "LC_TIME",        "LC_COLLATE",       "LC_MONETARY",
                                      "LC_MESSAGES",  "LC_PAPER",       "LC_NAME",          "LC_ADDRESS",
                                      "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};

TEST(CommandLineWithoutLocale, ABadValueGetsTheAppsSentenceAlone) {
    for (const QStringList& variables : {QStringList{}, QStringList{"LANG=C"}, QStringList{"LC_ALL=POSIX"}}) {
        const Result result = run({"lr-find", "--from", "0"}, variables, kLocaleVariables);
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_EQ(result.err.toStdString(),
                  "backprop-lab lr-find: the first rate must be a number above 0, not 0 (--from, --to)\n"
                  "Try 'backprop-lab lr-find --help'.\n")
            << "with " << (variables.isEmpty() ? "no locale" : variables.join(' ').toStdString());
    }
}

TEST(CommandLineQtOutput, SheetChartSaysNothingAboutTheOffscreenPlugin) {
    const QTemporaryDir folder;
    const QString chart = folder.filePath(QStringLiteral("loss.png"));
    // Without XDG_RUNTIME_DIR, as from cron or in a container, where Qt would name its fallback folder.
    const Result result = run({"sheet", "--chart", chart}, {}, {QStringLiteral("XDG_RUNTIME_DIR")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(chart));
    EXPECT_FALSE(result.err.contains(QStringLiteral("propagateSizeHints"))) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains(QStringLiteral("XDG_RUNTIME_DIR"))) << result.err.toStdString();
    EXPECT_EQ(result.appErr().toStdString(), "") << "a chart drawn is not worth a word";
}

// Qt 6.8's own words (qcoreapplication.cpp), before the app's two lines; and a category message.
const char* const kQtLocaleNotice =
    "Detected locale \"C\" with character encoding \"ANSI_X3.4-1968\", which is not UTF-8.\n"
    "Qt depends on a UTF-8 locale, and has switched to \"C.UTF-8\" instead.\n"
    "If this causes problems, reconfigure your locale. See the locale(1) manual\n"
    "for more information.\n";

TEST(QtLinesOfStandardError, AreDroppedAndTheAppsKept) {
    const QString apps = QStringLiteral("backprop-lab lr-find: the first rate must be a number above 0\n"
                                        "Try 'backprop-lab lr-find --help'.\n");
    EXPECT_EQ(withoutQtLines(QString::fromUtf8(kQtLocaleNotice) + apps), apps);
    EXPECT_EQ(
        withoutQtLines(QStringLiteral("qt.qpa.fonts: Populating font family aliases took 60 ms\n") + apps +
                       QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/x'\n")),
        apps);
}

TEST(QtLinesOfStandardError, OnlyQtsLinesAreDropped) {
    // The locale notice's last lines only go with its first; blank lines and the app's own lines stay.
    const QString apps = QStringLiteral("backprop-lab: Detected locale \"C\".\n"
                                        "\n"
                                        "for more information.\n"
                                        "quiet.qpa: not a Qt category\n");
    EXPECT_EQ(withoutQtLines(apps), apps);
    EXPECT_EQ(withoutQtLines(QStringLiteral("no newline at the end")),
              QStringLiteral("no newline at the end"));
}

} // namespace

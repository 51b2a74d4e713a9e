// The man page backprop-lab(1), made from the command table: every command and every option in it,
// in roff that a reader of man pages renders as written.
#include "app/cli/man_page.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace bplab::app {
namespace {

QString page() {
    return QString::fromStdString(
        manPage(commandTable(), QStringLiteral("1.2.3"), QStringLiteral("a summary")));
}

TEST(ManPage, RoffTextEscapesWhatRoffWouldReadOtherwise) {
    EXPECT_EQ(roffText(QStringLiteral("--lr X")), QStringLiteral("\\-\\-lr X")); // ASCII minus signs
    EXPECT_EQ(roffText(QStringLiteral("a\\b")), QStringLiteral("a\\eb"));
    // η is U+03B7, × U+00D7: groff reads them from their code points, whatever the input encoding.
    EXPECT_EQ(roffText(QStringLiteral("η × 2")), QStringLiteral("\\[u03B7] \\[u00D7] 2"));
    // A line starting with a dot or a quote would be a request.
    EXPECT_EQ(roffText(QStringLiteral(".png\n'x'")), QStringLiteral("\\&.png\n\\&'x'"));
}

TEST(ManPage, HasTheSectionsOfAManPage) {
    const QString text = page();
    EXPECT_TRUE(text.contains(QStringLiteral(".TH BACKPROP\\-LAB 1 \"\" \"backprop\\-lab 1.2.3\"")));
    for (const char* section :
         {".SH NAME\nbackprop\\-lab \\- a summary\n", ".SH SYNOPSIS\n", ".SH DESCRIPTION\n", ".SH OPTIONS\n",
          ".SH COMMANDS\n", ".SH \"EXIT STATUS\"\n", ".SH ENVIRONMENT\n", ".SH FILES\n",
          ".SH \"SEE ALSO\"\n"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(section))) << section;
    }
}

TEST(ManPage, ListsEveryCommandAndEveryOptionOfTheTable) {
    const QString text = page();
    for (const CommandEntry& command : commandTable()) {
        EXPECT_TRUE(text.contains(QStringLiteral(".SS \"backprop\\-lab %1\"").arg(roffText(command.name))))
            << command.name.toStdString();
        EXPECT_TRUE(text.contains(roffText(command.summary))) << command.name.toStdString();
        for (const TableOption& option : command.options()) {
            const QString tag =
                QStringLiteral("\\fB\\-\\-%1\\fR").arg(roffText(option.option.names().first()));
            EXPECT_TRUE(text.contains(tag)) << command.name.toStdString() << " " << tag.toStdString();
            EXPECT_TRUE(text.contains(roffText(option.option.description())));
        }
    }
    EXPECT_TRUE(text.contains(QStringLiteral("\\fB\\-h\\fR, \\fB\\-\\-help\\fR")));
    EXPECT_TRUE(text.contains(QStringLiteral("\\fB\\-\\-scenario\\fR \\fINAME|FILE\\fR")));
}

TEST(ManPage, ExitStatusListsTheCodesTheCommandsReturn) {
    const QString text = page();
    const QString exitStatus = text.mid(text.indexOf(QStringLiteral(".SH \"EXIT STATUS\"")));
    for (const char* code : {"0", "1", "2", "3", "130"})
        EXPECT_TRUE(exitStatus.contains(QStringLiteral(".TP\n.B %1\n").arg(QLatin1String(code)))) << code;
}

// No date and nothing else that changes between builds: the package is reproducible. The title line's
// date field stays empty, and no year appears anywhere.
TEST(ManPage, CarriesNoDate) {
    const QString text = page();
    EXPECT_TRUE(text.contains(QStringLiteral(".TH BACKPROP\\-LAB 1 \"\" "))) << text.left(200).toStdString();
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\b20\\d\\d\\b"))));
}

TEST(ManPage, IsPlainAsciiRoff) {
    const QString text = page();
    for (const QChar c : text) ASSERT_LT(c.unicode(), 0x80) << "a character beyond ASCII in the man page";
}

} // namespace
} // namespace bplab::app

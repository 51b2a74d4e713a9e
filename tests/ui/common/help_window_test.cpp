// Help › User guide shows docs/ compiled into the resources: every page the index lists is there and
// renders (its first heading is the file's), its pictures are there, a relative link opens its page
// and scrolls to its #anchor, a link outside the built-in help says so, a web address goes to the
// system's browser, and the window keeps its size.
#include "ui/common/guide_browser.h"
#include "ui/common/guide_contents.h"
#include "ui/common/help_window.h"

#include <QDesktopServices>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextImageFormat>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

QString sourceFile(const QString& pathUnderDocs) {
    QFile file(QStringLiteral(BPLAB_DOCS_DIR "/") + pathUnderDocs);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return QString::fromUtf8(file.readAll());
}

// The index's links to guide pages, [title](guide/x.md), in its order: read from the file on disk, not
// from the resources, so a page listed there but not compiled in is caught.
QList<GuidePage> guidePagesOfTheIndex() {
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\((guide/[^)#]+\.md)\))"));
    QList<GuidePage> pages;
    for (auto match = link.globalMatch(sourceFile(QStringLiteral("README.md"))); match.hasNext();) {
        const auto found = match.next();
        pages.append({found.captured(1), found.captured(2)});
    }
    return pages;
}

QString firstHeading(const QString& markdown) {
    static const QRegularExpression heading(QStringLiteral(R"(^#{1,6} (.+)$)"),
                                            QRegularExpression::MultilineOption);
    return heading.match(markdown).captured(1).trimmed();
}

// Clicks the first link of the shown page whose address is `href`, as a user would.
bool clickLink(GuideBrowser& browser, const QString& href) {
    for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href) continue;
            QTextCursor cursor(browser.document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser.setTextCursor(cursor);
            browser.ensureCursorVisible();
            const QPoint point = browser.cursorRect(cursor).center();
            QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, point);
            return true;
        }
    }
    return false;
}

// The text of the first block shown at the top of the page.
QString topLine(GuideBrowser& browser) { return browser.cursorForPosition(QPoint(2, 2)).block().text(); }

TEST(HelpWindow, EveryGuidePageTheIndexListsIsCompiledInAndRenders) {
    const QList<GuidePage> listed = guidePagesOfTheIndex();
    ASSERT_GE(listed.size(), 9) << "the index lists the window, sheet, … exports pages";
    HelpWindow window;
    for (int i = 0; i < listed.size(); ++i) {
        const GuidePage& page = listed[i];
        ASSERT_TRUE(isCompiledIn(guideUrl(page.path)))
            << page.path.toStdString() << " is listed in docs/README.md but not in ui/common/CMakeLists.txt";
        window.showPage(page.path);
        EXPECT_EQ(window.browser()->source(), guideUrl(page.path));
        EXPECT_EQ(window.browser()->document()->firstBlock().text(), firstHeading(sourceFile(page.path)))
            << page.path.toStdString();
        EXPECT_GT(window.browser()->document()->characterCount(), 500) << page.path.toStdString();
        // The list: the contents first, then the pages in the index's order, titled as there.
        ASSERT_GT(window.pageList()->count(), i + 1);
        EXPECT_EQ(window.pageList()->item(i + 1)->text(), page.title);
        EXPECT_EQ(window.pageList()->currentRow(), i + 1) << "the list follows the page shown";
    }
    EXPECT_EQ(window.pageList()->item(0)->text(), QStringLiteral("Contents"));
    EXPECT_EQ(window.pageList()->item(window.pageList()->count() - 1)->text(), QStringLiteral("Licence"));
}

TEST(HelpWindow, EveryPictureOfTheGuideIsCompiledIn) {
    HelpWindow window;
    int pictures = 0;
    for (const GuidePage& page : guideContents()) {
        window.showPage(page.path);
        QTextDocument* document = window.browser()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().charFormat().isImageFormat()) continue;
                const QString name = it.fragment().charFormat().toImageFormat().name();
                const QUrl address = guideUrl(page.path).resolved(QUrl(name));
                EXPECT_TRUE(isCompiledIn(address)) << page.path.toStdString() << ": " << name.toStdString();
                ++pictures;
            }
        }
    }
    EXPECT_GE(pictures, 17) << "the guide's screenshots";
}

TEST(HelpWindow, WidePicturesAreShrunkToThePage) {
    HelpWindow window;
    window.resize(700, 600);
    window.showPage(QStringLiteral("guide/mnist.md")); // its first picture is 1280 pixels wide
    QTextDocument* document = window.browser()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat()) continue;
            const double width = it.fragment().charFormat().toImageFormat().width();
            EXPECT_GT(width, 0.0);
            EXPECT_LE(width, window.browser()->viewport()->width());
        }
    }
}

TEST(GuideBrowser, ARelativeLinkOpensThatPageAtItsHeading) {
    HelpWindow window;
    window.resize(800, 600);
    window.showPage(QStringLiteral("guide/your-own-network.md"));
    GuideBrowser& browser = *window.browser();
    ASSERT_TRUE(clickLink(browser, QStringLiteral("lessons.md#lessons-on-other-networks")));
    EXPECT_EQ(browser.source(), guideUrl(QStringLiteral("guide/lessons.md#lessons-on-other-networks")));
    EXPECT_EQ(browser.document()->firstBlock().text(), QStringLiteral("Lessons"));
    EXPECT_GT(browser.verticalScrollBar()->value(), 0) << "scrolled down to the heading";
    EXPECT_EQ(topLine(browser), QStringLiteral("Lessons on other networks"));

    // Up a folder: the command-line reference.
    window.showPage(QStringLiteral("guide/inside-the-network.md"));
    ASSERT_TRUE(clickLink(browser, QStringLiteral("../command-line.md#explain")));
    EXPECT_EQ(browser.source(), guideUrl(QStringLiteral("command-line.md#explain")));
    EXPECT_EQ(topLine(browser), QStringLiteral("explain"));

    // Back returns to the page before.
    browser.backward();
    EXPECT_EQ(browser.source(), guideUrl(QStringLiteral("guide/inside-the-network.md")));
}

TEST(GuideBrowser, EveryAnchorTheGuideLinksToIsAHeading) {
    GuideBrowser browser;
    static const QRegularExpression link(QStringLiteral(R"(\]\(([^)#\s]*\.md)?#([^)\s]+)\))"));
    int checked = 0;
    for (const GuidePage& page : guideContents()) {
        QFile file(QLatin1Char(':') + guideUrl(page.path).path());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = link.globalMatch(text); match.hasNext();) {
            const auto found = match.next();
            const QUrl target = guideUrl(page.path).resolved(QUrl(found.captured(1)));
            if (!isCompiledIn(target)) continue; // a page outside the help: it says so instead
            browser.setSource(target);
            bool isHeading = false;
            for (QTextBlock block = browser.document()->begin(); block.isValid() && !isHeading;
                 block = block.next())
                isHeading = block.begin() != block.end() &&
                            block.begin().fragment().charFormat().anchorNames().contains(found.captured(2));
            EXPECT_TRUE(isHeading) << page.path.toStdString() << " links to "
                                   << found.captured(0).toStdString();
            ++checked;
        }
    }
    EXPECT_GE(checked, 15);
}

TEST(GuideBrowser, ALinkOutsideTheBuiltInHelpSaysSo) {
    HelpWindow window;
    window.showPage(QStringLiteral("guide/exports.md"));
    GuideBrowser& browser = *window.browser();
    ASSERT_TRUE(clickLink(browser, QStringLiteral("../development.md#evidence")));
    const QString text = browser.toPlainText();
    EXPECT_TRUE(
        text.contains(QStringLiteral("docs/development.md is not part of the help built into Backprop Lab")))
        << text.toStdString();
    // A file that is no Markdown page (a source file) too.
    browser.setSource(QUrl(QStringLiteral("qrc:/core/sheet/backprop_sheet.h")));
    EXPECT_TRUE(browser.toPlainText().contains(QStringLiteral("core/sheet/backprop_sheet.h is not part of")))
        << browser.toPlainText().toStdString();
}

TEST(GuideBrowser, TheLicenceIsShownAsWritten) {
    HelpWindow window;
    QListWidget* list = window.pageList();
    list->setCurrentRow(list->count() - 1);
    EXPECT_EQ(window.browser()->source(), licenceUrl());
    QFile licence(QStringLiteral(BPLAB_DOCS_DIR "/../LICENSE"));
    ASSERT_TRUE(licence.open(QIODevice::ReadOnly));
    EXPECT_EQ(window.browser()->toPlainText().trimmed(), QString::fromUtf8(licence.readAll()).trimmed());
}

} // namespace

// Receives what QDesktopServices would hand to the system's browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

namespace {

TEST(GuideBrowser, AWebAddressOpensInTheSystemsBrowser) {
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    HelpWindow window;
    window.showPage(QStringLiteral("guide/sheet.md"));
    const QUrl web(QStringLiteral("https://example.org/backprop"));
    window.browser()->setSource(web);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    EXPECT_EQ(catcher.urls, QList<QUrl>{web});
    EXPECT_EQ(window.browser()->source(), guideUrl(QStringLiteral("guide/sheet.md"))) << "the page stays";
}

TEST(HelpWindow, RemembersItsSize) {
    QSettings().clear();
    {
        HelpWindow window;
        window.show();
        window.resize(713, 517);
        window.close();
    }
    HelpWindow again;
    EXPECT_EQ(again.size(), QSize(713, 517));
    QSettings().clear();
}

} // namespace
} // namespace bplab::ui

#include "help_window_test.moc"

#include "ui/common/guide_browser.h"

#include "ui/common/guide_contents.h"
#include "ui/common/heading_anchors.h"

#include <QDesktopServices>
#include <QFile>
#include <QImageReader>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <utility>
#include <vector>

namespace bplab::ui {

namespace {
bool isMarkdown(const QUrl& url) { return url.path().endsWith(QLatin1String(".md")); }
bool isHtml(const QUrl& url) {
    return url.path().endsWith(QLatin1String(".html")) || url.path().endsWith(QLatin1String(".htm"));
}
} // namespace

GuideBrowser::GuideBrowser(QWidget* parent)
    : QTextBrowser(parent) {
    // doSetSource() decides where a link goes, one rule for a click and for setSource().
    setOpenExternalLinks(false);
    document()->setUndoRedoEnabled(false); // the anchors and picture widths are no edits to undo
    connect(this, &QTextBrowser::sourceChanged, this, &GuideBrowser::prepareShownPage);
}

void GuideBrowser::doSetSource(const QUrl& name, QTextDocument::ResourceType type) {
    const QString scheme = name.scheme();
    if (!name.isRelative() && scheme != QLatin1String("qrc") && scheme != QLatin1String("file")) {
        QDesktopServices::openUrl(name); // http, https, mailto: the page stays as it is
        return;
    }
    QTextBrowser::doSetSource(name, type);
}

QVariant GuideBrowser::loadResource(int type, const QUrl& name) {
    const QUrl url = m_page.resolved(name);
    if (type == QTextDocument::ImageResource || url.scheme() != QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    if (!isCompiledIn(url)) return missingFilePage(url, type);
    if (type == QTextDocument::HtmlResource && !isMarkdown(url) && !isHtml(url)) {
        // A plain text file (the licence): kept as written, not run together as HTML would.
        QFile file(QLatin1Char(':') + url.path());
        if (!file.open(QIODevice::ReadOnly)) return {};
        return QStringLiteral("<pre>%1</pre>").arg(QString::fromUtf8(file.readAll()).toHtmlEscaped());
    }
    return QTextBrowser::loadResource(type, name);
}

QString GuideBrowser::missingFilePage(const QUrl& url, int type) const {
    const QString file = url.path().mid(1); // its path in Backprop Lab's source: docs/development.md
    const QString title = tr("Not in the built-in help");
    const QString text = tr("%1 is not part of the help built into Backprop Lab. It comes with Backprop "
                            "Lab's source code: open that file there.");
    const QString back = tr("Back to the contents");
    const QString contents = guideUrl({}).toString();
    if (type == QTextDocument::MarkdownResource)
        return QStringLiteral("# %1\n\n%2\n\n[%3](%4)\n")
            .arg(title, text.arg(QLatin1Char('`') + file + QLatin1Char('`')), back, contents);
    return QStringLiteral("<h1>%1</h1><p>%2</p><p><a href=\"%4\">%3</a></p>")
        .arg(title.toHtmlEscaped(), text.arg(QStringLiteral("<code>%1</code>").arg(file.toHtmlEscaped())),
             back, contents);
}

void GuideBrowser::prepareShownPage(const QUrl& url) {
    m_page = url;
    // Every load, also of the page shown: Qt reloads a page whose document changed (as these changes
    // do) when a link points into it. On a page already prepared, nothing changes.
    const bool named = addHeadingAnchors(document()) > 0;
    fitPictures();
    // Qt scrolled to the anchor before the headings had names.
    if (named && url.hasFragment()) scrollToAnchor(url.fragment());
}

void GuideBrowser::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    fitPictures();
}

void GuideBrowser::fitPictures() {
    // Less a character's width: a line as wide as the page still gets a horizontal scroll bar.
    const int room =
        viewport()->width() - 2 * qRound(document()->documentMargin()) - fontMetrics().averageCharWidth();
    if (room <= 0) return;
    // Collected first: changing a fragment's format may merge it with its neighbours.
    std::vector<std::pair<int, QTextImageFormat>> changes;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) continue;
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            const QUrl address = m_page.resolved(QUrl(picture.name()));
            const QSize natural = QImageReader(QLatin1Char(':') + address.path()).size();
            if (!natural.isValid()) continue;
            const int width = qMin(natural.width(), room);
            if (qRound(picture.width()) == width) continue;
            picture.setWidth(width); // the height follows, in proportion
            changes.emplace_back(fragment.position(), picture);
        }
    }
    for (const auto& [position, picture] : changes) {
        QTextCursor cursor(document());
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor); // a picture is one character
        cursor.setCharFormat(picture);
    }
}

} // namespace bplab::ui

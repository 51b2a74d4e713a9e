#pragma once

#include <QTextBrowser>

namespace bplab::ui {

// Shows the compiled-in guide (guide_contents.h): Markdown pages with their pictures, links between
// pages and to a heading (#anchor), back and forward. A web address opens in the system's browser; a
// link to a file the resources do not hold (a developer page, a source file) shows a page that says
// so and where to find it, never a blank one. Pictures wider than the page are shrunk to fit it.
class GuideBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget* parent = nullptr);

    QVariant loadResource(int type, const QUrl& name) override;

protected:
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Anchors for the headings and pictures that fit, then the scroll to the link's #anchor that Qt
    // tried before the headings had names.
    void prepareShownPage(const QUrl& url);
    void fitPictures();
    QString missingFilePage(const QUrl& url, int type) const;

    // The page shown, against which its links and pictures resolve. Not source(): that follows only
    // after sourceChanged, when the history has taken the page.
    QUrl m_page;
};

} // namespace bplab::ui

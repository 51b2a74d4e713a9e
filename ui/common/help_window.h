#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;

namespace bplab::ui {

class GuideBrowser;

// Help › User guide: the guide's pages in a list (in the order of docs/README.md, then the licence)
// beside the page shown. A window of its own, not modal, so the student reads and works side by side;
// its size is remembered.
class HelpWindow : public QWidget {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);
    ~HelpWindow() override;

    // Shows the page at `page`, a path under docs/ ("guide/sheet.md", "guide/exports.md#anchor"); an
    // empty one is the index.
    void showPage(const QString& page);

    GuideBrowser* browser() const { return m_browser; }
    QListWidget* pageList() const { return m_pages; }

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createNavigation();
    // The list follows the page shown, however it was reached (a link, Back).
    void selectListedPage(const QUrl& url);

    QListWidget* m_pages;
    GuideBrowser* m_browser;
    QToolButton* m_back;
    QToolButton* m_forward;
};

} // namespace bplab::ui

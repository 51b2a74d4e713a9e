#include "ui/common/help_window.h"

#include "ui/common/app_settings.h"
#include "ui/common/guide_browser.h"
#include "ui/common/guide_contents.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_pages(new QListWidget(this))
    , m_browser(new GuideBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this)) {
    // The desktop adds " — Backprop Lab" (the application's display name) to a title that does not end in it.
    setWindowTitle(tr("User Guide"));
    m_pages->setAccessibleName(tr("Guide pages"));
    m_browser->setAccessibleName(tr("Guide page"));
    for (const GuidePage& page : guideContents()) {
        auto* item = new QListWidgetItem(page.title, m_pages);
        item->setData(Qt::UserRole, guideUrl(page.path));
    }
    auto* licence = new QListWidgetItem(tr("Licence"), m_pages);
    licence->setData(Qt::UserRole, licenceUrl());
    connect(m_pages, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { m_browser->setSource(item->data(Qt::UserRole).toUrl()); });
    connect(m_pages, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && item->data(Qt::UserRole).toUrl() != m_browser->source().adjusted(QUrl::RemoveFragment))
            m_browser->setSource(item->data(Qt::UserRole).toUrl());
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::selectListedPage);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_pages);
    splitter->addWidget(createNavigation());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 680});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    if (!restoreGeometry(AppSettings().helpWindowGeometry())) resize(900, 640); // fits 1366×768
}

HelpWindow::~HelpWindow() {
    if (isVisible()) AppSettings().setHelpWindowGeometry(saveGeometry()); // open when the app quits
}

QWidget* HelpWindow::createNavigation() {
    auto* back = new QAction(tr("&Back"), this);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(
        tr("The page shown before this one (%1)").arg(back->shortcut().toString(QKeySequence::NativeText)));
    auto* forward = new QAction(tr("&Forward"), this);
    forward->setShortcut(QKeySequence::Forward);
    forward->setToolTip(
        tr("The page left with Back (%1)").arg(forward->shortcut().toString(QKeySequence::NativeText)));
    addActions({back, forward});
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    m_back->setDefaultAction(back);
    m_forward->setDefaultAction(forward);

    auto* pane = new QWidget(this);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_back);
    row->addWidget(m_forward);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_browser, 1);
    return pane;
}

void HelpWindow::showPage(const QString& page) {
    m_browser->setSource(guideUrl(page));
    show();
    raise();
    activateWindow();
}

void HelpWindow::selectListedPage(const QUrl& url) {
    const QUrl page = url.adjusted(QUrl::RemoveFragment);
    for (int row = 0; row < m_pages->count(); ++row) {
        if (m_pages->item(row)->data(Qt::UserRole).toUrl() == page) {
            const QSignalBlocker quiet(m_pages); // selecting it must not load it again
            m_pages->setCurrentRow(row);
            return;
        }
    }
    const QSignalBlocker quiet(m_pages);
    m_pages->setCurrentRow(-1); // a page the list does not name (a missing file): a click goes back
}

void HelpWindow::hideEvent(QHideEvent* event) {
    AppSettings().setHelpWindowGeometry(saveGeometry());
    QWidget::hideEvent(event);
}

} // namespace bplab::ui

#include "ui/mnist/results/results_splitter.h"

#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

namespace bplab::ui {

namespace {
// The lower pane's share when its tab needs no more: the charts are what a run is about.
constexpr double kDefaultLowerShare = 0.34;
} // namespace

ResultsSplitter::ResultsSplitter(QWidget* charts, QTabWidget* lowerTabs, QWidget* parent)
    : QSplitter(Qt::Vertical, parent)
    , m_lowerTabs(lowerTabs) {
    addWidget(charts);
    addWidget(lowerTabs);
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);
    setCollapsible(0, false);
    connect(lowerTabs, &QTabWidget::currentChanged, this, &ResultsSplitter::fitLowerTab);
    connect(this, &QSplitter::splitterMoved, this, [this] { m_sizedByUser = true; });
}

int ResultsSplitter::wantedLowerHeight() const {
    const int total = height() - handleWidth();
    const QWidget* page = m_lowerTabs->currentWidget();
    const int needed =
        (page ? page->sizeHint().height() : 0) + m_lowerTabs->tabBar()->sizeHint().height() + 8;
    const int least = static_cast<int>(total * kDefaultLowerShare);
    const int most = static_cast<int>(total * kMostForLowerTabs);
    return std::clamp(needed, least, std::max(least, most));
}

void ResultsSplitter::resizeEvent(QResizeEvent* event) {
    QSplitter::resizeEvent(event);
    fitLowerTab(); // the window's first sizes come and go (a window manager maximises it after show)
}

void ResultsSplitter::fitLowerTab() {
    if (m_sizedByUser || height() <= 0) return;
    const int total = height() - handleWidth();
    const int lower = wantedLowerHeight();
    setSizes({total - lower, lower});
}

} // namespace bplab::ui

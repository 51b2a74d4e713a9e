#include "ui/sheet/sheet_splitters.h"

#include "ui/common/widget_helpers.h"
#include "ui/sheet/sheet_settings.h"

#include <QEvent>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

namespace bplab::ui {

SheetSplitters::SheetSplitters(QWidget* controls, QWidget* sheet, QWidget* lesson, QWidget* lowerTabs,
                               QWidget* chart, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_right(new QSplitter(Qt::Vertical, this))
    , m_top(new QSplitter(Qt::Horizontal, this))
    , m_bottom(new QSplitter(Qt::Horizontal, this))
    , m_lesson(lesson)
    , m_lowerTabs(lowerTabs) {
    // A long lesson scrolls rather than pushing the table off the screen.
    const bool shown = !lesson->isHidden();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(lesson); // (shows it)
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    nameScrollArea(scroll, tr("Lesson"));
    scroll->setMinimumWidth(std::max(lesson->minimumWidth(), lesson->minimumSizeHint().width()) +
                            scroll->verticalScrollBar()->sizeHint().width());
    lesson->setVisible(shown);
    scroll->setVisible(shown);
    m_lessonScroll = scroll;
    lesson->installEventFilter(this);
    m_bottom->installEventFilter(this);
    m_right->installEventFilter(this);
    connect(m_bottom, &QSplitter::splitterMoved, this, [this] { m_bottomSizedByUser = true; });
    connect(m_right, &QSplitter::splitterMoved, this, [this] { m_rowsSizedByUser = true; });

    m_top->addWidget(sheet);
    m_top->addWidget(scroll);
    m_top->setStretchFactor(0, 1);
    m_top->setStretchFactor(1, 0);
    m_top->setCollapsible(0, false);

    chart->setMinimumWidth(kMinimumChartWidth);
    m_bottom->addWidget(lowerTabs);
    m_bottom->addWidget(chart);
    m_bottom->setStretchFactor(0, 0);
    m_bottom->setStretchFactor(1, 1); // a larger window widens the chart
    m_bottom->setCollapsible(1, false);

    m_right->addWidget(m_top);
    m_right->addWidget(m_bottom);
    m_right->setStretchFactor(0, 1);
    m_right->setStretchFactor(1, 1);

    addWidget(controls);
    addWidget(m_right);
    setStretchFactor(0, 0);
    setStretchFactor(1, 1);
    setCollapsible(1, false);
}

bool SheetSplitters::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_bottom && event->type() == QEvent::Resize && !m_bottomSizedByUser) proposeBottomSizes();
    if (watched == m_right && event->type() == QEvent::Resize && !m_rowsSizedByUser &&
        m_lessonScroll->isHidden())
        proposeRowSizes();
    if (watched == m_lesson &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)) {
        const bool opening = event->type() == QEvent::ShowToParent && m_lessonScroll->isHidden();
        m_lessonScroll->setVisible(event->type() == QEvent::ShowToParent);
        // A lesson that opens takes its own width from the table, not whatever the splitter had left.
        if (opening) {
            const int total = m_top->width() - m_top->handleWidth();
            const int lesson = m_lessonScroll->minimumWidth();
            if (total > lesson) m_top->setSizes({total - lesson, lesson});
            // and height enough for its text, up to a little over half the tab: the chart below
            // keeps the rest.
            const QList<int> rows = m_right->sizes();
            const int height = rows.value(0) + rows.value(1);
            const QLayout* layout = m_lesson->layout();
            const int needed = layout && layout->hasHeightForWidth()
                                   ? layout->totalHeightForWidth(m_lesson->minimumWidth())
                                   : m_lesson->sizeHint().height();
            const int wanted = std::min(needed, height * 11 / 20);
            if (rows.size() == 2 && rows[0] < wanted) m_right->setSizes({wanted, height - wanted});
        }
    }
    return QSplitter::eventFilter(watched, event);
}

void SheetSplitters::proposeBottomSizes() {
    const int total = m_bottom->width() - m_bottom->handleWidth();
    if (total <= kMinimumChartWidth) return;
    // Every tab's title in view where the chart can spare it (a tab bar otherwise scrolls, and hides
    // the last tabs behind its arrows).
    const auto* tabWidget = qobject_cast<const QTabWidget*>(m_lowerTabs);
    const int wanted =
        tabWidget ? tabWidget->tabBar()->sizeHint().width() + 8 : m_lowerTabs->sizeHint().width();
    const int tabs = std::min(wanted, total - kMinimumChartWidth);
    m_bottom->setSizes({tabs, total - tabs});
}

void SheetSplitters::proposeRowSizes() {
    // Shorter tabs keep the splitter's own sharing, which gives the chart what ScreenFit checks.
    const int total = m_right->height() - m_right->handleWidth();
    if (total > 2 * kComfortableLowerHeight)
        m_right->setSizes({total - kComfortableLowerHeight, kComfortableLowerHeight});
}

void SheetSplitters::restoreStates(const SheetSettings& settings) {
    restoreState(settings.splitterState(QStringLiteral("main")));
    m_rowsSizedByUser = m_right->restoreState(settings.splitterState(QStringLiteral("right")));
    m_top->restoreState(settings.splitterState(QStringLiteral("top")));
    m_bottomSizedByUser = m_bottom->restoreState(settings.splitterState(QStringLiteral("bottom")));
}

void SheetSplitters::saveStates(SheetSettings& settings) const {
    settings.setSplitterState(QStringLiteral("main"), saveState());
    settings.setSplitterState(QStringLiteral("right"), m_right->saveState());
    settings.setSplitterState(QStringLiteral("top"), m_top->saveState());
    settings.setSplitterState(QStringLiteral("bottom"), m_bottom->saveState());
}

} // namespace bplab::ui

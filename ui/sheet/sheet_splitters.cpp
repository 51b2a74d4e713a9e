#include "ui/sheet/sheet_splitters.h"

#include "ui/sheet/sheet_settings.h"

namespace bplab::ui {

SheetSplitters::SheetSplitters(QWidget* controls, QWidget* sheet, QWidget* lowerTabs, QWidget* chart,
                               QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_right(new QSplitter(Qt::Vertical, this))
    , m_bottom(new QSplitter(Qt::Horizontal, this)) {
    m_bottom->addWidget(lowerTabs);
    m_bottom->addWidget(chart);
    m_bottom->setStretchFactor(0, 2);
    m_bottom->setStretchFactor(1, 3);

    m_right->addWidget(sheet);
    m_right->addWidget(m_bottom);
    m_right->setStretchFactor(0, 1);
    m_right->setStretchFactor(1, 1);

    addWidget(controls);
    addWidget(m_right);
    setStretchFactor(0, 0);
    setStretchFactor(1, 1);
}

void SheetSplitters::restoreStates(const SheetSettings& settings) {
    restoreState(settings.splitterState(QStringLiteral("main")));
    m_right->restoreState(settings.splitterState(QStringLiteral("right")));
    m_bottom->restoreState(settings.splitterState(QStringLiteral("bottom")));
}

void SheetSplitters::saveStates(SheetSettings& settings) const {
    settings.setSplitterState(QStringLiteral("main"), saveState());
    settings.setSplitterState(QStringLiteral("right"), m_right->saveState());
    settings.setSplitterState(QStringLiteral("bottom"), m_bottom->saveState());
}

} // namespace bplab::ui

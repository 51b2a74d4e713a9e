#include "ui/common/widget_helpers.h"

#include <QAction>
#include <QActionGroup>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

QAction* makeAction(const QString& text, const QString& tip, const QList<QKeySequence>& shortcuts,
                    QObject* parent) {
    auto* action = new QAction(text, parent);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcuts(shortcuts);
    return action;
}

QActionGroup* groupTabActions(const QList<QAction*>& actions, QWidget* tab) {
    auto* group = new QActionGroup(tab);
    group->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    for (QAction* action : actions) {
        group->addAction(action);
        tab->addAction(action);
    }
    return group;
}

QToolButton* makeActionButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QWidget* makeSidePanel(const QList<QWidget*>& sections, QWidget* parent) {
    auto* content = new QWidget(parent);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 4, 0);
    for (QWidget* section : sections) layout->addWidget(section);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->sizeHint().width() + 16); // room for the vertical scroll bar
    return scroll;
}

} // namespace bplab::ui

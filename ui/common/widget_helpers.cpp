#include "ui/common/widget_helpers.h"

#include <QAction>
#include <QActionGroup>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

QActionGroup* makeActionGroup(QObject* parent) {
    auto* group = new QActionGroup(parent);
    group->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    return group;
}

QAction* makeAction(QActionGroup* group, QWidget* widget, const QString& text, const QString& tip,
                    const QList<QKeySequence>& shortcuts) {
    auto* action = new QAction(text, group);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcuts(shortcuts);
    widget->addAction(action);
    return action;
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

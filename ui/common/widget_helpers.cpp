#include "ui/common/widget_helpers.h"

#include "ui/common/palette_colors.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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

QWidget* makeSidePanel(const QList<QWidget*>& scrolled, const QList<QWidget*>& pinned, QWidget* parent) {
    auto* panel = new QWidget(parent);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    int width = 0;
    if (!scrolled.isEmpty()) {
        auto* content = new QWidget(panel);
        auto* layout = new QVBoxLayout(content);
        layout->setContentsMargins(0, 0, 4, 0);
        for (QWidget* section : scrolled) layout->addWidget(section);
        layout->addStretch(1);
        auto* scroll = new QScrollArea(panel);
        scroll->setWidget(content);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        nameScrollArea(scroll, QCoreApplication::translate("SidePanel", "Settings"));
        width = content->sizeHint().width() + 16; // room for the vertical scroll bar
        column->addWidget(scroll, 1);
    }
    for (QWidget* section : pinned) {
        column->addWidget(section);
        width = std::max(width, section->sizeHint().width());
    }
    if (scrolled.isEmpty()) column->addStretch(1);
    panel->setMinimumWidth(width);
    return panel;
}

ScopedPalette::ScopedPalette(QWidget* widget, const QPalette& palette)
    : m_widget(widget)
    , m_hadOwnPalette(widget->testAttribute(Qt::WA_SetPalette))
    , m_own(widget->palette()) {
    widget->setPalette(palette);
}

ScopedPalette::~ScopedPalette() {
    // An empty palette resolves every colour from the parent again: the widget follows theme changes.
    m_widget->setPalette(m_hadOwnPalette ? m_own : QPalette());
    m_widget->setAttribute(Qt::WA_SetPalette, m_hadOwnPalette);
}

namespace {
// Re-colours its label whenever the label's palette changes (the label's own setPalette inside
// excepted: it changes nothing the filter would).
class ReadableColour : public QObject {
public:
    ReadableColour(QLabel* label, const QColor& hue)
        : QObject(label)
        , m_label(label)
        , m_hue(hue) {
        apply();
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_label && event->type() == QEvent::PaletteChange) apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply() {
        const QColor wanted = readableOn(m_hue, m_label->palette().color(QPalette::Window));
        if (m_label->palette().color(QPalette::WindowText) == wanted) return;
        QPalette colours = m_label->palette();
        colours.setColor(QPalette::WindowText, wanted);
        m_label->setPalette(colours);
    }

    QLabel* m_label;
    QColor m_hue;
};
} // namespace

void keepReadableColour(QLabel* label, const QColor& hue) { new ReadableColour(label, hue); }

void nameScrollArea(QScrollArea* area, const QString& name) {
    area->setAccessibleName(name);
    const QString scroll = QCoreApplication::translate("SidePanel", "Scroll %1").arg(name);
    area->verticalScrollBar()->setAccessibleName(scroll);
    area->horizontalScrollBar()->setAccessibleName(scroll);
}

} // namespace bplab::ui

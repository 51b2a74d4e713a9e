#include "ui/sheet/sheet_action.h"

#include <QAction>

namespace bplab::ui {

QAction* makeSheetAction(const QString& text, const QString& tip, const QList<QKeySequence>& keys,
                         QObject* parent) {
    auto* action = new QAction(text, parent);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcuts(keys);
    return action;
}

} // namespace bplab::ui

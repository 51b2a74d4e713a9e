#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QObject;

namespace bplab::ui {

// An action of the "Sheet" menu: `tip` is both its tooltip and its status-bar text, and `keys` its
// shortcuts. The tab adds every such action to itself, so the shortcuts work window-wide.
QAction* makeSheetAction(const QString& text, const QString& tip, const QList<QKeySequence>& keys,
                         QObject* parent);

} // namespace bplab::ui

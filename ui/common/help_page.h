#pragma once

#include <QString>

class QWidget;

namespace bplab::ui {

// F1 opens the user guide's page about the view that has the focus. A view declares its page where it
// is built, as a path under docs/ ("guide/sheet.md"); the nearest declaring ancestor of the focused
// widget wins, so a panel inside a tab can name a page of its own.
void setHelpPage(QWidget* widget, const QString& page);
// The page declared by `widget` or its nearest ancestor that declares one; empty when none does (the
// guide's index then). A dialog counts its parent as an ancestor.
QString helpPageFor(const QWidget* widget);

} // namespace bplab::ui

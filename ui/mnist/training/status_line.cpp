#include "ui/mnist/training/status_line.h"

namespace bplab::ui {

StatusLine::StatusLine(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
}

void StatusLine::say(const QString& message) {
    if (message.isEmpty()) return;
    setText(message);
    Q_EMIT said(message);
}

void StatusLine::announce() {
    if (!text().isEmpty()) Q_EMIT said(text());
}

} // namespace bplab::ui

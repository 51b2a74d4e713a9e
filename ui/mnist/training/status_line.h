#pragma once

#include <QLabel>

namespace bplab::ui {

// The MNIST tab's line of sentences under the progress bar: the last thing any of its panes said. The
// window's status bar repeats it (said()), also when the tab is shown again (announce()).
class StatusLine : public QLabel {
    Q_OBJECT
public:
    explicit StatusLine(QWidget* parent = nullptr);

    // Shows `message` and repeats it through said(); an empty one (a cancelled dialog) changes nothing.
    void say(const QString& message);
    // Says the last message again; nothing before the first.
    void announce();

Q_SIGNALS:
    void said(const QString& message);
};

} // namespace bplab::ui

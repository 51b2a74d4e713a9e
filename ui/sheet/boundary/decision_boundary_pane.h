#pragma once

#include <QWidget>

class QAction;

namespace bplab::ui {

class DecisionBoundaryView;

// The decision boundary tab: the picture (DecisionBoundaryView) under a tool bar whose "Export
// image…" writes it as PNG or SVG, as the other lower tabs export theirs. The export is on only while
// there is a picture (a network with two inputs).
class DecisionBoundaryPane : public QWidget {
    Q_OBJECT
public:
    explicit DecisionBoundaryPane(QWidget* parent = nullptr);

    DecisionBoundaryView* view() const { return m_view; }
    QAction* exportImageAction() const { return m_exportImage; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    DecisionBoundaryView* m_view;
    QAction* m_exportImage;
};

} // namespace bplab::ui

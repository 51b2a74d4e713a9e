#pragma once

#include <QSplitter>

class QTabWidget;

namespace bplab::ui {

// The MNIST tab's right side: the charts of a run above, the lower tabs (Try it, Confusion matrix,
// Inside the network, …) below. The charts are the main pane, but a lower tab that needs more height
// than its share (Inside the network's stages and saliency map) gets it when it is shown, up to
// kMostForLowerTabs of the height, so it can be seen without scrolling; a smaller tab gives the room
// back. Once the user drags the handle, their sizes stand.
class ResultsSplitter : public QSplitter {
    Q_OBJECT
public:
    static constexpr double kMostForLowerTabs = 0.5;

    ResultsSplitter(QWidget* charts, QTabWidget* lowerTabs, QWidget* parent = nullptr);

    // The lower pane's height for the tab shown now, at the splitter's current height.
    int wantedLowerHeight() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitLowerTab();

    QTabWidget* m_lowerTabs;
    bool m_sizedByUser = false;
};

} // namespace bplab::ui

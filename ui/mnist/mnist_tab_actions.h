#pragma once

#include <QList>

class QAction;
class QActionGroup;
class QWidget;

namespace bplab::ui {

// The MNIST tab's actions: text, tip and shortcut of each, in one group the window switches off
// while another tab is shown. The tab connects them and decides when each is enabled; the window
// puts them in its menus.
struct MnistTabActions {
    // The actions belong to `tab`: their shortcuts work while it is shown.
    explicit MnistTabActions(QWidget* tab);

    // In menu order.
    QList<QAction*> all() const;

    QAction* train;
    QAction* stop;
    QAction* resume;
    QAction* saveModel;
    QAction* loadModel;
    QAction* chooseData;
    QAction* exportAccuracy;
    QAction* exportLoss;
    QAction* exportCsv;
    QActionGroup* group = nullptr; // all of the above
};

} // namespace bplab::ui

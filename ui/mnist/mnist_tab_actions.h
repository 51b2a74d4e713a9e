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

    QList<QAction*> all() const;
    // The window's menus, in order, each in sections that separators divide.
    QList<QList<QAction*>> fileSections() const;     // exports; checkpoints; data
    QList<QList<QAction*>> trainingSections() const; // train, stop, resume; find a rate, restore defaults

    QAction* train;
    QAction* stop;
    QAction* resume;
    QAction* saveModel;
    QAction* loadModel;
    QAction* chooseData;
    QAction* getMnist;
    QAction* exportAccuracy;
    QAction* exportLoss;
    QAction* exportCsv;
    QAction* exportPerClassChart;
    QAction* exportPerClassCsv;
    QAction* exportInside; // the "Inside the network" pictures and values
    QAction* restoreDefaults;
    QAction* findLearningRate;
    QActionGroup* group = nullptr; // all of the above
};

} // namespace bplab::ui

#pragma once

#include <QWidget>

class QComboBox;
class QStackedWidget;

namespace bplab::ui {

class NetworkValuesPanel;
class SheetInputsPanel;

// The top of the sheet tab's left column: which network the sheet computes (the seed's 2-2-2, or the
// student's own), and under it that network's values panel.
class SheetValuesStack : public QWidget {
    Q_OBJECT
public:
    SheetValuesStack(SheetInputsPanel* seedValues, NetworkValuesPanel* ownValues, QWidget* parent = nullptr);

    QComboBox* networkBox() const { return m_network; }
    // Shows the values panel of the network shown, without announcing a choice.
    void showOwnNetwork(bool own);

Q_SIGNALS:
    // The student picked the seed sheet (false) or their own network (true).
    void ownNetworkPicked(bool own);

private:
    QComboBox* m_network;
    QStackedWidget* m_pages;
};

} // namespace bplab::ui

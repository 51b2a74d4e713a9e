#pragma once

#include <QObject>
#include <QString>

namespace bplab::ui {

class NetworkValuesPanel;
class SheetDocument;
class SheetSettings;
class SheetValuesStack;

// Connects the student's own network to the sheet: the network box and the own network's values
// panel to the document (each edit validated there; a refused one is said in a sentence and the panel
// shows back what the sheet kept), and the own network to the settings, so it survives a restart.
class OwnNetworkController : public QObject {
    Q_OBJECT
public:
    OwnNetworkController(SheetDocument* document, SheetValuesStack* stack, NetworkValuesPanel* panel,
                         QObject* parent = nullptr);

    // A starting weight or bias the student typed into row 0 of the table (SheetTableModel).
    void setStartingValue(int quantity, double value);

    void restoreSettings(const SheetSettings& settings);
    void saveSettings(SheetSettings& settings) const;

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void onOwnNetworkPicked(bool own);
    void showDocument(); // the own network's values and iterations into the panel

    SheetDocument* m_document;
    SheetValuesStack* m_stack;
    NetworkValuesPanel* m_panel;
};

} // namespace bplab::ui

#pragma once

#include <QByteArray>
#include <QSettings>

namespace bplab::ui {

// Every persistent setting of the app, with its key and default, in one place. Uses the
// organisation and application names that main() sets, so tests that enable
// QStandardPaths::setTestModeEnabled never touch a user's real settings.
class AppSettings {
public:
    AppSettings() = default;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    int currentTab() const; // default 0: the Backprop sheet
    void setCurrentTab(int index);

private:
    QSettings m_settings;
};

} // namespace bplab::ui

#pragma once

#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QString>

namespace bplab::ui {

// The window's and the exports' persistent settings, each with its key and default. Each feature
// keeps its own keys beside it (SheetSettings, MnistSettings). All use the organisation and
// application names that main() sets, so tests that enable QStandardPaths::setTestModeEnabled never
// touch a user's real settings.
class AppSettings {
public:
    AppSettings() = default;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    int currentTab() const; // default 0: the Backprop sheet
    void setCurrentTab(int index);

    // ---- export ----
    QSize exportSize() const; // default 1200 × 800
    void setExportSize(QSize size);
    QString exportDirectory() const; // default: the user's Pictures folder
    void setExportDirectory(const QString& directory);

private:
    QSettings m_settings;
};

} // namespace bplab::ui

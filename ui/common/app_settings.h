#pragma once

#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QString>
#include <QStringList>

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
    // View › Theme, as themeChoiceKey() writes it; default "system" (follow the desktop).
    QString theme() const;
    void setTheme(const QString& key);
    // View › Language: a language code ("de") or "system" (the default: follow the desktop).
    QString language() const;
    void setLanguage(const QString& code);
    QByteArray helpWindowGeometry() const; // Help › User guide's window; default none (its own size)
    void setHelpWindowGeometry(const QByteArray& geometry);

    // ---- export ----
    QSize exportSize() const; // default kDefaultChartExportWidth × kDefaultChartExportHeight
    void setExportSize(QSize size);
    // The folder export dialogs start in: the last one used, else Pictures, else home; always one
    // that exists (a save into a missing folder fails, and we create no folder the user did not ask for).
    QString exportDirectory() const;
    void setExportDirectory(const QString& directory);
    // Whether exported pictures take the window's colours (default: no, the light look).
    bool exportInWindowColours() const;
    void setExportInWindowColours(bool inWindowColours);

private:
    QSettings m_settings;
};

// The first of `candidates` that is an existing folder, else the home folder.
QString firstExistingFolder(const QStringList& candidates);

} // namespace bplab::ui

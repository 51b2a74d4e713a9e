#include "ui/common/app_settings.h"

#include "ui/common/app_language.h"
#include "ui/common/chart_export_limits.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bplab::ui {

namespace {
constexpr auto kWindowGeometry = "window/geometry";
constexpr auto kWindowState = "window/state";
constexpr auto kCurrentTab = "window/currentTab";
constexpr auto kTheme = "window/theme";
constexpr auto kLanguage = "window/language";
constexpr auto kHelpWindowGeometry = "help/geometry";
constexpr auto kExportSize = "export/size";
constexpr auto kExportDirectory = "export/directory";
constexpr auto kExportInWindowColours = "export/windowColours";
} // namespace

QByteArray AppSettings::windowGeometry() const { return m_settings.value(kWindowGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    m_settings.setValue(kWindowGeometry, geometry);
}
QByteArray AppSettings::windowState() const { return m_settings.value(kWindowState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& state) { m_settings.setValue(kWindowState, state); }
int AppSettings::currentTab() const { return m_settings.value(kCurrentTab, 0).toInt(); }
void AppSettings::setCurrentTab(int index) { m_settings.setValue(kCurrentTab, index); }
QString AppSettings::theme() const { return m_settings.value(kTheme, QStringLiteral("system")).toString(); }
void AppSettings::setTheme(const QString& key) { m_settings.setValue(kTheme, key); }
QString AppSettings::language() const {
    return m_settings.value(kLanguage, QString::fromLatin1(kSystemLanguage)).toString();
}
void AppSettings::setLanguage(const QString& code) { m_settings.setValue(kLanguage, code); }
QByteArray AppSettings::helpWindowGeometry() const {
    return m_settings.value(kHelpWindowGeometry).toByteArray();
}
void AppSettings::setHelpWindowGeometry(const QByteArray& geometry) {
    m_settings.setValue(kHelpWindowGeometry, geometry);
}

QSize AppSettings::exportSize() const {
    return m_settings.value(kExportSize, QSize(kDefaultChartExportWidth, kDefaultChartExportHeight)).toSize();
}
void AppSettings::setExportSize(QSize size) { m_settings.setValue(kExportSize, size); }

QString AppSettings::exportDirectory() const {
    return firstExistingFolder({m_settings.value(kExportDirectory).toString(),
                                QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)});
}
void AppSettings::setExportDirectory(const QString& directory) {
    m_settings.setValue(kExportDirectory, directory);
}
bool AppSettings::exportInWindowColours() const {
    return m_settings.value(kExportInWindowColours, false).toBool();
}
void AppSettings::setExportInWindowColours(bool inWindowColours) {
    m_settings.setValue(kExportInWindowColours, inWindowColours);
}

QString firstExistingFolder(const QStringList& candidates) {
    for (const QString& folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir()) return folder;
    }
    return QDir::homePath();
}

} // namespace bplab::ui

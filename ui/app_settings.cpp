#include "app_settings.h"

namespace bplab::ui {

namespace {
constexpr auto kWindowGeometry = "window/geometry";
constexpr auto kWindowState = "window/state";
constexpr auto kCurrentTab = "window/currentTab";
} // namespace

QByteArray AppSettings::windowGeometry() const { return m_settings.value(kWindowGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& geometry) { m_settings.setValue(kWindowGeometry, geometry); }

QByteArray AppSettings::windowState() const { return m_settings.value(kWindowState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& state) { m_settings.setValue(kWindowState, state); }

int AppSettings::currentTab() const { return m_settings.value(kCurrentTab, 0).toInt(); }
void AppSettings::setCurrentTab(int index) { m_settings.setValue(kCurrentTab, index); }

} // namespace bplab::ui

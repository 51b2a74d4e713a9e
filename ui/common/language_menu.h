#pragma once

#include <QObject>

class QActionGroup;
class QMenu;
class QWidget;

namespace bplab::ui {

// View › Language: follow the system, or one of the languages the window speaks, each named in itself.
// The choice is remembered (AppSettings::language) and takes effect at the next start: every label is
// built once, in the language installed before the window (app/main.cpp).
class LanguageMenu : public QObject {
    Q_OBJECT
public:
    LanguageMenu(QMenu* viewMenu, QWidget* window);

    QActionGroup* actions() const { return m_actions; }

private:
    void choose(const QString& setting, const QString& name);

    QWidget* m_window;
    QActionGroup* m_actions;
};

} // namespace bplab::ui

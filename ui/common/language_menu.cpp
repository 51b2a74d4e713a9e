#include "ui/common/language_menu.h"

#include "ui/common/app_language.h"
#include "ui/common/app_settings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>

namespace bplab::ui {

LanguageMenu::LanguageMenu(QMenu* viewMenu, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_actions(new QActionGroup(this)) {
    QMenu* menu = viewMenu->addMenu(tr("&Language"));
    const QString saved = AppSettings().language();
    auto add = [&](const QString& setting, const QString& text, const QString& name) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(setting);
        action->setChecked(setting == saved);
        m_actions->addAction(action);
        connect(action, &QAction::triggered, this, [this, setting, name] { choose(setting, name); });
    };
    add(QString::fromLatin1(kSystemLanguage), tr("Follow the &system"), tr("the desktop's language"));
    menu->addSeparator();
    // The menu lists each language in its own words; the sentence names it in the window's.
    for (const WindowLanguage& language : windowLanguages())
        add(language.code, language.name,
            QCoreApplication::translate("LanguageMenu", language.nameInSentence));
    if (!m_actions->checkedAction())
        m_actions->actions().constFirst()->setChecked(true); // an unknown setting
}

void LanguageMenu::choose(const QString& setting, const QString& name) {
    AppSettings settings;
    if (settings.language() == setting) return;
    settings.setLanguage(setting);
    QMessageBox::information(
        m_window, tr("Language"),
        tr("Backprop Lab speaks %1 from its next start. To switch now, save what you want "
           "to keep, then close Backprop Lab and open it again.")
            .arg(name));
}

} // namespace bplab::ui

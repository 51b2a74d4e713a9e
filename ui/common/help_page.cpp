#include "ui/common/help_page.h"

#include <QVariant>
#include <QWidget>

namespace bplab::ui {

namespace {
// A dynamic property: a tab sets it in one line, without knowing about the help window.
constexpr auto kHelpPageProperty = "helpPage";
} // namespace

void setHelpPage(QWidget* widget, const QString& page) { widget->setProperty(kHelpPageProperty, page); }

QString helpPageFor(const QWidget* widget) {
    for (const QWidget* w = widget; w != nullptr; w = w->parentWidget()) {
        const QString page = w->property(kHelpPageProperty).toString();
        if (!page.isEmpty()) return page;
    }
    return {};
}

} // namespace bplab::ui

#include "ui/common/wheel_guard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>

namespace bplab::ui {

namespace {
// Passes the wheel on to the scroll area around the box while the box has no focus.
class WheelGuard : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Wheel) return false;
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->hasFocus()) return false;
        // To the scroll area the box sits in. Sent, not posted: Qt passes a sent wheel event to no
        // parent by itself, so it goes to the area's viewport directly (its position does not matter).
        for (QWidget* above = widget->parentWidget(); above; above = above->parentWidget()) {
            if (auto* area = qobject_cast<QAbstractScrollArea*>(above)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                break;
            }
        }
        return true;
    }
};
} // namespace

void takeWheelOnlyWhenFocused(QWidget* root) {
    auto* guard = new WheelGuard(root);
    const auto guardBox = [guard](QWidget* box) {
        box->setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: the wheel alone gives no focus
        box->installEventFilter(guard);
    };
    for (QAbstractSpinBox* box : root->findChildren<QAbstractSpinBox*>()) guardBox(box);
    for (QComboBox* box : root->findChildren<QComboBox*>()) guardBox(box);
}

} // namespace bplab::ui

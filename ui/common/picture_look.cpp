#include "ui/common/picture_look.h"

#include "ui/common/app_theme.h"

#include <QWidget>

namespace bplab::ui {

namespace {
// A dynamic property of the top-level window: the export in progress asked for the window's colours.
constexpr auto kWindowLook = "bplabPictureInWindowColours";

const QWidget* windowOf(const QWidget* widget) { return widget ? widget->window() : nullptr; }
} // namespace

QPalette picturePalette(const QWidget* source) {
    const QWidget* window = windowOf(source);
    if (window && window->property(kWindowLook).toBool()) return source->palette();
    return lightPalette();
}

ScopedPictureLook::ScopedPictureLook(QWidget* anyWidgetOfWindow, PictureLook look)
    : m_window(anyWidgetOfWindow ? anyWidgetOfWindow->window() : nullptr) {
    if (m_window) m_window->setProperty(kWindowLook, look == PictureLook::Window);
}

ScopedPictureLook::~ScopedPictureLook() {
    if (m_window) m_window->setProperty(kWindowLook, false);
}

} // namespace bplab::ui

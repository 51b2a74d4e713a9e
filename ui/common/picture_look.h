#pragma once

#include <QPalette>
#include <QPointer>

class QWidget;

namespace bplab::ui {

// How an exported picture is coloured. Light by default: a picture leaves the window for a page, a
// slide or a report, and should look the same whatever the desktop's theme. A teacher with a dark
// slide deck asks for the window's own colours in the export dialog.
enum class PictureLook { Light, Window };

// The palette a picture of `source` is drawn with: `source`'s own palette while an export of its
// window asked for PictureLook::Window (see ScopedPictureLook), else the light palette. The command
// line's pictures, which no dialog asked about, are light.
QPalette picturePalette(const QWidget* source);

// For its lifetime, the pictures exported from `anyWidgetOfWindow`'s window take `look`. The export
// flow holds one around the exporter it calls, so the exporters keep their (path, size) signature.
class ScopedPictureLook {
public:
    ScopedPictureLook(QWidget* anyWidgetOfWindow, PictureLook look);
    ~ScopedPictureLook();
    ScopedPictureLook(const ScopedPictureLook&) = delete;
    ScopedPictureLook& operator=(const ScopedPictureLook&) = delete;

private:
    QPointer<QWidget> m_window; // the window may close while a modal export dialog runs
};

} // namespace bplab::ui

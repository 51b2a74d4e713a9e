#pragma once

#include <QApplication>
#include <QPalette>

namespace bplab::testing {

// Sets `palette` on the application for one test (every widget gets Qt's PaletteChange, as on a
// desktop that switches to a dark theme) and puts the previous one back when it goes out of scope, so
// the next test starts light.
class ScopedApplicationPalette {
public:
    explicit ScopedApplicationPalette(const QPalette& palette)
        : m_saved(QApplication::palette()) {
        QApplication::setPalette(palette);
    }
    ~ScopedApplicationPalette() { QApplication::setPalette(m_saved); }
    ScopedApplicationPalette(const ScopedApplicationPalette&) = delete;
    ScopedApplicationPalette& operator=(const ScopedApplicationPalette&) = delete;

private:
    QPalette m_saved;
};

} // namespace bplab::testing

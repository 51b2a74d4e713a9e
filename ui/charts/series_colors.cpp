#include "ui/charts/series_colors.h"

#include <array>

namespace bplab::ui {

// Okabe–Ito's colour-blind-safe set, its black replaced by a mid grey: black vanishes on a dark card.
QColor seriesColor(int index) {
    static const std::array<QColor, 7> palette = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                                  QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                                  QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                                  QColor(0x80, 0x80, 0x80)};
    return palette[static_cast<std::size_t>(index) % palette.size()];
}

} // namespace bplab::ui

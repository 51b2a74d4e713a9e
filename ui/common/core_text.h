#pragma once

#include <QString>

#include <string_view>

namespace bplab::ui {

// A text of the core in the window's language. The core marks such a text with
// BPLAB_TRANSLATABLE(context, text) (core/translatable.h) and hands it out as plain UTF-8 English; this
// looks it up under the same context, and gives the English back where no translation is loaded.
QString coreText(const char* context, std::string_view text);

// A text of the core as it is (names, numbers, file text): its UTF-8 bytes as a QString, untranslated.
inline QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace bplab::ui

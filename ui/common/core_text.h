#pragma once

#include <QString>

#include <string_view>

namespace bplab::ui {

// A text of the core in the window's language. The core marks such a text with
// BPLAB_TRANSLATABLE(context, text) (core/translatable.h) and hands it out as plain UTF-8 English; this
// looks it up under the same context, and gives the English back where no translation is loaded.
QString coreText(const char* context, std::string_view text);

} // namespace bplab::ui

#include "ui/common/core_text.h"

#include <QCoreApplication>

#include <string>

namespace bplab::ui {

QString coreText(const char* context, std::string_view text) {
    if (text.empty()) return {}; // never the translation file's header, filed under an empty text
    // translate() wants a NUL-terminated key; a string_view need not end in one.
    const std::string key(text);
    return QCoreApplication::translate(context, key.c_str());
}

} // namespace bplab::ui

#pragma once

#include <string_view>

namespace bplab {

// What the core's readers of files people write by hand (a training set's CSV, a data set's
// classes.txt) share: an editor's byte order mark and the spaces around a value are not content.

// UTF-8's byte order mark, U+FEFF: some editors write it at a file's start.
inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// `text` without a byte order mark at its start.
inline std::string_view withoutByteOrderMark(std::string_view text) {
    if (text.substr(0, kUtf8ByteOrderMark.size()) == kUtf8ByteOrderMark)
        text.remove_prefix(kUtf8ByteOrderMark.size());
    return text;
}

// `text` without the spaces and tabs around it.
inline std::string_view trimmedOfSpacesAndTabs(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

} // namespace bplab

#include "core/mnist/data/class_names.h"

#include "core/plain_text.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace bplab {

namespace {

std::string englishSentence(ClassNamesProblem problem, int line, int count, const std::string& name) {
    const std::string lineText = "line " + std::to_string(line);
    switch (problem) {
    case ClassNamesProblem::NotText:
        return "The class names, " + lineText +
               ": not text (a control character, or bytes that are not UTF-8). Write one class name per "
               "line and save the file as UTF-8 text.";
    case ClassNamesProblem::EmptyName:
        return "The class names, " + lineText +
               ": an empty line between two names, which would give every later name the wrong label. "
               "Remove the line, or write the class's name on it.";
    case ClassNamesProblem::NameTooLong:
        return "The class names, " + lineText + ": \"" + name + "\" is " + std::to_string(name.size()) +
               " bytes long; at most " + std::to_string(kMaxClassNameBytes) +
               " fit the matrix and the bars. Shorten it.";
    case ClassNamesProblem::Duplicate:
        return "The class names, " + lineText + ": \"" + name +
               "\" names an earlier class too. Each class needs a name of its own.";
    case ClassNamesProblem::TooFew:
        return "The class names name " + std::to_string(count) + " class" + (count == 1 ? "" : "es") +
               ": a data set needs at least " + std::to_string(kMinClasses) + " classes to tell apart.";
    case ClassNamesProblem::TooMany:
        return "The class names name " + std::to_string(count) + " classes: the network tells at most " +
               std::to_string(kMaxClasses) + " apart. Keep " + std::to_string(kMaxClasses) + " or fewer.";
    }
    return "The class names are refused.";
}

// The length of the well-formed UTF-8 sequence at `at` (Unicode's table 3-7: no overlong forms, no
// surrogates, nothing past U+10FFFF), or 0 where the bytes there are not one.
std::size_t utf8SequenceLength(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
    const std::uint8_t lead = byte(at);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    std::uint8_t low = 0x80, high = 0xBF; // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;  // overlong below U+0800
        if (lead == 0xED) high = 0x9F; // the surrogates U+D800..U+DFFF
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;  // overlong below U+10000
        if (lead == 0xF4) high = 0x8F; // past U+10FFFF
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    if (byte(at + 1) < low || byte(at + 1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
    return length;
}

// Whether `name` is UTF-8 text without control characters (C0, DEL or C1).
bool isText(std::string_view name) {
    for (std::size_t at = 0; at < name.size();) {
        const std::size_t length = utf8SequenceLength(name, at);
        if (length == 0) return false;
        const auto lead = static_cast<std::uint8_t>(name[at]);
        if (length == 1 && (lead < 0x20 || lead == 0x7F)) return false;
        // U+0080..U+009F, the C1 controls: C2 80 .. C2 9F.
        if (length == 2 && lead == 0xC2 && static_cast<std::uint8_t>(name[at + 1]) <= 0x9F) return false;
        // U+FEFF, the byte order mark: invisible, and a first name starting with it would lose it
        // when written back (a file's leading mark is dropped).
        if (name.substr(at, length) == kUtf8ByteOrderMark) return false;
        at += length;
    }
    return true;
}

} // namespace

ClassNamesError::ClassNamesError(ClassNamesProblem problem, int line, int count, std::string name)
    : std::invalid_argument(englishSentence(problem, line, count, name))
    , m_problem(problem)
    , m_line(line)
    , m_count(count)
    , m_name(std::move(name)) {}

int checkedClassCount(int classes) {
    if (classes < kMinClasses || classes > kMaxClasses)
        throw std::invalid_argument("the CNN tells apart " + std::to_string(kMinClasses) + " to " +
                                    std::to_string(kMaxClasses) + " classes, not " + std::to_string(classes));
    return classes;
}

ClassNames ClassNames::digits(int count) {
    std::vector<std::string> names;
    for (int digit = 0; digit < count; ++digit) names.push_back(std::to_string(digit));
    return ClassNames(std::move(names));
}

ClassNames::ClassNames(std::vector<std::string> names) {
    const int count = static_cast<int>(names.size());
    // Counted first, so that a long list is not compared name by name; an empty name among the
    // first eleven is the problem to name, though (a blank line would otherwise count as a class).
    if (count > kMaxClasses) {
        for (std::size_t i = 0; i <= static_cast<std::size_t>(kMaxClasses); ++i)
            if (trimmedOfSpacesAndTabs(names[i]).empty())
                throw ClassNamesError(ClassNamesProblem::EmptyName, static_cast<int>(i) + 1, count, {});
        throw ClassNamesError(ClassNamesProblem::TooMany, 0, count, {});
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        const int line = static_cast<int>(i) + 1;
        const std::string name(trimmedOfSpacesAndTabs(names[i]));
        if (!isText(name)) throw ClassNamesError(ClassNamesProblem::NotText, line, count, {});
        if (name.empty()) throw ClassNamesError(ClassNamesProblem::EmptyName, line, count, {});
        if (name.size() > kMaxClassNameBytes)
            throw ClassNamesError(ClassNamesProblem::NameTooLong, line, count, name);
        if (std::find(m_names.begin(), m_names.end(), name) != m_names.end())
            throw ClassNamesError(ClassNamesProblem::Duplicate, line, count, name);
        m_names.push_back(name);
    }
    if (count < kMinClasses) throw ClassNamesError(ClassNamesProblem::TooFew, 0, count, {});
}

const std::string& ClassNames::name(int label) const { return m_names.at(static_cast<std::size_t>(label)); }

bool ClassNames::areDigits() const {
    for (int label = 0; label < count(); ++label)
        if (m_names[static_cast<std::size_t>(label)] != std::to_string(label)) return false;
    return true;
}

std::string ClassNames::joined(std::string_view separator) const {
    std::string text;
    for (const std::string& name : m_names) {
        if (!text.empty()) text += separator;
        text += name;
    }
    return text;
}

ClassNames parseClassesFile(std::string_view text) {
    text = withoutByteOrderMark(text);
    std::vector<std::string> lines;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(line);
        start = end + 1;
    }
    // Blank lines at the end are an editor's habit, not a class.
    while (!lines.empty() && trimmedOfSpacesAndTabs(lines.back()).empty()) lines.pop_back();
    return ClassNames(std::move(lines));
}

} // namespace bplab

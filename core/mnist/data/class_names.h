#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bplab {

// MNIST's classes, the digits 0–9: the CNN's class count unless a data set says otherwise.
inline constexpr int kMnistClasses = 10;
// How many classes a data set for the CNN may have: two at least, or there is nothing to tell apart;
// ten at most, as MNIST has (the confusion matrix, the per-class bars and the probability bars are
// laid out for up to ten rows).
inline constexpr int kMinClasses = 2;
inline constexpr int kMaxClasses = kMnistClasses;
// `classes` itself when it lies in [kMinClasses, kMaxClasses]; else std::invalid_argument saying so.
// For a class count a program chose (a network's outputs), not one a learner typed: that is ClassNames'.
int checkedClassCount(int classes);
// A class name's longest length, in bytes of UTF-8: enough for "Ankle boot" in any language, short
// enough to label a matrix row and a probability bar.
inline constexpr std::size_t kMaxClassNameBytes = 40;

// What is wrong with a list of class names (a data set's classes.txt, or names a learner typed).
enum class ClassNamesProblem {
    NotText,     // line: the first line with a control character or bytes that are not UTF-8
    EmptyName,   // line: an empty line between names (it would give every later name the wrong label)
    NameTooLong, // line; name: the name
    Duplicate,   // line: the second line of the name; name: the name
    TooFew,      // count: how many names there are
    TooMany,     // count: how many names there are
};

// A refused list of class names. what() is the English sentence (the command line's); the window
// words problem() and the facts in the learner's language.
class ClassNamesError : public std::invalid_argument {
public:
    ClassNamesError(ClassNamesProblem problem, int line, int count, std::string name);

    ClassNamesProblem problem() const { return m_problem; }
    int line() const { return m_line; }   // 1 for the first name; 0 where no line is meant
    int count() const { return m_count; } // the number of names read
    const std::string& name() const { return m_name; }

private:
    ClassNamesProblem m_problem;
    int m_line;
    int m_count;
    std::string m_name;
};

// The names of a data set's classes in label order: the images labelled i show class name(i).
class ClassNames {
public:
    // MNIST's classes: the digits "0", "1", … ("0" to "9" by default).
    static ClassNames digits(int count = kMaxClasses);

    // The names as given, each trimmed of spaces around it; throws ClassNamesError when they are
    // fewer than kMinClasses or more than kMaxClasses, or one is empty, too long, repeated or no text.
    explicit ClassNames(std::vector<std::string> names);

    int count() const { return static_cast<int>(m_names.size()); }
    // The name of `label`, which must lie in [0, count()).
    const std::string& name(int label) const;
    const std::vector<std::string>& names() const { return m_names; }
    // Whether the classes are the digits 0, 1, … in order, as in MNIST: the window then speaks of
    // digits rather than classes.
    bool areDigits() const;
    // The names in label order, separated by `separator` ("circle, triangle, square").
    std::string joined(std::string_view separator = ", ") const;

    bool operator==(const ClassNames& other) const { return m_names == other.m_names; }
    bool operator!=(const ClassNames& other) const { return !(*this == other); }

private:
    std::vector<std::string> m_names;
};

// A data set's classes.txt: one class name per line, the name of label 0 on the first line. A UTF-8
// byte order mark, Windows line ends (\r\n), spaces around a name and blank lines at the end are
// accepted; a blank line between two names is refused, since every name after it would name the
// wrong label. Throws ClassNamesError.
ClassNames parseClassesFile(std::string_view text);

} // namespace bplab

#pragma once

#include "core/mnist/data/class_names.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace bplab {

// What is wrong with a data set as a whole, beyond one damaged file (IdxError says that).
enum class DataSetProblem {
    BadClassesFile,      // path: the classes.txt; classNames(): what is wrong with it
    LabelOutsideClasses, // path: the labels file; label, index (0-based image), classes: the count
    EmptyClass,          // path: the training labels file; label, name: the class without images; classes
};

// A refused data set. what() is the English sentence (the command line's), naming the file; the
// window words problem() and the facts in the learner's language (ui/mnist/mnist_messages).
class DataSetError : public std::runtime_error {
public:
    struct Facts {
        std::string path;
        int label = 0;
        long long index = 0;
        int classes = 0;
        std::string name; // the class's name, where one is meant
    };

    DataSetError(DataSetProblem problem, Facts facts, const std::string& english)
        : std::runtime_error(english)
        , m_problem(problem)
        , m_facts(std::move(facts)) {}
    // The classes file at `path` is refused for `why`.
    DataSetError(const std::string& path, const ClassNamesError& why)
        : std::runtime_error(path + ": " + why.what())
        , m_problem(DataSetProblem::BadClassesFile)
        , m_facts{path, 0, 0, 0, {}}
        , m_classNames(why) {}

    DataSetProblem problem() const { return m_problem; }
    const Facts& facts() const { return m_facts; }
    // For BadClassesFile: the line and what is wrong there.
    const std::optional<ClassNamesError>& classNames() const { return m_classNames; }

private:
    DataSetProblem m_problem;
    Facts m_facts;
    std::optional<ClassNamesError> m_classNames;
};

} // namespace bplab

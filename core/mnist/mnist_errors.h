#pragma once

#include <exception>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace bplab {

// The MNIST engine's refusals as values. Each keeps the English sentence the command line and the tests
// read as what(); the window words `problem()` and the values in the student's language
// (ui/mnist/mnist_messages). Words quoted from a library (zlib, LibTorch, the system) stay as they are.

// What is wrong with an IDX file.
enum class IdxProblem {
    Damaged,    // detail: which header field or length is wrong (technical, English)
    Unreadable, // detail: the system's reason
    Mismatch,   // detail: the labels file; images, labels: the two counts
};

// A problem with an IDX file: the message names the file and says what is wrong.
class IdxError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    IdxError(IdxProblem problem, std::string path, std::string detail, const std::string& english,
             long long images = 0, long long labels = 0)
        : std::runtime_error(english)
        , m_problem(problem)
        , m_path(std::move(path))
        , m_detail(std::move(detail))
        , m_images(images)
        , m_labels(labels) {}

    IdxProblem problem() const { return m_problem; }
    const std::string& path() const { return m_path; }
    const std::string& detail() const { return m_detail; }
    long long images() const { return m_images; }
    long long labels() const { return m_labels; }

private:
    IdxProblem m_problem = IdxProblem::Damaged;
    std::string m_path;
    std::string m_detail;
    long long m_images = 0;
    long long m_labels = 0;
};

// Why a training recipe is refused.
enum class RecipeProblem {
    FieldRefused,            // field: the TrainField's key, text: the refused value as written
    NesterovWithoutMomentum, // —
};

class RecipeError : public std::invalid_argument {
public:
    RecipeError(RecipeProblem problem, std::string field, std::string text, const std::string& english)
        : std::invalid_argument(english)
        , m_problem(problem)
        , m_field(std::move(field))
        , m_text(std::move(text)) {}

    RecipeProblem problem() const { return m_problem; }
    const std::string& field() const { return m_field; }
    const std::string& text() const { return m_text; }

private:
    RecipeProblem m_problem;
    std::string m_field;
    std::string m_text;
};

// Training on a GPU was asked for where LibTorch has none.
class NoCudaError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Why a checkpoint cannot be read, or could not be written.
enum class CheckpointProblem {
    NoSuchFile,       // —
    Unreadable,       // —
    NotACheckpoint,   // detail: LibTorch's words, or none for a file that is no zip archive at all
    Damaged,          // detail: which record, and how
    NewerLibTorch,    // detail: LibTorch's words; version: this LibTorch's version
    NotOurs,          // — (a LibTorch file, but no Backprop Lab checkpoint)
    OtherModel,       // detail: the file's format tag; version: this model's
    DoesNotMatch,     // detail: LibTorch's words
    UnusableSettings, // cause: why the stored recipe is refused
    NotFinite,        // — (the weights diverged: nothing is saved)
    CannotSave,       // detail: the system's words
    OtherClasses,     // savedClasses: the checkpoint's class names; dataClasses: the data set's
};

class CheckpointError : public std::runtime_error {
public:
    struct Facts {
        Facts() = default;
        // Not explicit: a throw writes {path, detail}.
        Facts(std::string path_, std::string detail_ = {}, std::string version_ = {},
              std::exception_ptr cause_ = {})
            : path(std::move(path_))
            , detail(std::move(detail_))
            , version(std::move(version_))
            , cause(std::move(cause_)) {}
        std::string path;
        std::string detail;
        std::string version;
        std::exception_ptr cause;                           // UnusableSettings: the recipe's own error
        std::vector<std::string> savedClasses, dataClasses; // OtherClasses: label order
    };
    CheckpointError(CheckpointProblem problem, Facts facts, const std::string& english)
        : std::runtime_error(english)
        , m_problem(problem)
        , m_facts(std::move(facts)) {}

    CheckpointProblem problem() const { return m_problem; }
    const std::string& path() const { return m_facts.path; }
    const std::string& detail() const { return m_facts.detail; }
    const std::string& version() const { return m_facts.version; }
    const std::exception_ptr& cause() const { return m_facts.cause; }
    const std::vector<std::string>& savedClasses() const { return m_facts.savedClasses; }
    const std::vector<std::string>& dataClasses() const { return m_facts.dataClasses; }

private:
    CheckpointProblem m_problem;
    Facts m_facts;
};

} // namespace bplab

#include "core/mnist/libtorch/checkpoint_classes.h"

#include "core/mnist/mnist_errors.h"

namespace bplab {

namespace {

constexpr const char* kClassesRecord = "data/classes";
constexpr char kSeparator = '\n'; // never inside a name: ClassNames refuses control characters

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> names;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find(kSeparator, start)) != std::string::npos; start = end + 1)
        names.push_back(text.substr(start, end - start));
    names.push_back(text.substr(start));
    return names;
}

std::string described(const ClassNames& classes) {
    return std::to_string(classes.count()) + " classes (" + classes.joined() + ")";
}

} // namespace

void writeClassNames(torch::serialize::OutputArchive& archive, const ClassNames& classes) {
    if (classes == ClassNames::digits()) return;
    archive.write(kClassesRecord, c10::IValue(classes.joined(std::string(1, kSeparator))));
}

ClassNames classNamesIn(torch::serialize::InputArchive& archive, const std::string& path) {
    c10::IValue record;
    if (!archive.try_read(kClassesRecord, record)) return ClassNames::digits();
    const std::string why = "its class names are ";
    if (!record.isString())
        throw CheckpointError(CheckpointProblem::DoesNotMatch, {path, why + "no text"},
                              path + " does not match this model (" + why + "no text)");
    try {
        return ClassNames(split(record.toStringRef()));
    } catch (const ClassNamesError& error) {
        const std::string detail = "its class names: " + std::string(error.what());
        throw CheckpointError(CheckpointProblem::DoesNotMatch, {path, detail},
                              path + " does not match this model (" + detail + ")");
    }
}

void requireSameClasses(const ClassNames& saved, const ClassNames& data, const std::string& path) {
    if (saved == data) return;
    CheckpointError::Facts facts{path};
    facts.savedClasses = saved.names();
    facts.dataClasses = data.names();
    throw CheckpointError(CheckpointProblem::OtherClasses, std::move(facts),
                          path + " was trained on " + described(saved) + ", but the data set has " +
                              described(data) +
                              "; choose the data set it was trained on, or train a new model on this one");
}

} // namespace bplab

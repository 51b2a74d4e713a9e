#include "core/mnist/mnist_data.h"

#include "core/mnist/data/data_set_error.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <utility>

namespace bplab {

namespace {

namespace fs = std::filesystem;

// The first existing spelling of one of the four files, or throws with what was looked for.
std::string findFile(const fs::path& directory, const std::string& stem, MnistPart part) {
    // "train-images-idx3-ubyte" is also published as "train-images.idx3-ubyte".
    std::string dotted = stem;
    dotted[dotted.find("-idx")] = '.';
    for (const std::string& name : {stem, stem + ".gz", dotted, dotted + ".gz"}) {
        const fs::path candidate = directory / name;
        std::error_code error;
        if (fs::is_regular_file(candidate, error)) return candidate.string();
    }
    throw MissingMnistError(directory.string(), part, stem);
}

MnistSplit loadSplit(const fs::path& directory, const std::string& prefix, MnistPart imagesPart,
                     MnistPart labelsPart) {
    const std::string imagesPath = findFile(directory, prefix + "-images-idx3-ubyte", imagesPart);
    const std::string labelsPath = findFile(directory, prefix + "-labels-idx1-ubyte", labelsPart);
    IdxImages images = readIdxImages(imagesPath);
    IdxLabels labels = readIdxLabels(labelsPath);
    if (images.rows != kMnistRows || images.cols != kMnistCols) {
        const std::string detail = "images are " + std::to_string(images.rows) + "×" +
                                   std::to_string(images.cols) + ", MNIST images are 28×28";
        throw IdxError(IdxProblem::Damaged, imagesPath, detail, imagesPath + ": " + detail);
    }
    if (images.count != static_cast<int>(labels.labels.size())) {
        throw IdxError(IdxProblem::Mismatch, imagesPath, labelsPath,
                       imagesPath + " holds " + std::to_string(images.count) + " images but " + labelsPath +
                           " holds " + std::to_string(labels.labels.size()) +
                           " labels; the files do not belong together",
                       images.count, static_cast<long long>(labels.labels.size()));
    }
    for (std::size_t i = 0; i < labels.labels.size(); ++i) {
        if (labels.labels[i] > 9) {
            const std::string detail = "label " + std::to_string(labels.labels[i]) + " at index " +
                                       std::to_string(i) + " is not a digit 0..9";
            throw IdxError(IdxProblem::Damaged, labelsPath, detail, labelsPath + ": " + detail);
        }
    }
    return {std::move(images.pixels), std::move(labels.labels)};
}

// The folder's classes.txt, if it has one: the class names in label order.
std::optional<ClassNames> classesFileIn(const fs::path& directory) {
    const fs::path path = directory / kClassesFileName;
    std::error_code error;
    if (!fs::exists(path, error)) return std::nullopt;
    if (!fs::is_regular_file(path, error))
        throw IdxError(IdxProblem::Unreadable, path.string(), "not a file",
                       path.string() + ": cannot read (not a file)");
    const std::vector<std::uint8_t> bytes = readFileBytes(path.string());
    const std::string text(bytes.begin(), bytes.end());
    try {
        return parseClassesFile(text);
    } catch (const ClassNamesError& why) {
        throw DataSetError(path.string(), why);
    }
}

// The classes of `data`: the names its classes.txt gives, else MNIST's digits 0–9 (so MNIST, and any
// cut of it, loads as it always did). Every label must have a name, and every named class a training
// image: a class the network never sees could never be learned.
ClassNames classesOf(const MnistData& data, const fs::path& directory) {
    const std::optional<ClassNames> named = classesFileIn(directory);
    if (!named) return ClassNames::digits();
    const int classes = named->count();
    if (const std::optional<LabelPlace> outside = firstLabelOutside(data, classes)) {
        const bool training = outside->labels == MnistPart::TrainingLabels;
        const std::string labels = findFile(
            directory, training ? "train-labels-idx1-ubyte" : "t10k-labels-idx1-ubyte", outside->labels);
        const long long index = outside->index;
        throw DataSetError(DataSetProblem::LabelOutsideClasses, {labels, outside->label, index, classes, {}},
                           labels + ": label " + std::to_string(outside->label) + " at index " +
                               std::to_string(index) + " has no class: " + kClassesFileName + " names " +
                               std::to_string(classes) + " classes, for the labels 0 to " +
                               std::to_string(classes - 1) + ". Name every class in " + kClassesFileName +
                               ", one per line.");
    }
    std::vector<long long> perClass(static_cast<std::size_t>(classes), 0);
    for (std::uint8_t label : data.train.labels) ++perClass[label];
    for (int label = 0; label < classes; ++label) {
        if (perClass[static_cast<std::size_t>(label)] > 0) continue;
        const std::string labels = findFile(directory, "train-labels-idx1-ubyte", MnistPart::TrainingLabels);
        throw DataSetError(DataSetProblem::EmptyClass, {labels, label, 0, classes, named->name(label)},
                           labels + ": no training image has label " + std::to_string(label) + " (\"" +
                               named->name(label) + "\" in " + kClassesFileName +
                               "), so the network could never learn it. Add images of it, or leave its "
                               "name out.");
    }
    return *named;
}

} // namespace

std::optional<LabelPlace> firstLabelOutside(const MnistData& data, int classes) {
    for (const MnistSplit* split : {&data.train, &data.test}) {
        const auto outside = std::find_if(split->labels.begin(), split->labels.end(),
                                          [classes](std::uint8_t label) { return label >= classes; });
        if (outside != split->labels.end())
            return LabelPlace{split == &data.train ? MnistPart::TrainingLabels : MnistPart::TestLabels,
                              static_cast<int>(outside - split->labels.begin()), *outside};
    }
    return std::nullopt;
}

std::string mnistPartName(MnistPart part) {
    switch (part) {
    case MnistPart::TrainingImages:
        return "training images";
    case MnistPart::TrainingLabels:
        return "training labels";
    case MnistPart::TestImages:
        return "test images";
    case MnistPart::TestLabels:
        return "test labels";
    }
    return "files";
}

MissingMnistError::MissingMnistError(const std::string& folder)
    : IdxError("the MNIST data folder " + folder + " does not exist. " + mnistFetchHint())
    , m_folder(folder) {}

MissingMnistError::MissingMnistError(const std::string& folder, MnistPart part,
                                     const std::string& expectedFile)
    : IdxError("no MNIST " + mnistPartName(part) + " in " + folder + ": expected " + expectedFile + " (or " +
               expectedFile + ".gz). " + mnistFetchHint())
    , m_folder(folder)
    , m_part(part)
    , m_expectedFile(expectedFile) {}

MnistData loadMnist(const std::string& directory) {
    std::error_code error;
    if (!fs::is_directory(directory, error)) {
        throw MissingMnistError(directory);
    }
    MnistData data;
    data.directory = directory;
    data.train = loadSplit(directory, "train", MnistPart::TrainingImages, MnistPart::TrainingLabels);
    data.test = loadSplit(directory, "t10k", MnistPart::TestImages, MnistPart::TestLabels);
    data.classes = classesOf(data, directory);
    return data;
}

void limitMnist(MnistData& data, int trainLimit, int testLimit) {
    auto limit = [](MnistSplit& split, int count) {
        if (count <= 0 || count >= split.size()) return;
        split.labels.resize(static_cast<std::size_t>(count));
        split.pixels.resize(static_cast<std::size_t>(count) * kMnistPixels);
    };
    limit(data.train, trainLimit);
    limit(data.test, testLimit);
}

std::shared_ptr<const MnistData> limitedMnist(std::shared_ptr<const MnistData> data, int trainLimit,
                                              int testLimit) {
    auto cuts = [](const MnistSplit& split, int count) { return count > 0 && count < split.size(); };
    if (!data || (!cuts(data->train, trainLimit) && !cuts(data->test, testLimit))) return data;
    auto limited = std::make_shared<MnistData>(*data);
    limitMnist(*limited, trainLimit, testLimit);
    return limited;
}

std::string defaultMnistDirectory() {
    if (const char* data = std::getenv("BACKPROP_LAB_DATA"); data && *data) return data;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return (fs::path(xdg) / "backprop-lab" / "mnist").string();
    }
    const char* home = std::getenv("HOME");
    return (fs::path(home && *home ? home : ".") / ".local" / "share" / "backprop-lab" / "mnist").string();
}

namespace {
// Set once at start-up, before any thread loads data; read afterwards only.
std::string& fetchCommand() {
    static std::string command = "packaging/fetch-mnist.sh (in the Backprop Lab source folder)";
    return command;
}
} // namespace

void setMnistFetchCommand(std::string command) {
    if (!command.empty()) fetchCommand() = std::move(command);
}

std::string mnistFetchCommand() { return fetchCommand(); }

std::string mnistFetchHint() {
    return "Get it in the window with File › Get MNIST…, or run " + fetchCommand() +
           "; or use a folder that holds the four MNIST files.";
}

} // namespace bplab

#pragma once

#include "core/mnist/data/class_names.h"
#include "core/mnist/idx_reader.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bplab {

inline constexpr int kMnistRows = 28;
inline constexpr int kMnistCols = 28;
inline constexpr int kMnistPixels = kMnistRows * kMnistCols;
// The usual normalisation of MNIST pixels scaled to [0, 1]: the training set's mean and std.
inline constexpr float kMnistMean = 0.1307f;
inline constexpr float kMnistStd = 0.3081f;

// One half of MNIST, kept as bytes (47 MB for the 60,000 training images instead of 188 MB as
// floats); batches are normalised when they are taken.
struct MnistSplit {
    std::vector<std::uint8_t> pixels; // size() · 784 bytes, image after image
    std::vector<std::uint8_t> labels; // 0 … classes − 1 (MNIST: 0..9)
    int size() const { return static_cast<int>(labels.size()); }
    const std::uint8_t* image(int index) const {
        return pixels.data() + static_cast<std::size_t>(index) * kMnistPixels;
    }
};

struct MnistData {
    std::string directory;
    MnistSplit train;
    MnistSplit test;
    // The classes in label order; every label of both splits is below classes.count(), which is the
    // number of outputs the CNN is built with.
    ClassNames classes = ClassNames::digits();
};

// One of the four files of MNIST.
enum class MnistPart { TrainingImages, TrainingLabels, TestImages, TestLabels };
// "training images", …: the part as the English messages name it.
std::string mnistPartName(MnistPart part);

// Missing data, the first thing a new user meets: the folder, or one of its files. What is missing is
// kept as values, so the window words it in its language; what() is the English sentence with the
// fetch hint, for the command line.
class MissingMnistError : public IdxError {
public:
    // The folder itself is missing.
    explicit MissingMnistError(const std::string& folder);
    // The folder has no file of `part`; `expectedFile` is its standard name (train-images-idx3-ubyte).
    MissingMnistError(const std::string& folder, MnistPart part, const std::string& expectedFile);

    const std::string& folder() const { return m_folder; }
    std::optional<MnistPart> part() const { return m_part; } // none: the folder is missing
    const std::string& expectedFile() const { return m_expectedFile; }

private:
    std::string m_folder;
    std::optional<MnistPart> m_part;
    std::string m_expectedFile;
};

// Where a label lies: its file (training or test labels), the image's 0-based index, the label.
struct LabelPlace {
    MnistPart labels = MnistPart::TrainingLabels;
    int index = 0;
    int label = 0;
};
// The first label of `data` that is not below `classes` (the training labels first), if any: a label
// the network would have no output for.
std::optional<LabelPlace> firstLabelOutside(const MnistData& data, int classes);

// The optional file beside the IDX files that names the classes (parseClassesFile's format).
inline constexpr const char* kClassesFileName = "classes.txt";

// Loads the four standard files from `directory`: train-images-idx3-ubyte, train-labels-idx1-ubyte,
// t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each raw or with .gz (the "train-images.idx3-ubyte"
// spelling is accepted too), so MNIST and the sets published in its format (Fashion-MNIST, KMNIST,
// EMNIST digits) load alike. Checks 28×28 images, equal image and label counts and labels 0..9.
// The classes are the digits 0–9, unless the folder has a classes.txt naming them: every label must
// then be below its count, and each class needs a training image.
// Throws IdxError naming the file and the problem; DataSetError for a refused classes.txt, a label
// without a class or a class without images; MissingMnistError, with how to get the data, when the
// folder or a file is missing.
MnistData loadMnist(const std::string& directory);

// Keeps the first `trainLimit` / `testLimit` examples (0 = all).
void limitMnist(MnistData& data, int trainLimit, int testLimit);
// The same without touching `data`: `data` itself when no limit cuts it, else a limited copy.
std::shared_ptr<const MnistData> limitedMnist(std::shared_ptr<const MnistData> data, int trainLimit,
                                              int testLimit);

// Where the set-up script puts the data: $BACKPROP_LAB_DATA if set, else
// ${XDG_DATA_HOME:-~/.local/share}/backprop-lab/mnist.
std::string defaultMnistDirectory();

// How to get the data, for messages about missing data: the window's File › Get MNIST… action, or the
// fetch script, which fetches it into defaultMnistDirectory().
std::string mnistFetchHint();
// The script that hint names: the app sets the path of the one it actually has (installed, or in the
// source folder) at start-up, before any data is loaded. Empty leaves the default, the source folder's.
void setMnistFetchCommand(std::string command);
// That script, as the hint names it.
std::string mnistFetchCommand();

} // namespace bplab

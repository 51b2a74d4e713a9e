// libFuzzer target: a data set folder in MNIST's format with a classes.txt (core/mnist/mnist_data.h's
// loadMnist), the labels and the classes file from the input. The images are valid 28×28 files, so
// the fuzzing goes to what the loader checks across files: labels against the named classes, a class
// without training images, the classes file itself. Every input must end in a data set that keeps the
// loader's promises (every label below the class count, every class with a training image) or in an
// IdxError or DataSetError with a sentence; a crash, a sanitizer report or another exception is a
// finding.
//
// Input: byte 0 = training images (mod 32), byte 1 = test images (mod 32), bit 0 of byte 2 = whether there is
// a classes.txt; then one byte per label (training, then test), then the classes.txt's bytes.
#include "core/mnist/data/data_set_error.h"
#include "core/mnist/mnist_data.h"

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// One folder for the fuzzer's life, in memory where the system has /dev/shm; removed at exit.
struct Folder {
    fs::path path;
    Folder() {
        const fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        path = base / ("bplab-idx-data-set-" + std::to_string(getpid()));
        fs::create_directories(path);
    }
    ~Folder() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

const fs::path& folder() {
    static const Folder made;
    return made.path;
}

void writeBigEndian(std::ofstream& file, std::uint32_t value) {
    const char bytes[4] = {static_cast<char>(value >> 24), static_cast<char>(value >> 16),
                           static_cast<char>(value >> 8), static_cast<char>(value)};
    file.write(bytes, 4);
}

void writeSplit(const std::string& prefix, const std::vector<std::uint8_t>& labels) {
    std::ofstream images(folder() / (prefix + "-images-idx3-ubyte"), std::ios::binary | std::ios::trunc);
    writeBigEndian(images, 2051);
    for (std::uint32_t size :
         {static_cast<std::uint32_t>(labels.size()), std::uint32_t{28}, std::uint32_t{28}})
        writeBigEndian(images, size);
    const std::string pixels(labels.size() * 784, '\0');
    images.write(pixels.data(), static_cast<std::streamsize>(pixels.size()));
    std::ofstream file(folder() / (prefix + "-labels-idx1-ubyte"), std::ios::binary | std::ios::trunc);
    writeBigEndian(file, 2049);
    writeBigEndian(file, static_cast<std::uint32_t>(labels.size()));
    file.write(reinterpret_cast<const char*>(labels.data()), static_cast<std::streamsize>(labels.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 3) return 0;
    const std::size_t trainCount = data[0] % 32u, testCount = data[1] % 32u; // few images: many runs
    const bool hasClassesFile = (data[2] & 1) != 0;
    std::size_t at = 3;
    auto labels = [&](std::size_t count) {
        std::vector<std::uint8_t> taken;
        // Labels past the input's end are 0; most stay below 16, so some fit the classes and some not.
        for (std::size_t i = 0; i < count; ++i, ++at) taken.push_back(at < size ? data[at] % 16 : 0);
        return taken;
    };
    const std::vector<std::uint8_t> train = labels(trainCount), test = labels(testCount);
    writeSplit("train", train);
    writeSplit("t10k", test);
    const fs::path classes = folder() / bplab::kClassesFileName;
    if (hasClassesFile) {
        std::ofstream file(classes, std::ios::binary | std::ios::trunc);
        if (at < size)
            file.write(reinterpret_cast<const char*>(data + at), static_cast<std::streamsize>(size - at));
    } else {
        fs::remove(classes);
    }
    try {
        const bplab::MnistData loaded = bplab::loadMnist(folder().string());
        const int count = loaded.classes.count();
        if (count < bplab::kMinClasses || count > bplab::kMaxClasses) std::abort();
        if (loaded.train.size() != static_cast<int>(trainCount) ||
            loaded.test.size() != static_cast<int>(testCount))
            std::abort();
        std::vector<int> perClass(static_cast<std::size_t>(count), 0);
        for (const bplab::MnistSplit* split : {&loaded.train, &loaded.test})
            for (std::uint8_t label : split->labels) {
                if (label >= count) std::abort(); // a label the network has no output for
                if (split == &loaded.train) ++perClass[label];
            }
        // A named class without training images is refused; MNIST's digits need not all be there.
        if (hasClassesFile)
            for (int images : perClass)
                if (images == 0) std::abort();
        if (!hasClassesFile && loaded.classes != bplab::ClassNames::digits()) std::abort();
    } catch (const bplab::DataSetError& refused) {
        if (std::string(refused.what()).empty()) std::abort();
    } catch (const bplab::IdxError& refused) {
        if (std::string(refused.what()).empty()) std::abort();
    }
    return 0;
}

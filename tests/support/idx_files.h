#pragma once

#include "core/mnist/mnist_data.h"

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace bplab::testing {

// IDX files as the MNIST loader reads them (big-endian header, then the bytes), written by the tests
// so that a data set of their own needs no download.
inline void writeBigEndian(std::ofstream& file, std::uint32_t value) {
    const char bytes[4] = {static_cast<char>(value >> 24), static_cast<char>(value >> 16),
                           static_cast<char>(value >> 8), static_cast<char>(value)};
    file.write(bytes, 4);
}

inline void writeIdxSplit(const std::string& directory, const std::string& prefix, const MnistSplit& split) {
    std::ofstream images(directory + "/" + prefix + "-images-idx3-ubyte", std::ios::binary);
    writeBigEndian(images, 2051);
    for (std::uint32_t size :
         {static_cast<std::uint32_t>(split.size()), std::uint32_t{28}, std::uint32_t{28}})
        writeBigEndian(images, size);
    images.write(reinterpret_cast<const char*>(split.pixels.data()),
                 static_cast<std::streamsize>(split.pixels.size()));
    std::ofstream labels(directory + "/" + prefix + "-labels-idx1-ubyte", std::ios::binary);
    writeBigEndian(labels, 2049);
    writeBigEndian(labels, static_cast<std::uint32_t>(split.size()));
    labels.write(reinterpret_cast<const char*>(split.labels.data()),
                 static_cast<std::streamsize>(split.labels.size()));
}

// The four files of `data` in `directory` (which must exist), under MNIST's names.
inline void writeIdxSet(const std::string& directory, const MnistData& data) {
    writeIdxSplit(directory, "train", data.train);
    writeIdxSplit(directory, "t10k", data.test);
}

// The images of `split` whose label is below `classes`, in their order.
inline MnistSplit firstClassesOf(const MnistSplit& split, int classes) {
    MnistSplit kept;
    for (int i = 0; i < split.size(); ++i) {
        const std::uint8_t label = split.labels[static_cast<std::size_t>(i)];
        if (label >= classes) continue;
        kept.labels.push_back(label);
        kept.pixels.insert(kept.pixels.end(), split.image(i), split.image(i) + kMnistPixels);
    }
    return kept;
}

// The images of the first `classes` classes of both splits of `mnist` as an IDX set in `directory`;
// returns the set written.
inline MnistData writeFirstClassesSet(const std::string& directory, const MnistData& mnist, int classes) {
    MnistData cut;
    cut.train = firstClassesOf(mnist.train, classes);
    cut.test = firstClassesOf(mnist.test, classes);
    writeIdxSet(directory, cut);
    return cut;
}

} // namespace bplab::testing

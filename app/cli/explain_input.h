#pragma once

#include "core/mnist/mnist_data.h"

#include <QString>

#include <array>
#include <string>

namespace bplab::app {

// The digit `backprop-lab explain` looks into: 28×28, row-major, 0 = background … 1 = ink (what
// MnistClassifier expects), with what was done to get there.
struct ExplainedDigit {
    std::array<float, kMnistPixels> pixels{};
    std::string source; // "test image 7 (label 2)", "digit.png"
    std::string notes;  // sentences about changes made to the image (inverted, scaled); empty if none
};

// Test image `index` of the MNIST test set in `directory`. Throws IdxError for missing or broken
// data, std::runtime_error naming the valid range for an index outside it.
ExplainedDigit digitFromTestSet(const std::string& directory, long long index);

// Any image Qt reads (PNG, JPEG, …) as an MNIST digit: grey, inverted when its border is light (dark
// ink on paper; MNIST's ink is light on dark), and when it is not 28×28, scaled to fit keeping its
// aspect ratio and centred. Throws std::runtime_error for a file Qt cannot read.
ExplainedDigit digitFromImageFile(const QString& path);

} // namespace bplab::app

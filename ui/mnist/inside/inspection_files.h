#pragma once

// The "inside the network" folder, written the same way by the window's Export and by
// `backprop-lab explain`, so a student's folders from either look alike: input.png; per stage
// NN-STAGE.png and NN-STAGE.csv (01-conv1 … 08-scores); kernels-conv1/2.png and .csv (with biases);
// saliency.png and .csv; probabilities.csv. The CSV formats are core/mnist/inspection_csv.h's.

#include "core/mnist/mnist_data.h"
#include "core/mnist/network_inspection.h"

#include <QString>
#include <QStringList>

#include <array>

namespace bplab::ui {

// One look inside the network: the image as the network sees it, its forward pass, the kernels
// and the saliency map of one class.
struct Inspection {
    std::array<float, kMnistPixels> pixels{};
    NetworkTrace trace;
    ConvKernels kernels;
    SaliencyMap saliency;
};

// Writes every picture and CSV of `inspection` into `directory` (created with its parents when
// missing), each file atomically (ui/common/file_writing.h), and returns the paths written in order.
// A failure throws std::runtime_error whose what() is the sentence to show (what is wrong, what to do).
QStringList writeInspectionFiles(const QString& directory, const Inspection& inspection);

} // namespace bplab::ui

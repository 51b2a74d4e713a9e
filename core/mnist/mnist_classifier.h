#pragma once

#include "core/mnist/mnist_data.h"
#include "core/mnist/network_inspection.h"

#include <array>
#include <memory>
#include <string>

namespace bplab {

// The trained CNN for predictions (the draw-a-digit canvas): its own copy of the weights, in
// evaluation mode. Copies share the weights; predict() takes a lock, so it may be called from any
// thread.
class MnistClassifier {
public:
    MnistClassifier(); // an untrained (randomly initialised) model
    ~MnistClassifier();
    MnistClassifier(const MnistClassifier&);
    MnistClassifier& operator=(const MnistClassifier&);

    // Loads the model weights of a training checkpoint. Throws CheckpointError.
    static MnistClassifier fromCheckpoint(const std::string& path);

    // The number of classes the model tells apart (10 for MNIST's digits).
    int classes() const;
    // Their names in label order: the data set's the model was trained on (MNIST's digits "0" … "9").
    const ClassNames& classNames() const;

    // pixels: 28×28 row-major, 0 = background … 1 = ink (MNIST's convention, before normalisation).
    // Returns one probability per class (they sum to 1).
    ClassProbabilities predict(const std::array<float, kMnistPixels>& pixels) const;

    // The same image through the network stage by stage (network_inspection.h).
    NetworkTrace trace(const std::array<float, kMnistPixels>& pixels) const;
    // The class score's gradient with respect to the pixels (or pixel × gradient). classIndex:
    // 0 … classes() − 1, else std::out_of_range.
    SaliencyMap saliency(const std::array<float, kMnistPixels>& pixels, int classIndex,
                         SaliencyKind kind) const;
    // A copy of conv1's and conv2's weights.
    ConvKernels kernels() const;

private:
    friend class MnistTrainer;
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace bplab

#pragma once

#include "core/mnist/mnist_data.h"

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

    // pixels: 28×28 row-major, 0 = background … 1 = ink (MNIST's convention, before normalisation).
    // Returns the ten class probabilities (they sum to 1).
    std::array<float, 10> predict(const std::array<float, kMnistPixels>& pixels) const;

private:
    friend class MnistTrainer;
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace bplab

#pragma once

// LibTorch inside: include only from core's .cpp files and the engine's tests.
#include "core/mnist/libtorch/mnist_net.h"
#include "core/mnist/training_health.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace bplab {

// Collects the training-health figures (training_health.h) around the optimizer steps of an epoch,
// cheaply: no extra forward or backward pass (the gradients are those backward() already left), one
// copy of the weights per step into tensors allocated once (11,154 floats in all), and sums kept as
// tensors on the model's device, read once per epoch, so a GPU run gets no extra sync per batch.
class HealthCollector {
public:
    explicit HealthCollector(MnistNet& net);

    // Clears the sums: the first step of an epoch follows.
    void startEpoch();
    // Call right before optimizer.step(): remembers W (and ‖W‖).
    void beforeStep();
    // Call right after it: adds this step's ‖∂L/∂W‖ and ‖ΔW‖/‖W‖ to the epoch's sums.
    void afterStep();
    // The epoch's means, and the BatchNorm layers' running statistics as they are now.
    EpochHealth finishEpoch(int epoch) const;

private:
    struct Weighted {
        std::string layer;
        torch::Tensor weight; // the module's own parameter (shares storage)
        torch::Tensor before; // its value before the step, allocated once
    };
    struct Norm {
        std::string layer;
        torch::nn::BatchNorm2d module;
    };

    std::vector<Weighted> m_weighted;
    std::vector<Norm> m_norms;
    torch::Tensor m_weightNorms;   // [layers]: ‖W‖ before this step
    torch::Tensor m_gradientSums;  // [layers]: Σ over steps of ‖∂L/∂W‖
    torch::Tensor m_ratioSums;     // [layers]: Σ over steps of ‖ΔW‖/‖W‖
    int m_steps = 0;
};

} // namespace bplab

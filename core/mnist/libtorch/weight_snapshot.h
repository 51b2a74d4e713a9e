#pragma once

// The last finite state of a network, kept while it trains so that a diverged run loses nothing:
// parameters and buffers (BatchNorm's running statistics) copied into tensors allocated once.
#include "core/mnist/libtorch/mnist_net.h"

#include <torch/torch.h>

#include <vector>

namespace bplab {

class WeightSnapshot {
public:
    // Copies `net`'s parameters and buffers (allocating on the first call only).
    void keep(const MnistNet& net);
    // Copies the kept state back into `net`. Nothing is kept yet: nothing changes.
    void restoreInto(MnistNet& net) const;
    bool isEmpty() const { return m_tensors.empty(); }

private:
    std::vector<torch::Tensor> m_tensors; // parameters, then buffers, in the module's order
};

// Whether every parameter and buffer of `net` is a finite number.
bool allFinite(const MnistNet& net);

} // namespace bplab

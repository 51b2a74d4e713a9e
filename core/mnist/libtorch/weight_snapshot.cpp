#include "core/mnist/libtorch/weight_snapshot.h"

namespace bplab {

namespace {
// Parameters, then buffers: the order keep() and restoreInto() agree on.
std::vector<torch::Tensor> stateOf(const MnistNet& net) {
    std::vector<torch::Tensor> state = net->parameters();
    for (const torch::Tensor& buffer : net->buffers()) state.push_back(buffer);
    return state;
}
} // namespace

void WeightSnapshot::keep(const MnistNet& net) {
    torch::NoGradGuard noGrad;
    const std::vector<torch::Tensor> state = stateOf(net);
    if (m_tensors.size() != state.size()) {
        m_tensors.clear();
        for (const torch::Tensor& tensor : state) m_tensors.push_back(tensor.detach().clone());
        return;
    }
    for (std::size_t i = 0; i < state.size(); ++i) m_tensors[i].copy_(state[i]);
}

void WeightSnapshot::restoreInto(MnistNet& net) const {
    if (m_tensors.empty()) return;
    torch::NoGradGuard noGrad;
    const std::vector<torch::Tensor> state = stateOf(net);
    for (std::size_t i = 0; i < state.size(); ++i) state[i].copy_(m_tensors[i]);
}

bool allFinite(const MnistNet& net) {
    torch::NoGradGuard noGrad;
    for (const torch::Tensor& tensor : stateOf(net)) {
        // Integer buffers (BatchNorm's batch count) are finite by nature.
        if (tensor.is_floating_point() && !torch::isfinite(tensor).all().item<bool>()) return false;
    }
    return true;
}

} // namespace bplab

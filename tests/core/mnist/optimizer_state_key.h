#pragma once

// LibTorch inside: for the MNIST engine's tests only (tests/core/mnist).
#include <torch/torch.h>

#include <sstream>
#include <type_traits>

namespace bplab::testing {

// The key of a parameter's entry in an optimizer's state map: LibTorch 1.13 keys by the address of
// the parameter's TensorImpl as text, LibTorch 2.x (Debian 13) by the address itself.
template <typename Key>
Key optimizerStateKey(const torch::Tensor& parameter) {
    if constexpr (std::is_pointer_v<Key>) {
        return parameter.unsafeGetTensorImpl();
    } else {
        std::ostringstream text; // what LibTorch 1.13's c10::guts::to_string writes
        text << parameter.unsafeGetTensorImpl();
        return text.str();
    }
}

// The state of `parameter` in `optimizer`, whatever the LibTorch version's key type.
inline torch::optim::OptimizerParamState& optimizerState(torch::optim::Optimizer& optimizer,
                                                         const torch::Tensor& parameter) {
    using Key = typename std::decay_t<decltype(optimizer.state())>::key_type;
    return *optimizer.state().at(optimizerStateKey<Key>(parameter));
}

} // namespace bplab::testing

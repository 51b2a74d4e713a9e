#include "core/mnist/libtorch/mnist_internal.h"

#include <omp.h>

#include <algorithm>

namespace bplab {

MnistClassifier::MnistClassifier()
    : m_impl(std::make_shared<Impl>()) {
    m_impl->net->eval();
}

MnistClassifier::~MnistClassifier() = default;
MnistClassifier::MnistClassifier(const MnistClassifier&) = default;
MnistClassifier& MnistClassifier::operator=(const MnistClassifier&) = default;

void useOnlyThisThreadForTorch() { omp_set_num_threads(1); }

torch::Tensor pixelTensor(const std::array<float, kMnistPixels>& pixels) {
    return torch::from_blob(const_cast<float*>(pixels.data()), {1, 1, kMnistRows, kMnistCols}, torch::kFloat)
        .clamp(0.0f, 1.0f); // clamp copies: the tensor owns its values
}

torch::Tensor normalisedInput(const torch::Tensor& pixels) { return pixels.sub(kMnistMean).div(kMnistStd); }

std::array<float, 10> MnistClassifier::predict(const std::array<float, kMnistPixels>& pixels) const {
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    useOnlyThisThreadForTorch(); // a 28×28 forward pass gains nothing from a thread team
    torch::NoGradGuard noGrad;
    const torch::Tensor probabilities =
        m_impl->net->forward(normalisedInput(pixelTensor(pixels))).exp().squeeze(0).contiguous();
    std::array<float, 10> result{};
    std::copy_n(probabilities.data_ptr<float>(), 10, result.begin());
    return result;
}

} // namespace bplab

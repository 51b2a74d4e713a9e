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

int MnistClassifier::classes() const { return m_impl->net->classes(); }

const ClassNames& MnistClassifier::classNames() const { return m_impl->classes; }

ClassProbabilities probabilitiesOf(const torch::Tensor& logProbabilities) {
    const torch::Tensor probabilities = logProbabilities.exp().squeeze(0).contiguous().to(torch::kCPU);
    const float* values = probabilities.data_ptr<float>();
    return ClassProbabilities(values, values + probabilities.numel());
}

ClassProbabilities MnistClassifier::predict(const std::array<float, kMnistPixels>& pixels) const {
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    useOnlyThisThreadForTorch(); // a 28×28 forward pass gains nothing from a thread team
    torch::NoGradGuard noGrad;
    return probabilitiesOf(m_impl->net->forward(normalisedInput(pixelTensor(pixels))));
}

} // namespace bplab

#include "core/mnist/libtorch/training_step.h"

#include "core/mnist/libtorch/health_collector.h"
#include "core/mnist/libtorch/optimizer_factory.h"

#include <algorithm>

namespace bplab {

torch::Tensor shuffleForEpoch(std::uint64_t seed, int epoch, std::int64_t count) {
    torch::manual_seed(seed * 1'000'003ULL + static_cast<std::uint64_t>(epoch));
    return torch::randperm(count, torch::TensorOptions().dtype(torch::kLong));
}

torch::Tensor batchIndices(const torch::Tensor& order, std::int64_t first, std::int64_t batchSize) {
    return order.slice(0, first, std::min(first + batchSize, order.size(0)));
}

double trainOneBatch(MnistTrainer::Impl& state, const torch::Tensor& indices, double rate,
                     HealthCollector* health) {
    state.net->train();
    const torch::Tensor x =
        state.prepareBatch(state.trainImages.index_select(0, indices), state.config.augment);
    const torch::Tensor y = state.trainLabels.index_select(0, indices).to(state.device);
    setLearningRate(state.optimizer, rate);
    state.optimizer.zero_grad();
    const torch::Tensor loss = torch::nll_loss(state.net->forward(x), y);
    loss.backward();
    if (health) health->beforeStep();
    state.optimizer.step();
    if (health) health->afterStep();
    return loss.item<double>();
}

} // namespace bplab

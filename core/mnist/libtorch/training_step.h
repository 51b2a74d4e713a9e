#pragma once

// LibTorch inside: include only from core's .cpp files and the engine's tests.
#include "core/mnist/libtorch/mnist_internal.h"

#include <torch/torch.h>

#include <cstdint>

namespace bplab {

class HealthCollector;

// Seeds LibTorch's generator for `epoch` and returns that epoch's shuffled order of the `count`
// training images. A seed per epoch: a resumed run shuffles, augments and drops out exactly like an
// uninterrupted one.
torch::Tensor shuffleForEpoch(std::uint64_t seed, int epoch, std::int64_t count);

// The rows of `order` for the batch that starts at position `first`: `batchSize` of them, fewer at
// the end of the order.
torch::Tensor batchIndices(const torch::Tensor& order, std::int64_t first, std::int64_t batchSize);

// One optimizer step on the training images at `indices` (rows of state.trainImages) at learning
// rate `rate`: the batch prepared (and augmented) as the recipe says, forward, loss, backward, step.
// Every batch of MnistTrainer::train() is one, and every point of the learning-rate range test.
// The network goes into training mode first (evaluate() leaves it in eval mode). The augmentation,
// then dropout draw from LibTorch's generator, in this order: changing it changes every run's numbers.
// `health`, when given, sees the step. Returns the batch's mean loss, not finite when the step blew up.
double trainOneBatch(MnistTrainer::Impl& state, const torch::Tensor& indices, double rate,
                     HealthCollector* health = nullptr);

} // namespace bplab

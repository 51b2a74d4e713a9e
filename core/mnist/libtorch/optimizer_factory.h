#pragma once

// LibTorch inside: include only from core's .cpp files (and the engine's tests), never from a header
// that ui or moc sees.
#include "core/mnist/train_types.h"

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace bplab {

// The optimizer that `config` names, over `parameters`, with its hyperparameters and
// config.learningRate (the schedule changes the rate each batch through setLearningRate):
//   sgd       torch::optim::SGD   momentum, L2 weight decay
//   nesterov  torch::optim::SGD   the same with nesterov(true) (needs momentum > 0; validate() says so)
//   adam      torch::optim::Adam  betas (beta1, beta2), eps, L2 weight decay
//   adamw     torch::optim::AdamW betas, eps, decoupled weight decay
// `config` must have passed validate().
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainConfig& config,
                                                       std::vector<torch::Tensor> parameters);

// Sets the rate of every parameter group, whatever the optimizer.
void setLearningRate(torch::optim::Optimizer& optimizer, double rate);

} // namespace bplab

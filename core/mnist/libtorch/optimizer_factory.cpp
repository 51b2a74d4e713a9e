#include "core/mnist/libtorch/optimizer_factory.h"

#include <stdexcept>
#include <string>
#include <tuple>

namespace bplab {

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainConfig& config,
                                                       std::vector<torch::Tensor> parameters) {
    const std::string& name = config.optimizer;
    if (name == "sgd" || name == "nesterov") {
        return std::make_unique<torch::optim::SGD>(std::move(parameters),
                                                   torch::optim::SGDOptions(config.learningRate)
                                                       .momentum(config.momentum)
                                                       .nesterov(name == "nesterov")
                                                       .weight_decay(config.weightDecay));
    }
    const std::tuple<double, double> betas(config.beta1, config.beta2);
    if (name == "adam") {
        return std::make_unique<torch::optim::Adam>(std::move(parameters),
                                                    torch::optim::AdamOptions(config.learningRate)
                                                        .betas(betas)
                                                        .eps(config.epsilon)
                                                        .weight_decay(config.weightDecay));
    }
    if (name == "adamw") {
        return std::make_unique<torch::optim::AdamW>(std::move(parameters),
                                                     torch::optim::AdamWOptions(config.learningRate)
                                                         .betas(betas)
                                                         .eps(config.epsilon)
                                                         .weight_decay(config.weightDecay));
    }
    // validate() lets only the four names above through.
    throw std::invalid_argument("unknown optimizer '" + name + "'");
}

void setLearningRate(torch::optim::Optimizer& optimizer, double rate) {
    for (auto& group : optimizer.param_groups()) group.options().set_lr(rate);
}

} // namespace bplab

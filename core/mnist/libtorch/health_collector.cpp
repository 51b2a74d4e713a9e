#include "core/mnist/libtorch/health_collector.h"

#include <algorithm>
#include <chrono>

namespace bplab {

namespace {

ChannelSpread spreadOf(const torch::Tensor& perChannel) {
    const torch::Tensor values = perChannel.detach().to(torch::kCPU, torch::kDouble).contiguous();
    const double* first = values.data_ptr<double>();
    const double* last = first + values.numel();
    ChannelSpread spread;
    double sum = 0.0;
    for (const double* v = first; v != last; ++v) sum += *v;
    spread.mean = values.numel() > 0 ? sum / static_cast<double>(values.numel()) : 0.0;
    spread.min = values.numel() > 0 ? *std::min_element(first, last) : 0.0;
    spread.max = values.numel() > 0 ? *std::max_element(first, last) : 0.0;
    return spread;
}

} // namespace

HealthCollector::HealthCollector(MnistNet& net) {
    auto weighted = [this](const std::string& layer, const torch::Tensor& weight) {
        m_weighted.push_back({layer, weight, torch::empty_like(weight)});
    };
    weighted("conv1", net->conv1->weight);
    weighted("conv2", net->conv2->weight);
    weighted("conv3", net->conv3->weight);
    weighted("conv4", net->conv4->weight);
    weighted("conv5", net->conv5->weight);
    weighted("fc", net->fc->weight);
    m_norms = {{"norm1", net->norm1}, {"norm2", net->norm2}, {"norm3", net->norm3},
               {"norm4", net->norm4}, {"norm5", net->norm5}};
    const auto options = net->fc->weight.options().dtype(torch::kFloat);
    const auto layers = static_cast<std::int64_t>(m_weighted.size());
    m_weightNorms = torch::zeros({layers}, options);
    m_gradientSums = torch::zeros({layers}, options);
    m_ratioSums = torch::zeros({layers}, options);
}

void HealthCollector::startEpoch() {
    m_gradientSums.zero_();
    m_ratioSums.zero_();
    m_steps = 0;
}

void HealthCollector::beforeStep() {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> norms;
    norms.reserve(m_weighted.size());
    for (Weighted& w : m_weighted) {
        w.before.copy_(w.weight);
        norms.push_back(w.before.norm());
    }
    m_weightNorms = torch::stack(norms);
}

void HealthCollector::afterStep() {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> gradients, changes;
    gradients.reserve(m_weighted.size());
    changes.reserve(m_weighted.size());
    for (Weighted& w : m_weighted) {
        const torch::Tensor& gradient = w.weight.grad();
        gradients.push_back(gradient.defined() ? gradient.norm() : torch::zeros({}, m_gradientSums.options()));
        // before − after: the step reversed, of the same length; in place, `before` is refilled next step.
        changes.push_back(w.before.sub_(w.weight).norm());
    }
    m_gradientSums.add_(torch::stack(gradients));
    m_ratioSums.add_(torch::stack(changes).div_(m_weightNorms));
    ++m_steps;
}

EpochHealth HealthCollector::finishEpoch(int epoch) const {
    EpochHealth health;
    health.epoch = epoch;
    health.steps = m_steps;
    // The one transfer of the epoch's sums to the host.
    const double steps = std::max(1, m_steps);
    const torch::Tensor gradients = m_gradientSums.to(torch::kCPU, torch::kDouble).div(steps);
    const torch::Tensor ratios = m_ratioSums.to(torch::kCPU, torch::kDouble).div(steps);
    for (std::size_t i = 0; i < m_weighted.size(); ++i) {
        const auto index = static_cast<std::int64_t>(i);
        health.weights.push_back(
            {m_weighted[i].layer, gradients[index].item<double>(), ratios[index].item<double>()});
    }
    for (const Norm& norm : m_norms) {
        health.norms.push_back(
            {norm.layer, spreadOf(norm.module->running_mean), spreadOf(norm.module->running_var)});
    }
    return health;
}

CollectionCost measureCollectionCost(int steps) {
    torch::set_num_threads(1);
    torch::manual_seed(1);
    MnistNet net(0.05);
    net->train();
    torch::optim::SGD optimizer(net->parameters(), torch::optim::SGDOptions(0.1).momentum(0.9));
    HealthCollector collector(net);
    collector.startEpoch();
    const torch::Tensor x = torch::randn({128, 1, 28, 28});
    const torch::Tensor y = torch::randint(0, 10, {128}, torch::kLong);
    using Clock = std::chrono::steady_clock;
    double bestStep = 1e9, bestCollect = 1e9;
    for (int s = 0; s < steps; ++s) {
        const auto t0 = Clock::now();
        optimizer.zero_grad();
        torch::nll_loss(net->forward(x), y).backward();
        const auto t1 = Clock::now();
        collector.beforeStep();
        const auto t2 = Clock::now();
        optimizer.step();
        const auto t3 = Clock::now();
        collector.afterStep();
        const auto t4 = Clock::now();
        bestStep = std::min(bestStep, std::chrono::duration<double>((t1 - t0) + (t3 - t2)).count());
        bestCollect = std::min(bestCollect, std::chrono::duration<double>((t2 - t1) + (t4 - t3)).count());
    }
    return {bestStep, bestCollect};
}

} // namespace bplab

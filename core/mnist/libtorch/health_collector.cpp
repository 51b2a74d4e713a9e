#include "core/mnist/libtorch/health_collector.h"

#include <algorithm>

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

} // namespace bplab

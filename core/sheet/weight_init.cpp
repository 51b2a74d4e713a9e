#include "core/sheet/weight_init.h"

#include "core/translatable.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace bplab {

namespace {

constexpr std::string_view kNames[] = {"uniform", "xavier", "he"};
constexpr std::string_view kLabels[] = {BPLAB_TRANSLATABLE("WeightInit", "uniform ±r"),
                                        BPLAB_TRANSLATABLE("WeightInit", "Xavier/Glorot uniform"),
                                        BPLAB_TRANSLATABLE("WeightInit", "He uniform")};

// The top 53 bits of a 64-bit output: as many as a double's significand holds, so k converts exactly.
constexpr int kDiscardedBits = 64 - 53;
constexpr double kTwoToMinus53 = 1.0 / 9007199254740992.0; // 2^−53, a power of two: exact
constexpr double kTwoToMinus52 = 2.0 * kTwoToMinus53;
constexpr std::int64_t kTwoTo52 = std::int64_t{1} << 52;

void checkFan(int fan, const char* which) {
    if (fan < 1)
        throw std::invalid_argument(std::string(which) + " must be at least 1, not " + std::to_string(fan));
}

void checkUniformRange(double range) {
    if (!std::isfinite(range) || range <= 0.0) {
        throw std::invalid_argument(
            "the range r of a uniform initialisation must be a finite number greater than 0");
    }
}

} // namespace

std::string_view weightInitName(WeightInit init) { return kNames[static_cast<std::size_t>(init)]; }

std::optional<WeightInit> parseWeightInit(std::string_view name) {
    for (const WeightInit init : kAllWeightInits) {
        if (weightInitName(init) == name) return init;
    }
    return std::nullopt;
}

std::string_view weightInitLabel(WeightInit init) { return kLabels[static_cast<std::size_t>(init)]; }

double weightInitRange(WeightInit init, int fanIn, int fanOut, double uniformRange) {
    checkFan(fanIn, "fan_in");
    checkFan(fanOut, "fan_out");
    // Division and square root are correctly rounded by IEEE 754: the same r everywhere.
    switch (init) {
    case WeightInit::Uniform:
        checkUniformRange(uniformRange);
        return uniformRange;
    case WeightInit::XavierUniform:
        return std::sqrt(6.0 / (static_cast<double>(fanIn) + static_cast<double>(fanOut)));
    case WeightInit::HeUniform:
        return std::sqrt(6.0 / static_cast<double>(fanIn));
    }
    throw std::invalid_argument("unknown weight initialisation");
}

double PortableRandom::unitInterval() {
    return static_cast<double>(nextBits() >> kDiscardedBits) * kTwoToMinus53;
}

double PortableRandom::symmetricUnit() {
    const auto k = static_cast<std::int64_t>(nextBits() >> kDiscardedBits); // 0 ≤ k < 2^53
    return static_cast<double>(k - kTwoTo52) * kTwoToMinus52;               // |k − 2^52| ≤ 2^52: exact
}

WeightInitializer::WeightInitializer(WeightInit init, std::uint64_t seed, double uniformRange)
    : m_init(init)
    , m_uniformRange(uniformRange)
    , m_random(seed) {
    if (init == WeightInit::Uniform) checkUniformRange(uniformRange);
}

std::vector<std::vector<double>> WeightInitializer::drawLayer(int fanIn, int fanOut) {
    const double r = weightInitRange(m_init, fanIn, fanOut, m_uniformRange);
    std::vector<std::vector<double>> weights(static_cast<std::size_t>(fanOut));
    for (std::vector<double>& unit : weights) {
        unit.reserve(static_cast<std::size_t>(fanIn));
        // r·s with s in [−1, 1) on a 2^−52 grid: one rounding, and never r itself (s < 1 keeps r·s < r).
        for (int k = 0; k < fanIn; ++k) unit.push_back(r * m_random.symmetricUnit());
    }
    return weights;
}

std::vector<std::vector<std::vector<double>>>
drawNetworkWeights(const std::vector<int>& layers, WeightInit init, std::uint64_t seed, double uniformRange) {
    WeightInitializer initializer(init, seed, uniformRange);
    std::vector<std::vector<std::vector<double>>> weights;
    for (std::size_t l = 1; l < layers.size(); ++l)
        weights.push_back(initializer.drawLayer(layers[l - 1], layers[l]));
    return weights;
}

} // namespace bplab

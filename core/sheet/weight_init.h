#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string_view>
#include <vector>

namespace bplab {

// Named ways to draw a network's starting weights, each uniform on [−r, r) with its own r:
// - Uniform: r chosen by the user (e.g. 0.5);
// - XavierUniform (Glorot & Bengio 2010): r = √(6 / (fan_in + fan_out)), keeps a sigmoid or tanh layer's
//   activations and gradients of similar size from layer to layer;
// - HeUniform (He et al. 2015): r = √(6 / fan_in), the same for ReLU, which zeroes half its inputs.
// He's normal variant is left out on purpose: a normal deviate needs log and cos (or sin), whose last
// bits differ between C libraries, and a class must see the same numbers on every computer.
enum class WeightInit { Uniform, XavierUniform, HeUniform };

// The r of WeightInit::Uniform where none is given.
inline constexpr double kDefaultUniformRange = 0.5;

// The largest seed of a network's starting weights: 2^53, the largest whole number up to which a
// scenario file (JSON, whose numbers are doubles) holds every seed exactly. The command line takes the
// same range, so any run can be saved as a file.
inline constexpr std::uint64_t kMaxWeightSeed = std::uint64_t{1} << 53;

inline constexpr WeightInit kAllWeightInits[] = {WeightInit::Uniform, WeightInit::XavierUniform,
                                                 WeightInit::HeUniform};

// Lower-case name for the command line and files: "uniform", "xavier", "he".
std::string_view weightInitName(WeightInit init);
std::optional<WeightInit> parseWeightInit(std::string_view name);
// How a student reads it: "uniform ±r", "Xavier/Glorot uniform", "He uniform". The window translates
// it: a BPLAB_TRANSLATABLE text (core/translatable.h) of context kWeightInitContext.
std::string_view weightInitLabel(WeightInit init);
inline constexpr char kWeightInitContext[] = "WeightInit";

// The r of the interval [−r, r) for a layer with fan_in inputs per unit and fan_out units;
// `uniformRange` is r itself for WeightInit::Uniform and ignored by the others. Throws
// std::invalid_argument for a fan below 1, or a uniformRange that is not finite and > 0.
double weightInitRange(WeightInit init, int fanIn, int fanOut, double uniformRange);

// Random numbers that are the same on every platform and compiler for a seed: std::mt19937_64, whose
// output sequence the C++ standard fixes, turned into doubles by our own exact arithmetic (the standard
// library's distributions are free to differ between implementations).
class PortableRandom {
public:
    explicit PortableRandom(std::uint64_t seed)
        : m_engine(seed) {}

    std::uint64_t nextBits() { return m_engine(); }
    // k / 2^53 for the top 53 bits k of the next output: every double in [0, 1) with a 2^−53 grid, exact.
    double unitInterval();
    // (k − 2^52) / 2^52 for the same k: [−1, 1) on a 2^−52 grid, exact (no rounding anywhere).
    double symmetricUnit();

private:
    std::mt19937_64 m_engine;
};

// Draws the starting weights of a network's layers, first layer first, from one seed: a layer's
// weights are r·symmetricUnit() (one correctly rounded product, so bit-identical everywhere), drawn
// unit by unit and within a unit input by input. Drawing the same layers from the same seed gives the
// same numbers; each layer continues the sequence where the one before stopped.
class WeightInitializer {
public:
    // Throws std::invalid_argument for a uniformRange that is not finite and > 0 with WeightInit::Uniform.
    WeightInitializer(WeightInit init, std::uint64_t seed, double uniformRange = kDefaultUniformRange);

    // The weights into `fanOut` units from `fanIn` units each: result[j][k] connects unit k of the layer
    // before to unit j (the scenario files' [to][from]). Each lies in [−r, r), r = weightInitRange(…).
    std::vector<std::vector<double>> drawLayer(int fanIn, int fanOut);

private:
    WeightInit m_init;
    double m_uniformRange;
    PortableRandom m_random;
};

// Every layer's starting weights from one seed, the one recipe of the command line, the scenario files
// and the tests: one WeightInitializer draws layer 1, then layer 2 continuing its sequence, and so on.
// `layers` counts units per layer, inputs first; result[l − 1] is the [to][from] matrix into layer l
// (NetworkSpec::weights). Throws std::invalid_argument for a layer below 1 unit, or a uniformRange that
// is not finite and > 0 with WeightInit::Uniform.
std::vector<std::vector<std::vector<double>>> drawNetworkWeights(const std::vector<int>& layers,
                                                                 WeightInit init, std::uint64_t seed,
                                                                 double uniformRange = kDefaultUniformRange);

} // namespace bplab

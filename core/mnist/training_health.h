#pragma once

#include <string>
#include <vector>

namespace bplab {

// "Is this training healthy?", per layer and per epoch, in plain numbers (collected by the trainer
// while it trains; see MnistTrainer::train and TrainCallbacks::onHealth).
//
// For the weighted layers (conv1..conv5, fc; their weight tensors W, biases aside):
//  - gradientNorm: ‖∂L/∂W‖₂ of each step, averaged over the epoch's steps;
//  - updateRatio: ‖ΔW‖₂ / ‖W‖₂ of each step (W before the step, ΔW what the optimizer changed),
//    averaged the same way. About 1e-3 is the usual sign of a well-chosen learning rate.
// For the BatchNorm layers (norm1..norm5): their running mean and variance at the epoch's end,
// summarised over the layer's channels.

// The usual guide for the update-to-weight ratio: around 1e-3, within about a decade either side.
inline constexpr double kHealthyUpdateRatioLow = 1e-4;
inline constexpr double kHealthyUpdateRatioHigh = 1e-2;

struct WeightHealth {
    std::string layer;         // "conv1" … "conv5", "fc"
    double gradientNorm = 0.0; // mean over the epoch's steps of ‖∂L/∂W‖₂
    double updateRatio = 0.0;  // mean over the epoch's steps of ‖ΔW‖₂ / ‖W‖₂
};

// A per-channel quantity summarised over a layer's channels.
struct ChannelSpread {
    double mean = 0.0;
    double min = 0.0;
    double max = 0.0;
};

struct NormHealth {
    std::string layer; // "norm1" … "norm5"
    ChannelSpread runningMean;
    ChannelSpread runningVariance;
};

struct EpochHealth {
    int epoch = 0; // 1-based, like EpochResult::epoch
    int steps = 0; // optimizer steps averaged over
    std::vector<WeightHealth> weights;
    std::vector<NormHealth> norms;
};

// What the health chart can show.
enum class HealthFigure { UpdateRatio, GradientNorm, RunningMean, RunningVariance };

// The figure's key in the CSV ("update_ratio", "gradient_norm", "running_mean", "running_var").
std::string healthFigureKey(HealthFigure figure);

// One layer's line of a figure over the epochs. For the BatchNorm figures `low` and `high` hold the
// channels' min and max (equal to `values` for the others).
struct HealthCurve {
    std::string layer;
    std::vector<int> epochs;
    std::vector<double> values, low, high;
};

// One curve per layer that has the figure (weighted layers or BatchNorm layers), in layer order.
std::vector<HealthCurve> healthCurves(const std::vector<EpochHealth>& epochs, HealthFigure figure);

// What collection costs, timed by the engine itself (for the overhead benchmark): one training step
// (forward, backward, SGD step on a batch of 128 random images, one thread) and the collector's calls
// around it, each the fastest of `steps` (the least disturbed by other work on the machine).
struct CollectionCost {
    double stepSeconds = 0.0;
    double collectionSeconds = 0.0;
};
CollectionCost measureCollectionCost(int steps);

// A tidy CSV: "epoch,layer,figure,value", a row per epoch, layer and figure (17 significant
// digits); the BatchNorm figures also as "running_mean_min", "…_max", "running_var_min", "…_max".
std::string healthCsv(const std::vector<EpochHealth>& epochs);

} // namespace bplab

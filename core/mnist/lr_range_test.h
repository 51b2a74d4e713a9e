#pragma once

#include "core/mnist/mnist_data.h"
#include "core/mnist/train_types.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bplab {

// The learning-rate range test (Leslie Smith, "Cyclical Learning Rates", 2017; fastai's lr_find): a
// fresh model trains for `batches` batches while the rate grows exponentially from `from` to `to`;
// the loss against the rate shows where learning starts, where it is fastest and where it blows up.

struct LrRangeSettings {
    double from = 1e-5;      // the first batch's rate
    double to = 10.0;        // the last batch's rate (reached only if the loss never blows up)
    int batches = 300;       // batches to train (at most; the test stops at the blow-up)
    double smoothing = 0.98; // β of the smoothed loss: avg = β·avg + (1 − β)·loss, then ÷ (1 − β^k)
    double blowUpFactor = 4; // stop once the smoothed loss exceeds this many times its minimum so far
};

// Throws std::invalid_argument with a sentence for from ≤ 0, to ≤ from, non-finite bounds or fewer
// than 2 batches (the command line and the dialog show it).
void validate(const LrRangeSettings& settings);

struct LrRangePoint {
    double rate = 0.0;     // this batch's rate
    double loss = 0.0;     // its training loss
    double smoothed = 0.0; // the bias-corrected exponential moving average up to this batch
};

struct LrRangeResult {
    std::vector<LrRangePoint> points; // one per batch trained, the blow-up batch last (when finite)
    // Indices into `points`; -1 when there are too few points.
    int minimum = -1;  // lowest smoothed loss
    int steepest = -1; // most negative d(smoothed)/d(ln rate), at or before the minimum
    // The rate at which the smoothed loss passed blowUpFactor × its minimum, or became non-finite;
    // nothing when the loss stayed below that up to `to`.
    std::optional<double> blowUpRate;
    // The one-cycle peak we suggest: the minimum's rate ÷ 10 (fastai's "lr_min"), which lies a decade
    // below the minimum and so below the blow-up. 0 when there are no points.
    double suggestedRate = 0.0;
    bool cancelled = false; // stopped by the StopToken: the points so far, no suggestion trusted
};

// The rate of batch `index` (0-based) of `batches`: from · (to/from)^(index/(batches − 1)). The ratio
// of consecutive rates is the constant (to/from)^(1/(batches − 1)).
double rangeTestRate(const LrRangeSettings& settings, int index);

// Fills `smoothed` of every point from its `loss`, as LrRangeSettings::smoothing says.
void smoothLosses(std::vector<LrRangePoint>& points, double smoothing);

// Whether a point with this smoothed loss ends the test (non-finite, or past the factor × minimum).
bool blowsUp(double smoothed, double minimumSoFar, double factor);

// minimum, steepest and suggestedRate from `points` (smoothed filled in); keeps points and blowUpRate.
void analyse(LrRangeResult& result);

// The points as CSV: "batch,learning_rate,loss,smoothed_loss", one line per batch (batch from 1), every
// number written so it reads back exactly.
std::string lrRangeCsv(const LrRangeResult& result);

// Runs the test on a new model built from `recipe` (its optimizer, batch size, dropout, augmentation,
// seed; the schedule and epochs are ignored) and the training half of `data`, in the calling thread
// (it sets LibTorch's thread count there, as training does). Nothing else is touched: a model being
// trained elsewhere stays as it was. `onPoint` sees each point as it comes (for a live chart).
// Throws std::invalid_argument for bad settings or recipe, std::runtime_error without training data.
LrRangeResult runLrRangeTest(const TrainConfig& recipe, std::shared_ptr<const MnistData> data,
                             const LrRangeSettings& settings,
                             const std::function<void(const LrRangePoint&, int index)>& onPoint,
                             const StopToken& stop);

} // namespace bplab

// The learning-rate range test's run: a model of its own, trained batch by batch at a growing rate.
#include "core/mnist/lr_range_test.h"

#include "core/mnist/libtorch/mnist_internal.h"
#include "core/mnist/libtorch/training_step.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bplab {

LrRangeResult runLrRangeTest(const TrainConfig& recipe, std::shared_ptr<const MnistData> data,
                             const LrRangeSettings& settings,
                             const std::function<void(const LrRangePoint&, int index)>& onPoint,
                             const StopToken& stop) {
    validate(settings);
    if (!data || data->train.size() == 0) throw std::runtime_error("no training data for the range test");
    // A trainer's insides of its own: the same network, optimizer and batch preparation as training,
    // seeded from the recipe, sharing nothing with any other model.
    MnistTrainer::Impl run(recipe, std::move(data));
    torch::set_num_threads(MnistTrainer::resolvedThreads(run.config)); // in this thread, as train() does

    const auto n = run.trainImages.size(0);
    const std::int64_t batchSize = run.config.batchSize;
    torch::Tensor order;
    std::int64_t next = n; // a new shuffled pass starts when the last one is used up
    LrRangeResult result;
    double minimum = std::numeric_limits<double>::infinity();
    for (int i = 0; i < settings.batches; ++i) {
        if (stop.stopRequested()) {
            result.cancelled = true;
            break;
        }
        if (next >= n) {
            order = torch::randperm(n, torch::TensorOptions().dtype(torch::kLong));
            next = 0;
        }
        const torch::Tensor indices = batchIndices(order, next, batchSize);
        next += batchSize;
        const double rate = rangeTestRate(settings, i);
        const double batchLoss = trainOneBatch(run, indices, rate); // as train() trains each batch
        if (!std::isfinite(batchLoss)) {
            result.blowUpRate = rate; // no point for it: a chart has no place for inf or NaN
            break;
        }
        result.points.push_back({rate, batchLoss, 0.0});
        smoothLosses(result.points, settings.smoothing); // a few hundred points: cheap to redo
        const LrRangePoint& point = result.points.back();
        if (onPoint) onPoint(point, i);
        if (blowsUp(point.smoothed, minimum, settings.blowUpFactor)) {
            result.blowUpRate = rate;
            break;
        }
        minimum = std::min(minimum, point.smoothed);
    }
    analyse(result);
    return result;
}

} // namespace bplab

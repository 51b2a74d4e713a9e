// What collecting the training-health figures costs: the same training (same data, seed and threads)
// timed with collection on and off, alternately so that a busy machine slows both alike, and the
// median ratio printed. Prints; asserts nothing (README, "Training health", quotes the result).
//
// Usage: health_overhead_benchmark [IMAGES=6000] [REPETITIONS=7] [THREADS=1] [DATA_DIR]
#include "core/mnist/training_health.h"
#include "core/mnist/mnist_data.h"
#include "core/mnist/mnist_trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Seconds of one epoch of training (the test pass is kept tiny: it is not what collection touches).
double epochSeconds(const bplab::TrainConfig& config, const std::shared_ptr<const bplab::MnistData>& data,
                    bool collect) {
    bplab::MnistTrainer trainer(config, data);
    bplab::TrainCallbacks callbacks;
    if (collect) callbacks.onHealth = [](const bplab::EpochHealth&) {};
    const auto started = std::chrono::steady_clock::now();
    trainer.train(callbacks, bplab::StopToken{});
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

} // namespace

int main(int argc, char** argv) {
    const int images = argc > 1 ? std::stoi(argv[1]) : 6000;
    const int repetitions = argc > 2 ? std::stoi(argv[2]) : 7;
    const int threads = argc > 3 ? std::stoi(argv[3]) : 1;
    const std::string directory = argc > 4 ? argv[4] : bplab::defaultMnistDirectory();
    auto data = std::make_shared<bplab::MnistData>(bplab::loadMnist(directory));
    bplab::limitMnist(*data, images, 100);
    bplab::TrainConfig config;
    config.epochs = 1;
    config.threads = threads;
    std::printf("training health overhead: %d images, 1 epoch, batch %d, %d thread(s), %d repetitions\n",
                images, config.batchSize, threads, repetitions);
    epochSeconds(config, data, false); // warm-up: allocator, oneDNN primitives
    std::vector<double> off, on, ratios;
    for (int r = 0; r < repetitions; ++r) {
        // Alternating order, so neither side always runs right after the other.
        const bool onFirst = r % 2 == 1;
        const double first = epochSeconds(config, data, onFirst);
        const double second = epochSeconds(config, data, !onFirst);
        on.push_back(onFirst ? first : second);
        off.push_back(onFirst ? second : first);
        ratios.push_back(on.back() / off.back());
        std::printf("  repetition %d: without %.3f s, with %.3f s, ratio %.4f\n", r + 1, off.back(), on.back(),
                    ratios.back());
    }
    std::printf("median epoch: without collection %.3f s, with %.3f s; median ratio %.4f (%+.2f %%)\n",
                median(off), median(on), median(ratios), 100.0 * (median(ratios) - 1.0));
    // The collector's own calls against the training step, timed inside the engine: a busy machine
    // blurs this far less than whole epochs.
    const bplab::CollectionCost cost = bplab::measureCollectionCost(200);
    std::printf("direct, fastest of 200 steps of 128 images: training step %.3f ms, collection %.3f ms (%.2f %%)\n",
                1e3 * cost.stepSeconds, 1e3 * cost.collectionSeconds,
                100.0 * cost.collectionSeconds / cost.stepSeconds);
    return 0;
}

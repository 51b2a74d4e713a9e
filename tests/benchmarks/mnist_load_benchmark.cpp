// Loading and checking all 70,000 MNIST images (the four raw IDX files), and preparing one batch.
// Run: build/release/tests/benchmarks/mnist_load_benchmark   (Google Benchmark flags apply)
#include "core/mnist/mnist_data.h"

#include <benchmark/benchmark.h>

namespace {

void BM_LoadAllOfMnist(benchmark::State& state) {
    const std::string directory = bplab::defaultMnistDirectory();
    for (auto _ : state) {
        const bplab::MnistData data = bplab::loadMnist(directory);
        benchmark::DoNotOptimize(data.train.pixels.data());
        state.counters["images"] = data.train.size() + data.test.size();
    }
}
BENCHMARK(BM_LoadAllOfMnist)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();

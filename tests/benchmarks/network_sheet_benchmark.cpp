// How long the general engine takes to recompute the largest network of the sheet from scratch:
// 4-6-6-6-4, sigmoid, one bias per unit (learned), 16 examples, full batch, 1,000 iterations, which
// is what every η edit (a slider step) asks of it. Prints the median and worst time of many
// recomputes beside the seed engine's (the 2-2-2, one example) for 1,000 iterations, and the cost of
// building the sheet's cells (an architecture edit). Prints; asserts nothing.
//
// Usage: network_sheet_benchmark [REPETITIONS=50] [ITERATIONS=1000]
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/weight_init.h"
#include "tests/benchmarks/largest_network.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

namespace {

using namespace bplab;

struct Timing {
    double median = 0.0; // wall-clock milliseconds
    double worst = 0.0;
    double medianCpu = 0.0; // this process's CPU milliseconds: what a shared machine's other work leaves out
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double cpuMilliseconds() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Milliseconds of each of `repetitions` calls of `work`.
Timing timeIt(int repetitions, const std::function<void(int)>& work) {
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int r = 0; r < repetitions; ++r) {
        const double cpuStarted = cpuMilliseconds();
        const auto started = std::chrono::steady_clock::now();
        work(r);
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        cpu.push_back(cpuMilliseconds() - cpuStarted);
    }
    return {median(wall), *std::max_element(wall.begin(), wall.end()), median(cpu)};
}

// Alternating between two rates forces a full recompute every time.
double rateFor(int repetition) { return repetition % 2 == 0 ? 0.5 : 0.51; }

} // namespace

int main(int argc, char** argv) {
    const int repetitions = argc > 1 ? std::stoi(argv[1]) : 50;
    const int iterations = argc > 2 ? std::stoi(argv[2]) : 1000;
    const NetworkSpec spec = largestNetwork();

    NetworkSheet network(spec, iterations);
    network.runToEnd();
    const Timing recompute = timeIt(repetitions, [&](int r) { network.setLearningRate(rateFor(r)); });
    const Timing build = timeIt(repetitions, [&](int) {
        NetworkSheet fresh(spec, iterations);
        fresh.runToEnd();
    });
    const Timing cells = timeIt(repetitions, [&](int) { NetworkCells layout(spec); });

    BackpropSheet seed(SheetInputs{}, iterations);
    seed.runToEnd();
    const Timing seedRecompute = timeIt(repetitions, [&](int r) { seed.setLearningRate(rateFor(r)); });

    std::printf("4-6-6-6-4, 16 examples, full batch, %d iterations: %d cells and %d values per row\n",
                iterations, network.cellCount(), network.quantityCount());
    const auto print = [](const char* what, const Timing& t) {
        std::printf("  %-28s median %6.2f ms, worst %6.2f ms (CPU: median %6.2f ms)\n", what, t.median,
                    t.worst, t.medianCpu);
    };
    std::printf("(%d runs each, the run %s)\n", repetitions, network.divergedAt() ? "diverged" : "completed");
    print("recompute after an η edit:", recompute);
    print("new sheet (cells) + run:", build);
    print("building the cells alone:", cells);
    std::printf("seed 2-2-2 engine (BackpropSheet), %d iterations:\n", iterations);
    print("recompute after an η edit:", seedRecompute);
    return 0;
}

#pragma once

#include "core/sheet/network/network_spec.h"
#include "core/sheet/network/network_problem.h"
#include "core/sheet/weight_init.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bplab {

// What follows from a network's layer list alone, before any weight is given: whether the sheet may have
// those layers, the default layers around a training set, and starting parameters drawn rather than
// typed (the command line, a scenario's "init").

// Hidden units of the default network: as many as the seed sheet's hidden layer.
inline constexpr int kDefaultHiddenUnits = 2;

// The problems of the layer list alone, one each (how many layers there are, then the first
// layer whose size is out of range for its place); networkProblems starts with these. Empty: the sheet
// may have these layers.
std::vector<NetworkProblem> architectureProblems(const std::vector<int>& layers);

// The training set's inputs, kDefaultHiddenUnits hidden units, its targets.
std::vector<int> defaultLayersFor(const TrainingSet& data);

// drawNetworkWeights for layers without architectureProblems, and nothing for others (validate then
// names the problem): a long list of large layers would otherwise allocate gigabytes before that sentence.
std::vector<std::vector<std::vector<double>>> startingWeights(const std::vector<int>& layers, WeightInit init,
                                                              std::uint64_t seed,
                                                              double uniformRange = kDefaultUniformRange);

// Every bias of spec.biasMode at 0 (spec.biasCount(l) per layer l), and nothing for layers with
// architectureProblems.
std::vector<std::vector<double>> zeroBiases(const NetworkSpec& spec);

} // namespace bplab

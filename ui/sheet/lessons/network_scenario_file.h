#pragma once

#include "core/sheet/network/network_spec.h"
#include "core/sheet/lessons/scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <variant>

namespace bplab::ui {

// A lesson on any network of the sheet: the network with everything that decides its numbers, how long
// it runs, and (optionally) what it teaches. The version-2 scenario file holds one.
struct NetworkScenario {
    static constexpr int kMaxIterations = Scenario::kMaxIterations; // a file must open in the window

    NetworkSpec spec;
    int iterations = BackpropSheet::kDefaultIterationLimit;
    std::string title;       // empty: the file has none
    std::string explanation; // empty: the file has none
    std::string suggestion;  // empty: the file has none

    // Every field equal, the numbers to the last bit.
    friend bool operator==(const NetworkScenario& a, const NetworkScenario& b);
    friend bool operator!=(const NetworkScenario& a, const NetworkScenario& b) { return !(a == b); }
};

// Version 2 of the scenario file (ui/sheet/lessons/scenario_file.h has version 1, the seed's 2-2-2 values), which
// a teacher writes by hand:
//   { "format": "backprop-lab-scenario", "version": 2, "title": "…",
//     "layers": [2, 2, 1], "activations": ["tanh", "sigmoid"],       (or one name for every layer)
//     "weights": [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]],        (per layer a matrix [to][from])
//     "biases": [[0.1, -0.1], [0.2]], "learn_biases": true,         (per layer one value per unit)
//     "data": {"inputs": [[0, 0], [0, 1], …], "targets": [[0], [1], …]},   (or "xor", "and", "or", "seed")
//     "loss": "cross-entropy", "loss_reduction": "mean", "batch": "full", "learning_rate": 0.5,
//     "iterations": 2000, "explanation": "…", "suggestion": "…" }
// Required: format, version, layers, activations, data, learning_rate, and either "weights" or
// "init": {"name": "xavier", "seed": 1} (a weight_init.h name; "range": r for "uniform", 0.5 if left
// out), which draws every layer's weights, first layer first, from one WeightInitializer. Optional, with
// their defaults: biases (none), "shared_biases": true (each layer's one parameter, a number or a
// one-element list, instead of one per unit; false), learn_biases (false), loss ("squared"), loss_reduction
// ("sum"), batch ("full", or k examples per step), iterations (100), title, explanation, suggestion (none).
// Any other field is refused, naming it.
inline constexpr int kNetworkScenarioVersion = 2;

// Reads a version-2 scenario from the bytes of a file. A damaged or foreign file, another version, an
// unknown or missing field, a value of the wrong kind or an unusable network (networkProblems: matrices
// that do not match the layers, a ragged example, a target outside [0, 1] with cross-entropy, no
// examples, …) gives nothing, and one sentence in `error` saying what is wrong and how to fix it.
std::optional<NetworkScenario> networkScenarioFromJson(const QByteArray& bytes, QString* error);
// Always writes the weights themselves (never "init") and a preset's name only for the preset's examples,
// so reading the bytes back gives an equal NetworkScenario.
QByteArray networkScenarioToJson(const NetworkScenario& scenario);

// A scenario file of either version: a version-2 file becomes a NetworkScenario, anything else goes to
// scenarioFromJson exactly as before (its result and its sentences), so version 1 still opens unchanged.
using AnyScenario = std::variant<Scenario, NetworkScenario>;
std::optional<AnyScenario> anyScenarioFromJson(const QByteArray& bytes, QString* error);

// The same for files; `error` starts with the file's name.
std::optional<AnyScenario> readAnyScenarioFile(const QString& path, QString* error);
// Atomically (ui/common/file_writing.h): a failed save leaves an earlier file intact.
bool writeNetworkScenarioFile(const QString& path, const NetworkScenario& scenario, QString* error);

} // namespace bplab::ui

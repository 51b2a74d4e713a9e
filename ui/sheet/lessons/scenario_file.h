#pragma once

#include "core/sheet/lessons/scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bplab::ui {

// A scenario as one small, human-readable JSON file that a teacher can write and hand out:
//   { "format": "backprop-lab-scenario", "version": 1, "id": "divergence", "title": "…",
//     "inputs": {"i1": 0.05, "i2": 0.1, "t1": 0.01, "t2": 0.99}, "weights": [w1, …, w8],
//     "biases": {"b1": 0, "b2": 0, "learn": false}, "activation": "identity", "loss": "squared",
//     "learning_rate": 16, "iterations": 100, "compare_rates": [0.1, …], "explanation": "…",
//     "suggestion": "…" }
// "id", "biases" and "compare_rates" may be left out; everything else is required.
inline constexpr char kScenarioFormat[] = "backprop-lab-scenario";
inline constexpr int kScenarioVersion = 1;

// Reads a scenario from the bytes of a file. A damaged or foreign file, a newer version, a missing
// field, an unusable value or one the window's boxes cannot hold (bplab::checkShownInWindow) gives
// nothing, and one sentence in `error` saying what is wrong and how to fix it.
// Takes bytes, not a path, so it can be fed anything (a fuzz target, a resource).
std::optional<Scenario> scenarioFromJson(const QByteArray& bytes, QString* error);
QByteArray scenarioToJson(const Scenario& scenario);

// The same for a file; `error` starts with the file's name.
std::optional<Scenario> readScenarioFile(const QString& path, QString* error);
// The bytes of a scenario file, or nothing with "Could not open NAME: why. Check the name and folder."
// in `error`; and the sentence for a file that opened but did not parse (`problem`, the parser's).
// Shared by the readers of both versions.
std::optional<QByteArray> readScenarioBytes(const QString& path, QString* error);
QString cannotOpenScenario(const QString& path, QString problem);
// Atomically (ui/common/file_writing.h): a failed save leaves an earlier file intact.
bool writeScenarioFile(const QString& path, const Scenario& scenario, QString* error);

} // namespace bplab::ui

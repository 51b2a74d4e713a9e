#pragma once

#include "core/sheet/lessons/scenario.h"
#include "ui/sheet/lessons/network_scenario_file.h"

#include <QStringList>

#include <vector>

namespace bplab::ui {

// The lessons compiled into the app: resources/lessons/ID.json, in the scenario file format.
inline constexpr char kDivergenceLessonId[] = "divergence";
inline constexpr char kWorkedExampleLessonId[] = "worked-example";

// Their ids in the order of the Lessons menu (simple first, the worked example last).
const QStringList& builtInLessonIds();
// One of them by id; nothing for an unknown id. Each file is checked by the tests, so a built-in lesson
// that does not load is a broken build, not a user's problem.
std::optional<Scenario> builtInLesson(const QString& id);
std::vector<Scenario> builtInLessons();

// The lessons on networks other than the seed's 2-2-2: resources/lessons/ID.json in the version-2 format
// (network_scenario_file.h), beside the ones above and never among builtInLessonIds(). Their ids in menu
// order: XOR needs a hidden layer, symmetry, vanishing gradients, batch or one example at a time (the
// last is the first's run with one example per step, so the two files together are the comparison).
const QStringList& builtInNetworkLessonIds();
// One of them by id; nothing for an unknown id (or a v1 lesson's).
std::optional<NetworkScenario> builtInNetworkLesson(const QString& id);
std::vector<NetworkScenario> builtInNetworkLessons();

} // namespace bplab::ui

#pragma once

#include "core/sheet/scenario.h"

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

} // namespace bplab::ui

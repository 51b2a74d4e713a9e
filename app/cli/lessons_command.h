#pragma once

#include "core/sheet/lessons/scenario.h"
#include "ui/sheet/lessons/network_scenario_file.h"

#include <QString>
#include <QStringList>

#include <iosfwd>
#include <optional>

namespace bplab::app {

// `backprop-lab lessons`: lists the built-in lessons, one a line: the name `sheet --scenario` takes,
// the title and, where the lesson quotes it, the smallest η at which its network diverges (measured).
// `arguments` excludes the program name and the word "lessons". Returns the exit code (command_line.h).
int runLessonsCommand(const QStringList& arguments, std::ostream& out, std::ostream& err);

// The scenario `sheet --scenario` names: a built-in lesson by name, else a scenario file. Nothing,
// with a sentence in `error`, when it is neither or the file cannot be used.
std::optional<Scenario> scenarioNamed(const QString& nameOrPath, QString* error);
// The same, where a file may also be a version-2 scenario (any network of the sheet).
std::optional<ui::AnyScenario> anyScenarioNamed(const QString& nameOrPath, QString* error);

} // namespace bplab::app

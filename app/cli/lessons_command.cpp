#include "app/cli/lessons_command.h"

#include "app/cli/cli_arguments.h"
#include "app/cli/command_line.h"
#include "app/cli/command_table.h"
#include "core/sheet/lessons/divergence_threshold.h"
#include "core/sheet/sheet_cells.h"
#include "ui/sheet/lessons/built_in_lessons.h"
#include "ui/sheet/lessons/scenario_file.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <iomanip>
#include <ostream>

namespace bplab::app {

std::optional<ui::AnyScenario> anyScenarioNamed(const QString& nameOrPath, QString* error) {
    if (auto lesson = ui::builtInLesson(nameOrPath)) return ui::AnyScenario{std::move(*lesson)};
    if (!QFileInfo::exists(nameOrPath)) {
        if (error) {
            *error =
                QStringLiteral("there is no built-in lesson or file named '%1'. Run 'backprop-lab lessons' "
                               "for the names (%2), or give the path of a scenario file.")
                    .arg(nameOrPath, ui::builtInLessonIds().join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    return ui::readAnyScenarioFile(nameOrPath, error);
}

std::optional<Scenario> scenarioNamed(const QString& nameOrPath, QString* error) {
    auto scenario = anyScenarioNamed(nameOrPath, error);
    if (!scenario) return std::nullopt;
    if (auto* seed = std::get_if<Scenario>(&*scenario)) return std::move(*seed);
    if (error)
        *error = QStringLiteral("%1 is a version 2 scenario (any network); give it to 'backprop-lab sheet "
                                "--scenario'.")
                     .arg(nameOrPath);
    return std::nullopt;
}

int runLessonsCommand(const QStringList& arguments, std::ostream& out, std::ostream& err) {
    QCommandLineParser parser;
    setUpCommandParser(parser, QStringLiteral("lessons"));
    if (const auto exitCode = parseCommandArguments(parser, "lessons", arguments, out, err)) return *exitCode;

    for (const Scenario& lesson : ui::builtInLessons()) {
        out << std::left << std::setw(16) << lesson.id;
        // Where the lesson quotes it: measuring a network that never diverges runs it a few hundred times.
        if ((lesson.explanation + lesson.suggestion).find("{divergence_threshold}") == std::string::npos) {
            out << lesson.title << '\n';
            continue;
        }
        const auto threshold = measureDivergenceThreshold(lesson.inputs, lesson.iterations);
        out << std::setw(44) << lesson.title
            << (threshold ? "diverges from η = " + formatShort(*threshold)
                          : "never diverges up to η = " + formatShort(kMaxTypedLearningRate))
            << '\n';
    }
    return kExitOk;
}

} // namespace bplab::app

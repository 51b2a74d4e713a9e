#include "ui/sheet/built_in_lessons.h"

#include "ui/sheet/scenario_file.h"

#include <QFile>

namespace bplab::ui {

const QStringList& builtInLessonIds() {
    static const QStringList ids{QStringLiteral("seed"),
                                 QStringLiteral("faster"),
                                 QLatin1String(kDivergenceLessonId),
                                 QStringLiteral("oscillation"),
                                 QStringLiteral("saturation"),
                                 QStringLiteral("dead-relu"),
                                 QLatin1String(kWorkedExampleLessonId)};
    return ids;
}

std::optional<Scenario> builtInLesson(const QString& id) {
    if (!builtInLessonIds().contains(id)) return std::nullopt;
    QFile file(QStringLiteral(":/lessons/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    return scenarioFromJson(file.readAll(), nullptr);
}

std::vector<Scenario> builtInLessons() {
    std::vector<Scenario> lessons;
    for (const QString& id : builtInLessonIds()) {
        if (auto lesson = builtInLesson(id)) lessons.push_back(std::move(*lesson));
    }
    return lessons;
}

} // namespace bplab::ui

#include "ui/sheet/lessons/built_in_lessons.h"

#include "ui/sheet/lessons/scenario_file.h"

#include <QFile>

namespace bplab::ui {
namespace {

QByteArray lessonBytes(const QString& id) {
    QFile file(QStringLiteral(":/lessons/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

} // namespace

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
    return scenarioFromJson(lessonBytes(id), nullptr);
}

std::vector<Scenario> builtInLessons() {
    std::vector<Scenario> lessons;
    for (const QString& id : builtInLessonIds()) {
        if (auto lesson = builtInLesson(id)) lessons.push_back(std::move(*lesson));
    }
    return lessons;
}

const QStringList& builtInNetworkLessonIds() {
    static const QStringList ids{QStringLiteral("xor-hidden-layer"), QStringLiteral("symmetry"),
                                 QStringLiteral("vanishing-gradients"),
                                 QStringLiteral("batch-or-stochastic")};
    return ids;
}

std::optional<NetworkScenario> builtInNetworkLesson(const QString& id) {
    if (!builtInNetworkLessonIds().contains(id)) return std::nullopt;
    return networkScenarioFromJson(lessonBytes(id), nullptr);
}

std::vector<NetworkScenario> builtInNetworkLessons() {
    std::vector<NetworkScenario> lessons;
    for (const QString& id : builtInNetworkLessonIds()) {
        if (auto lesson = builtInNetworkLesson(id)) lessons.push_back(std::move(*lesson));
    }
    return lessons;
}

} // namespace bplab::ui

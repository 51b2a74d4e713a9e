#pragma once

#include "ui/sheet/lessons/network_scenario_file.h"

#include <QJsonObject>
#include <QString>

namespace bplab::ui {

// What is wrong with a version-2 file, as the sentence the user reads.
struct NetworkScenarioFileProblem {
    QString sentence;
};

// The fields of a version-2 scenario file (network_scenario_file.h lists them) read into a
// NetworkScenario: the format and version, no unknown field, each field of its kind. Whether the network
// is usable is networkProblems' question, asked after. Throws NetworkScenarioFileProblem.
// Internal to networkScenarioFromJson, kept apart so each file holds one job.
NetworkScenario readNetworkScenarioFields(const QJsonObject& root);

} // namespace bplab::ui

// libFuzzer target: a scenario file (ui/sheet/lessons/scenario_file.h), the JSON a teacher hands to a class.
// Any bytes are either refused with a sentence or accepted; an accepted scenario must pass validate()
// (the window shows it as it is) and come back unchanged through the file format. A crash, a
// sanitizer report, a silent refusal or a broken round trip is a finding.
#include "core/sheet/lessons/scenario.h"
#include "ui/sheet/lessons/scenario_file.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto scenario = bplab::ui::scenarioFromJson(bytes, &error);
    if (!scenario) {
        if (error.isEmpty()) std::abort(); // a refusal says why
        return 0;
    }
    bplab::validate(*scenario); // throws, a finding, when an accepted file cannot be shown
    const auto again = bplab::ui::scenarioFromJson(bplab::ui::scenarioToJson(*scenario), &error);
    if (!again || again->inputs != scenario->inputs || again->iterations != scenario->iterations ||
        again->title != scenario->title || again->explanation != scenario->explanation ||
        again->suggestion != scenario->suggestion || again->compareRates != scenario->compareRates ||
        again->id != scenario->id)
        std::abort();
    return 0;
}

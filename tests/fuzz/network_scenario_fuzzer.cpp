// libFuzzer target: a scenario file of either version (ui/sheet/lessons/network_scenario_file.h), the JSON a
// teacher writes by hand. Any bytes are either refused with a sentence or accepted; an accepted version-2
// file must describe a usable network (networkProblems is empty) and come back equal through the file
// format, an accepted version-1 file must pass validate(). A crash, a sanitizer report, a silent refusal
// or a broken round trip is a finding.
#include "core/sheet/network/network_spec.h"
#include "core/sheet/lessons/scenario.h"
#include "ui/sheet/lessons/network_scenario_file.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto scenario = bplab::ui::anyScenarioFromJson(bytes, &error);
    if (!scenario) {
        if (error.isEmpty()) std::abort(); // a refusal says why
        return 0;
    }
    if (const auto* v1 = std::get_if<bplab::Scenario>(&*scenario)) {
        bplab::validate(*v1); // throws, a finding, when an accepted file cannot be shown
        return 0;
    }
    const auto& v2 = std::get<bplab::ui::NetworkScenario>(*scenario);
    if (!bplab::networkProblems(v2.spec).empty()) std::abort();
    const auto again = bplab::ui::networkScenarioFromJson(bplab::ui::networkScenarioToJson(v2), &error);
    if (!again || *again != v2) std::abort();
    return 0;
}

// libFuzzer target: a training set's CSV file (core/sheet/training_set/training_set_csv.h), written by hand or by a
// spreadsheet. Any bytes are either refused with a sentence or read; a set that was read has no
// problem with ½·squared error and comes back unchanged through the writer. A crash, a sanitizer
// report, another exception, a silent refusal or a broken round trip is a finding.
#include "core/sheet/training_set/training_set_csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    bplab::TrainingSet set;
    try {
        set = bplab::readTrainingSetCsv(text);
    } catch (const std::invalid_argument& error) {
        if (std::string_view(error.what()).empty()) std::abort(); // a refusal says why
        return 0;
    }
    if (!bplab::trainingSetProblems(set, bplab::Loss::SquaredError).empty()) std::abort();
    if (bplab::readTrainingSetCsv(bplab::trainingSetCsv(set)) != set) std::abort();
    return 0;
}

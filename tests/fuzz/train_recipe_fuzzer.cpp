// libFuzzer target: the training recipe as text, the way a settings file, the command line and a
// checkpoint's recipe reach it (core/mnist/train_recipe.h). Input lines "key=value" are set field by
// field; a value is either refused with a sentence (std::invalid_argument) or accepted, and an
// accepted value must pass the field's check and come back unchanged through its text form. A crash,
// a sanitizer report, another exception or a broken round trip is a finding.
#include "core/mnist/train_recipe.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    bplab::TrainConfig config;
    while (!input.empty()) {
        const std::size_t end = input.find('\n');
        const std::string_view line = input.substr(0, end);
        input = end == std::string_view::npos ? std::string_view() : input.substr(end + 1);
        const std::size_t equals = line.find('=');
        if (equals == std::string_view::npos) continue;
        const bplab::TrainField* field = nullptr;
        try {
            field = &bplab::trainField(line.substr(0, equals));
        } catch (const std::out_of_range&) {
            continue; // an unknown key: settings and checkpoints skip it
        }
        try {
            bplab::setFromText(*field, config, line.substr(equals + 1));
        } catch (const std::invalid_argument& refused) {
            if (std::string_view(refused.what()).empty()) std::abort(); // a refusal says why
            continue;
        }
        bplab::checkField(*field, config); // an accepted value is allowed (throws, a finding, if not)
        bplab::TrainConfig again = config;
        bplab::setFromText(*field, again, bplab::textOf(*field, config));
        if (bplab::textOf(*field, again) != bplab::textOf(*field, config)) std::abort();
    }
    return 0;
}

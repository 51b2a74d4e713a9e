// libFuzzer target: a data set's classes.txt (core/mnist/data/class_names.h), any bytes. The file is
// either refused with a sentence (ClassNamesError) or gives 2 to 10 names, each non-empty, at most
// kMaxClassNameBytes long, different from the others and without spaces around it, which written one
// per line read back as the same names. A crash, a sanitizer report, another exception or a broken
// round trip is a finding.
#include "core/mnist/data/class_names.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const bplab::ClassNames names = bplab::parseClassesFile(text);
        if (names.count() < bplab::kMinClasses || names.count() > bplab::kMaxClasses) std::abort();
        std::set<std::string> seen;
        std::string written;
        for (const std::string& name : names.names()) {
            if (name.empty() || name.size() > bplab::kMaxClassNameBytes) std::abort();
            if (name.front() == ' ' || name.back() == ' ') std::abort();
            if (!seen.insert(name).second) std::abort();
            written += name + "\n";
        }
        if (bplab::parseClassesFile(written) != names) std::abort();
    } catch (const bplab::ClassNamesError& refused) {
        if (std::string_view(refused.what()).empty()) std::abort(); // a refusal says why
    }
    return 0;
}

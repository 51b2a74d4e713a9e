// libFuzzer target: the zip check that runs before LibTorch reads a checkpoint
// (core/mnist/checkpoint_integrity.h) on arbitrary bytes. Every input must end in its records or a
// ZipDamage with a phrase; a crash, a read outside the input (AddressSanitizer), a hang, an
// out-of-memory or any other exception is a finding. The records it returns must lie inside the input.
#include "core/mnist/checkpoint_integrity.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // A copy of exactly `size` bytes on the heap, so that AddressSanitizer sees any read past its end.
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const std::string_view archive(bytes);
    try {
        const std::vector<bplab::ZipRecord> records = bplab::verifiedZipRecords(archive);
        for (const bplab::ZipRecord& record : records) {
            if (record.dataOffset > size || record.compressedSize > size - record.dataOffset) std::abort();
        }
        bplab::libtorchFormatVersion(archive, records);
    } catch (const bplab::ZipDamage& damage) {
        if (std::string_view(damage.what()).empty()) std::abort(); // every refusal says why
    }
    return 0;
}

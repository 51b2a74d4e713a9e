// libFuzzer target: the IDX reader (core/mnist/idx_reader.h) on arbitrary bytes, read as images and
// as labels, raw or gzipped (the reader tells them apart by their magic bytes). Every input must end in
// the files' values or an IdxError with a sentence; a crash, a hang, a sanitizer report, an
// out-of-memory or any other exception is a finding.
#include "core/mnist/idx_reader.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

// The reader takes a path: each input is written to one in-memory file, reached through /proc.
const std::string& inputPath() {
    static const std::string path = [] {
        const int fd = memfd_create("idx-input", 0);
        if (fd < 0) std::abort();
        return "/proc/self/fd/" + std::to_string(fd);
    }();
    return path;
}

void writeInput(const std::uint8_t* data, std::size_t size) {
    const int fd = std::stoi(inputPath().substr(inputPath().rfind('/') + 1));
    if (ftruncate(fd, 0) != 0) std::abort();
    std::size_t written = 0;
    while (written < size) {
        const ssize_t n = pwrite(fd, data + written, size - written, static_cast<off_t>(written));
        if (n <= 0) std::abort();
        written += static_cast<std::size_t>(n);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    writeInput(data, size);
    try {
        const bplab::IdxImages images = bplab::readIdxImages(inputPath());
        // What the reader promises of a value it returns.
        const auto expected = static_cast<std::size_t>(images.count) * static_cast<std::size_t>(images.rows) *
                              static_cast<std::size_t>(images.cols);
        if (images.count < 0 || images.rows <= 0 || images.cols <= 0 || images.pixels.size() != expected) {
            std::abort();
        }
    } catch (const bplab::IdxError&) {
    }
    try {
        bplab::readIdxLabels(inputPath());
    } catch (const bplab::IdxError&) {
    }
    return 0;
}

#pragma once

#include <string>

namespace bplab {

// A checkpoint saved on a GPU: its tensors are CUDA tensors (tests/data/README.md says how it was made).
inline const std::string kGpuCheckpointFile =
    std::string(BPLAB_TEST_DATA) + "/checkpoint-trained-on-cuda.ckpt";

} // namespace bplab

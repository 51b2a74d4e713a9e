// A file of its own: <torch/version.h> alone compiles in a moment, <torch/torch.h> takes ~30 s.
#include "core/mnist/libtorch_version.h"

#include <torch/version.h>

namespace bplab {

std::string libtorchVersion() { return TORCH_VERSION; }

} // namespace bplab

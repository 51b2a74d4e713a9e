#pragma once

#include <string>

namespace bplab {

// The version of the LibTorch the MNIST engine was built with ("1.13.0", from its headers' TORCH_VERSION),
// for Help › About. LibTorch's C++ API has no run-time version call; the headers and the library come
// from one package.
std::string libtorchVersion();

} // namespace bplab

#pragma once

#include "core/mnist/mnist_data.h"

#include <gtest/gtest.h>

#include <memory>

namespace bplab::testing {

// The real MNIST files that the set-up fetched (packaging/fetch-mnist.sh), cut to a few thousand
// images so a test trains in seconds. Tests fail, not skip, without them: the set-up provides them.
inline std::shared_ptr<MnistData> smallMnist(int trainImages, int testImages) {
    static const std::shared_ptr<const MnistData> full = [] {
        try {
            return std::make_shared<const MnistData>(loadMnist(defaultMnistDirectory()));
        } catch (const IdxError& error) {
            ADD_FAILURE() << "MNIST data missing: " << error.what();
            return std::shared_ptr<const MnistData>();
        }
    }();
    if (!full) return nullptr;
    auto data = std::make_shared<MnistData>(*full);
    limitMnist(*data, trainImages, testImages);
    return data;
}

} // namespace bplab::testing

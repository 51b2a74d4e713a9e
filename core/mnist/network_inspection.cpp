#include "core/mnist/network_inspection.h"

#include <functional>
#include <numeric>
#include <stdexcept>

namespace bplab {

std::int64_t PlainTensor::elementCount() const {
    return std::accumulate(shape.begin(), shape.end(), std::int64_t{1}, std::multiplies<>());
}

PlainTensor PlainTensor::slice(std::int64_t index) const {
    if (shape.empty() || index < 0 || index >= shape.front())
        throw std::out_of_range("slice " + std::to_string(index) + " is outside the first dimension");
    PlainTensor part;
    part.shape.assign(shape.begin() + 1, shape.end());
    const std::int64_t size = part.elementCount();
    const auto first = values.begin() + static_cast<std::ptrdiff_t>(index * size);
    part.values.assign(first, first + static_cast<std::ptrdiff_t>(size));
    return part;
}

const std::vector<std::string>& networkStageNames() {
    static const std::vector<std::string> names{"conv1", "conv2", "max-pool", "conv3", "conv4",
                                                "conv5", "average pool", "scores"};
    return names;
}

} // namespace bplab

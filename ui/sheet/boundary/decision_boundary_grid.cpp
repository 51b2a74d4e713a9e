#include "ui/sheet/boundary/decision_boundary_grid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bplab::ui {

DecisionBoundaryGrid::DecisionBoundaryGrid(DecisionBoundaryInput input)
    : m_input(std::move(input)) {
    const DecisionBoundaryInput& in = m_input;
    const bool ranged = std::isfinite(in.x1Min) && std::isfinite(in.x1Max) && in.x1Max > in.x1Min &&
                        std::isfinite(in.x2Min) && std::isfinite(in.x2Max) && in.x2Max > in.x2Min;
    if (!in.output || !ranged) return;
    m_values = LossGrid{in.x1Min, in.x1Max, in.x2Min, in.x2Max, kSize, {}};
    // One allocation for the whole grid; the loop below only calls the network and stores doubles.
    m_values.losses.resize(static_cast<std::size_t>(kSize) * kSize);
    int high = 0;
    m_lowest = std::numeric_limits<double>::infinity();
    m_highest = -m_lowest;
    for (int j = 0; j < kSize; ++j) {
        const double x2 = m_values.b(j);
        for (int i = 0; i < kSize; ++i) {
            const double value = in.output(m_values.a(i), x2);
            m_values.losses[static_cast<std::size_t>(j) * kSize + static_cast<std::size_t>(i)] = value;
            if (!std::isfinite(value)) continue;
            high += isHigh(value) ? 1 : 0;
            m_lowest = std::min(m_lowest, value);
            m_highest = std::max(m_highest, value);
        }
    }
    m_shareHigh = static_cast<double>(high) / (static_cast<double>(kSize) * kSize);
    m_boundary = contourSegments(m_values, kBoundary);
    m_exampleOutputs.reserve(in.examples.size());
    for (const DecisionBoundaryExample& example : in.examples)
        m_exampleOutputs.push_back(in.output(example.x1, example.x2));
}

bool DecisionBoundaryGrid::isOnTargetSide(std::size_t index) const {
    const double output = m_exampleOutputs[index];
    return std::isfinite(output) && isHigh(output) == isHigh(m_input.examples[index].target);
}

int DecisionBoundaryGrid::examplesOnTargetSide() const {
    int count = 0;
    for (std::size_t k = 0; k < m_exampleOutputs.size(); ++k) count += isOnTargetSide(k) ? 1 : 0;
    return count;
}

} // namespace bplab::ui

#pragma once

#include "core/sheet/landscape/landscape_contours.h"
#include "core/sheet/landscape/loss_landscape.h"

#include <QString>

#include <functional>
#include <vector>

namespace bplab::ui {

// One training example on the input plane.
struct DecisionBoundaryExample {
    double x1 = 0.0;
    double x2 = 0.0;
    double target = 0.0; // 0..1; at or above 0.5 it belongs to the output's high side
};

// What the decision boundary view shows, in plain values: whoever owns the network (the sheet) fills
// it from a forward pass, so the view knows nothing of documents or rows.
struct DecisionBoundaryInput {
    // The network's output at (x1, x2), ideally in [0, 1] (values outside are drawn in the end colours).
    // Called about 10^4 times per input, on the GUI thread; NaN where it cannot be computed.
    std::function<double(double x1, double x2)> output;
    double x1Min = 0.0, x1Max = 1.0; // the plane shown
    double x2Min = 0.0, x2Max = 1.0;
    std::vector<DecisionBoundaryExample> examples;
    QString outputName = QStringLiteral("output"); // as the sheet names it, e.g. "a_o1"
};

// The output sampled once per input on a square grid over the plane, with what is read off it: the
// 0.5 contour (the boundary), the share of the plane above 0.5, and each example's output. Painting,
// the tooltip and the screen-reader text all read these values, so no repaint calls the network.
class DecisionBoundaryGrid {
public:
    static constexpr int kSize = 101;        // points per side: 100 cells, an edge point on each border
    static constexpr double kBoundary = 0.5; // the output where the class changes

    DecisionBoundaryGrid() = default;
    // Evaluates `input.output` at kSize² grid points and at every example. An input without a function
    // or with an empty range gives an empty grid.
    explicit DecisionBoundaryGrid(DecisionBoundaryInput input);

    bool isEmpty() const { return m_values.size < 2; }
    const DecisionBoundaryInput& input() const { return m_input; }
    // The outputs in the landscape's grid type (a = x1, b = x2), so the boundary is traced by the
    // landscape's own marching squares.
    const LossGrid& values() const { return m_values; }
    // The 0.5 contour, in grid coordinates (x = i along x1, y = j along x2).
    const std::vector<ContourSegment>& boundary() const { return m_boundary; }

    static bool isHigh(double value) { return value >= kBoundary; }
    // The output at example `index` (exact, not read off the grid) and whether it is on its target's side.
    double exampleOutput(std::size_t index) const { return m_exampleOutputs[index]; }
    bool isOnTargetSide(std::size_t index) const;
    int examplesOnTargetSide() const;
    // The share (0..1) of the grid points whose output is at or above 0.5.
    double shareHigh() const { return m_shareHigh; }
    // The smallest and largest finite output on the grid (lowest > highest when there is none).
    double lowest() const { return m_lowest; }
    double highest() const { return m_highest; }

private:
    DecisionBoundaryInput m_input;
    LossGrid m_values;
    std::vector<ContourSegment> m_boundary;
    std::vector<double> m_exampleOutputs;
    double m_shareHigh = 0.0;
    double m_lowest = 0.0;
    double m_highest = 0.0;
};

} // namespace bplab::ui

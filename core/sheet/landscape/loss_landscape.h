#pragma once

#include "core/sheet/sheet_cells.h"
#include "core/sheet/sheet_inputs.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bplab {

class BackpropSheet;
class SheetEngine;

// The loss landscape: E_total over two chosen parameters (the axes), every other value held at one
// iteration's values, and the gradient-descent path drawn on it. The surface is computed with the
// sheet's own cells (buildCells), so a point of the grid equals, to the last bit, the E_total the sheet
// computes for the same weights.

// Which two parameters span the landscape, as quantity indices (quantity::w1 + k, quantity::b1, b2).
struct LandscapeAxes {
    int a = quantity::w1 + 4; // the horizontal axis; default w5
    int b = quantity::w1 + 5; // the vertical axis; default w6
    friend bool operator==(const LandscapeAxes& x, const LandscapeAxes& y) {
        return x.a == y.a && x.b == y.b;
    }
};

// Points per axis of the grid: 2 is the least that spans a range; 1000 (a million points) keeps a
// command-line grid to about a second.
inline constexpr int kDefaultLandscapeGridSize = 100;
inline constexpr int kMinLandscapeGridSize = 2;
inline constexpr int kMaxLandscapeGridSize = 1000;
// A typed span (half the width of the square shown, around the selected iteration's values) must be
// in (0, kMaxLandscapeSpan]: beyond it every activation but identity is flat.
inline constexpr double kMaxLandscapeSpan = 1000.0;

// The parameters a landscape may vary for these inputs: w1..w8, and b1, b2 when the sheet uses biases
// (without them the sheet has no bias at all).
std::vector<int> landscapeParameters(const SheetInputs& inputs);
// Throws std::invalid_argument with a sentence for a parameter not in landscapeParameters or the
// same parameter twice.
void validateAxes(const LandscapeAxes& axes, const SheetInputs& inputs);
// "w5,w6" → the axes, validated. Throws std::invalid_argument with a sentence.
LandscapeAxes parseLandscapeAxes(std::string_view text, const SheetInputs& inputs);
// The id of a parameter: "w5", "b1".
const std::string& parameterId(int parameter);

// What a landscape draws: E_total as a function of its two axes, every other value held. The grid,
// the read-out and the tests need nothing more, so one grid serves the seed's sheet (LossSurface) and
// any network's (NetworkLossSurface).
class LandscapeSurface {
public:
    virtual ~LandscapeSurface() = default;
    // E_total at (a, b); NaN where the loss cannot be computed (cross-entropy of an output at 0 or 1)
    // or is not finite.
    virtual double lossAt(double a, double b) const = 0;
    virtual LandscapeAxes axes() const = 0;
};

// E_total over the two axes with every other value of `frozen` (a row of the sheet) held: the
// forward-pass and loss cells of the sheet, evaluated for each point. Cheap enough to call 10,000 times
// per frame: no allocation per point.
class LossSurface final : public LandscapeSurface {
public:
    LossSurface(const SheetInputs& inputs, const RowValues& frozen, LandscapeAxes axes);

    double lossAt(double a, double b) const override;
    LandscapeAxes axes() const override { return m_axes; }

private:
    std::vector<CellSpec> m_cells; // forward pass and loss, in evaluation order
    mutable RowValues m_values;    // the frozen row; each call overwrites the axes and the cells
    LandscapeAxes m_axes;
};

// The losses on an evenly spaced size × size grid over [aMin, aMax] × [bMin, bMax].
struct LossGrid {
    double aMin = 0.0, aMax = 1.0, bMin = 0.0, bMax = 1.0;
    int size = 0;
    std::vector<double> losses; // row-major from bMin: losses[j·size + i] = E(a(i), b(j))

    double a(int i) const { return aMin + (aMax - aMin) * i / (size - 1); }
    double b(int j) const { return bMin + (bMax - bMin) * j / (size - 1); }
    double at(int i, int j) const {
        return losses[static_cast<std::size_t>(j) * static_cast<std::size_t>(size) +
                      static_cast<std::size_t>(i)];
    }
};

// One point of a gradient-descent path: the row's two axis values and its E_total.
struct LandscapePoint {
    int iteration = 0;
    double a = 0.0;
    double b = 0.0;
    double loss = 0.0;
};

struct LandscapePath {
    double learningRate = 0.0;
    std::vector<LandscapePoint> points; // every row whose loss was evaluated, from iteration 0
    std::optional<int> stoppedAt;       // where the run diverged or stopped, if it did
};

// The path of the sheet as it ran: each evaluated row's axis values and E_total, exactly the table's.
LandscapePath tablePath(const BackpropSheet& sheet, LandscapeAxes axes);
// The same for either engine, whose E_total is the quantity `totalLoss`.
LandscapePath tablePath(const SheetEngine& sheet, LandscapeAxes axes, int totalLoss);

// The path of gradient descent on the axes alone: starting from the inputs' values of the two axes,
// every other value frozen at `frozen`, `iterations` rows at the inputs' η, each step computed by the
// sheet's own partial and update cells. Every point lies exactly on the LossSurface of `frozen`.
LandscapePath twoParameterPath(const SheetInputs& inputs, const RowValues& frozen, LandscapeAxes axes,
                               int iterations);

// The row whose values a landscape at `iteration` holds: the sheet's row, or for a sheet with no rows
// yet (reset) the typed values as row 0. Throws std::invalid_argument for an iteration beyond the run.
RowValues landscapeRow(const BackpropSheet& sheet, int iteration);
// Throws that LandscapeError unless 0 <= iteration < max(1, rowCount).
void checkLandscapeIteration(int iteration, int rowCount);

// What to draw, and what the command line writes.
struct LandscapeOptions {
    LandscapeAxes axes;
    int gridSize = kDefaultLandscapeGridSize;
    std::optional<double> span; // half-width around the selected iteration; none: fit the paths
    int iteration = 0;          // the selected iteration, whose other values the surface holds
    bool trainOnlyAxes = false; // paths from twoParameterPath rather than the table
    // Empty: the sheet's own path. Else one path per rate (compare mode), each a run of the sheet's
    // values at that rate; the surface is the sheet's at the selected iteration either way.
    std::vector<double> learningRates;
};

// How a landscape's axes are named: by id in a CSV header and on the command line ("w5", "w2_11"), by
// label in a picture ("w5", "w²₁₁").
struct LandscapeAxisNames {
    std::string idA, idB;
    std::string labelA, labelB;
};

struct Landscape {
    LandscapeAxes axes;
    // An own network's names of the axes; empty for the seed's sheet (see axisNamesOf).
    LandscapeAxisNames names;
    int iteration = 0;       // the selected iteration
    LandscapePoint selected; // the selected iteration's point on the surface (its axes and E_total)
    LossGrid grid;
    std::vector<LandscapePath> paths; // the sheet's own, or one per compared learning rate
};

// The names of a landscape's axes: its own, or the seed's ids (parameterId, also its labels) when it has
// none.
LandscapeAxisNames axisNamesOf(const Landscape& landscape);

// Throws std::invalid_argument with a sentence for bad axes, a grid size or span out of range, a
// learning rate that is not > 0, or an iteration the sheet has not evaluated.
Landscape computeLandscape(const BackpropSheet& sheet, const LandscapeOptions& options);
// The checks of computeLandscape that do not depend on the sheet: the grid size, the span and the
// compared learning rates (LandscapeError with a sentence).
void validateLandscapeOptions(const LandscapeOptions& options);

// The square the grid covers: `span` around `centre` when given; else the paths' finite points and
// the centre with a margin, at least ±kMinFittedSpan and at most ±kMaxFittedSpan (around the centre
// then, as a diverging path would zoom out to a flat picture). Equal scales on both axes keep the
// gradient at right angles to the contour lines.
inline constexpr double kMinFittedSpan = 0.25;
inline constexpr double kMaxFittedSpan = 20.0;
void fitGridRange(LossGrid& grid, const LandscapePoint& centre, std::optional<double> span,
                  const std::vector<LandscapePath>& paths);
// Fills grid.losses for its range and size.
void fillGrid(LossGrid& grid, const LandscapeSurface& surface);

} // namespace bplab

#include "core/sheet/landscape/loss_landscape.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/landscape/landscape_problem.h"
#include "core/sheet/sheet_engine.h"
#include "core/sheet/vector_index.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace bplab {

namespace {
#if defined(__GNUC__) && defined(__x86_64__)
// Measured on an AVX-512 Xeon: after Qt 6.4 has painted, the upper halves of the vector registers
// stay dirty (its raster code returns without a vzeroupper), and until one runs every SSE instruction,
// libm's exp among them, pays a state-transition penalty: the 100 × 100 grid took 7 ms after a
// repaint instead of 0.5 ms. Clearing them first costs nothing.
__attribute__((target("avx"))) void clearUpperVectorHalvesWithAvx() { __builtin_ia32_vzeroupper(); }
void clearUpperVectorHalves() {
    if (__builtin_cpu_supports("avx")) clearUpperVectorHalvesWithAvx();
}
#else
void clearUpperVectorHalves() {}
#endif

bool isBias(int parameter) { return parameter == quantity::b1 || parameter == quantity::b2; }

// The partial and the update cell of a parameter: ∂E/∂w5 and w5′ for w5.
int partialOf(int parameter) {
    if (isBias(parameter)) return quantity::dE_db1 + (parameter - quantity::b1);
    return quantity::dE_dw1 + (parameter - quantity::w1);
}
int updateOf(int parameter) {
    if (isBias(parameter)) return quantity::b1_new + (parameter - quantity::b1);
    return quantity::w1_new + (parameter - quantity::w1);
}

// The cells of `inputs` that compute the forward pass and the loss, plus those listed in `extra`.
std::vector<CellSpec> cellsFor(const SheetInputs& inputs, const std::vector<int>& extra) {
    std::vector<CellSpec> kept;
    for (CellSpec& cell : buildCells(inputs)) {
        const Stage stage = quantities()[at(cell.quantity)].stage;
        const bool wanted = stage == Stage::Forward || stage == Stage::Loss ||
                            std::find(extra.begin(), extra.end(), cell.quantity) != extra.end();
        if (wanted) kept.push_back(std::move(cell));
    }
    return kept;
}

// Row 0 as the sheet starts it, for a sheet with no rows yet (reset): the given values only.
RowValues givenRow(const SheetInputs& inputs) {
    RowValues values;
    values.fill(std::numeric_limits<double>::quiet_NaN());
    for (const std::string& name : inputValueNames()) {
        values[at(quantityIndex(name))] = inputValue(inputs, name);
    }
    return values;
}

} // namespace

void checkLandscapeIteration(int iteration, int rowCount) {
    if (iteration < 0 || iteration >= std::max(1, rowCount)) {
        const std::string last = std::to_string(std::max(1, rowCount) - 1);
        throw LandscapeError(LandscapeProblem::IterationBeyondRun, {std::to_string(iteration), last},
                             "iteration " + std::to_string(iteration) + " is beyond the run: choose 0.." +
                                 last);
    }
}

RowValues landscapeRow(const BackpropSheet& sheet, int iteration) {
    if (iteration == 0 && sheet.rowCount() == 0) return givenRow(sheet.inputs());
    checkLandscapeIteration(iteration, sheet.rowCount());
    return sheet.row(iteration);
}

std::vector<int> landscapeParameters(const SheetInputs& inputs) {
    std::vector<int> list;
    list.reserve(10);
    for (int k = 0; k < 8; ++k) list.push_back(quantity::w1 + k);
    if (inputs.usesBiases()) list.insert(list.end(), {quantity::b1, quantity::b2});
    return list;
}

const std::string& parameterId(int parameter) { return quantities().at(at(parameter)).id; }

void validateAxes(const LandscapeAxes& axes, const SheetInputs& inputs) {
    const std::vector<int> allowed = landscapeParameters(inputs);
    for (int parameter : {axes.a, axes.b}) {
        if (std::find(allowed.begin(), allowed.end(), parameter) == allowed.end()) {
            if (inputs.usesBiases()) {
                throw LandscapeError(LandscapeProblem::AxisNotAParameter, {},
                                     "a landscape axis must be one of w1..w8, b1 or b2");
            }
            throw LandscapeError(LandscapeProblem::AxisNotAWeight, {},
                                 "a landscape axis must be one of w1..w8 (b1 and b2 only when the sheet has "
                                 "biases: set one or learn them)");
        }
    }
    if (axes.a == axes.b) {
        throw LandscapeError(LandscapeProblem::SameParameterTwice, {parameterId(axes.a)},
                             "the landscape needs two different parameters, not " + parameterId(axes.a) +
                                 " twice");
    }
}

LandscapeAxes parseLandscapeAxes(std::string_view text, const SheetInputs& inputs) {
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos || text.find(',', comma + 1) != std::string_view::npos) {
        throw LandscapeError(LandscapeProblem::NotTwoParameters, {std::string(text)},
                             "the landscape takes two parameters separated by a comma, e.g. w5,w6, not '" +
                                 std::string(text) + "'");
    }
    auto parameter = [&](std::string_view id) {
        const int index = quantityIndex(id);
        const std::vector<int> allowed = landscapeParameters(inputs);
        if (std::find(allowed.begin(), allowed.end(), index) == allowed.end()) {
            throw LandscapeError(inputs.usesBiases() ? LandscapeProblem::UnknownParameter
                                                     : LandscapeProblem::UnknownNonBiasParameter,
                                 {std::string(id)},
                                 "'" + std::string(id) + "' is not a landscape parameter: use w1..w8" +
                                     (inputs.usesBiases() ? ", b1 or b2" : ""));
        }
        return index;
    };
    const LandscapeAxes axes{parameter(text.substr(0, comma)), parameter(text.substr(comma + 1))};
    validateAxes(axes, inputs);
    return axes;
}

LossSurface::LossSurface(const SheetInputs& inputs, const RowValues& frozen, LandscapeAxes axes)
    : m_cells(cellsFor(inputs, {}))
    , m_values(frozen)
    , m_axes(axes) {}

double LossSurface::lossAt(double a, double b) const {
    m_values[at(m_axes.a)] = a;
    m_values[at(m_axes.b)] = b;
    for (const CellSpec& cell : m_cells) m_values[at(cell.quantity)] = cell.evaluate(m_values);
    const double loss = m_values[quantity::E_total];
    // Cross-entropy of an output at 0 or 1 is infinite or NaN: the sheet refuses that cell.
    return std::isfinite(loss) ? loss : std::numeric_limits<double>::quiet_NaN();
}

LandscapePath tablePath(const BackpropSheet& sheet, LandscapeAxes axes) {
    return tablePath(sheet, axes, quantity::E_total);
}

LandscapePath tablePath(const SheetEngine& sheet, LandscapeAxes axes, int totalLoss) {
    LandscapePath path;
    path.learningRate = sheet.learningRate();
    const int lossCell = sheet.cellOfQuantity(totalLoss);
    for (int r = 0; r < sheet.rowCount() && sheet.isEvaluated(r, lossCell); ++r) {
        path.points.push_back({r, sheet.value(r, axes.a), sheet.value(r, axes.b), sheet.value(r, totalLoss)});
    }
    path.stoppedAt = sheet.divergedAt();
    return path;
}

LandscapePath twoParameterPath(const SheetInputs& inputs, const RowValues& frozen, LandscapeAxes axes,
                               int iterations) {
    validateAxes(axes, inputs);
    // A bias axis needs the bias partials, which the sheet has only when it learns biases; the forward
    // cells are the same either way (usesBiases() holds for a bias axis).
    SheetInputs withPartials = inputs;
    if (isBias(axes.a) || isBias(axes.b)) withPartials.learnBiases = true;
    const std::vector<CellSpec> cells =
        cellsFor(withPartials, {partialOf(axes.a), partialOf(axes.b), updateOf(axes.a), updateOf(axes.b)});

    LandscapePath path;
    path.learningRate = inputs.learningRate;
    RowValues values = frozen;
    values[quantity::eta] = inputs.learningRate;
    values[at(axes.a)] = inputValue(inputs, parameterId(axes.a));
    values[at(axes.b)] = inputValue(inputs, parameterId(axes.b));
    for (int r = 0; r < iterations; ++r) {
        for (const CellSpec& cell : cells) {
            if (cell.refusal && cell.refusal(values)) {
                path.stoppedAt = r; // the loss cannot be computed: the sheet stops here too
                return path;
            }
            const double value = cell.evaluate(values);
            values[at(cell.quantity)] = value;
            if (cell.quantity == quantity::E_total) {
                path.points.push_back({r, values[at(axes.a)], values[at(axes.b)], value});
            }
            if (!std::isfinite(value)) {
                path.stoppedAt = r;
                return path;
            }
        }
        // Only the two axes move: the next row starts from their updates, everything else frozen.
        values[at(axes.a)] = values[at(updateOf(axes.a))];
        values[at(axes.b)] = values[at(updateOf(axes.b))];
    }
    return path;
}

void fitGridRange(LossGrid& grid, const LandscapePoint& centre, std::optional<double> span,
                  const std::vector<LandscapePath>& paths) {
    double aLow = centre.a, aHigh = centre.a, bLow = centre.b, bHigh = centre.b;
    for (const LandscapePath& path : paths) {
        for (const LandscapePoint& point : path.points) {
            if (!std::isfinite(point.a) || !std::isfinite(point.b)) continue;
            aLow = std::min(aLow, point.a);
            aHigh = std::max(aHigh, point.a);
            bLow = std::min(bLow, point.b);
            bHigh = std::max(bHigh, point.b);
        }
    }
    double half = span.value_or(0.0);
    double aMid = centre.a, bMid = centre.b;
    if (!span) {
        // A margin of a tenth on each side, so the path's ends are not on the frame.
        half = std::max(aHigh - aLow, bHigh - bLow) / 2.0 * 1.2;
        aMid = (aLow + aHigh) / 2.0;
        bMid = (bLow + bHigh) / 2.0;
        if (half > kMaxFittedSpan) {
            aMid = centre.a;
            bMid = centre.b;
        }
        half = std::clamp(half, kMinFittedSpan, kMaxFittedSpan);
    }
    grid.aMin = aMid - half;
    grid.aMax = aMid + half;
    grid.bMin = bMid - half;
    grid.bMax = bMid + half;
}

void fillGrid(LossGrid& grid, const LandscapeSurface& surface) {
    clearUpperVectorHalves();
    grid.losses.resize(static_cast<std::size_t>(grid.size) * static_cast<std::size_t>(grid.size));
    std::size_t k = 0;
    for (int j = 0; j < grid.size; ++j) {
        const double b = grid.b(j);
        for (int i = 0; i < grid.size; ++i) grid.losses[k++] = surface.lossAt(grid.a(i), b);
    }
}

LandscapeAxisNames axisNamesOf(const Landscape& landscape) {
    if (!landscape.names.idA.empty()) return landscape.names;
    const std::string& a = parameterId(landscape.axes.a);
    const std::string& b = parameterId(landscape.axes.b);
    return {a, b, a, b};
}

void validateLandscapeOptions(const LandscapeOptions& options) {
    if (options.gridSize < kMinLandscapeGridSize || options.gridSize > kMaxLandscapeGridSize) {
        throw LandscapeError(LandscapeProblem::GridSizeOutOfRange,
                             {std::to_string(kMinLandscapeGridSize), std::to_string(kMaxLandscapeGridSize)},
                             "the grid must have " + std::to_string(kMinLandscapeGridSize) + ".." +
                                 std::to_string(kMaxLandscapeGridSize) + " points per axis");
    }
    if (options.span && !(*options.span > 0.0 && *options.span <= kMaxLandscapeSpan)) {
        const std::string most = std::to_string(static_cast<int>(kMaxLandscapeSpan));
        throw LandscapeError(LandscapeProblem::SpanOutOfRange, {most},
                             "the span must be greater than 0 and at most " + most);
    }
    for (double rate : options.learningRates) {
        if (!isUsableLearningRate(rate)) {
            throw LandscapeError(LandscapeProblem::UnusableLearningRate, {formatShort(rate)},
                                 "a learning rate must be a finite number greater than 0, not " +
                                     formatShort(rate));
        }
    }
}

Landscape computeLandscape(const BackpropSheet& sheet, const LandscapeOptions& options) {
    const SheetInputs& inputs = sheet.inputs();
    validateAxes(options.axes, inputs);
    validateLandscapeOptions(options);
    const RowValues frozen = landscapeRow(sheet, options.iteration);
    const LossSurface surface(inputs, frozen, options.axes);

    Landscape landscape;
    landscape.axes = options.axes;
    landscape.iteration = options.iteration;
    const double a = frozen[at(options.axes.a)], b = frozen[at(options.axes.b)];
    landscape.selected = {options.iteration, a, b, surface.lossAt(a, b)};

    const int iterations =
        sheet.atEnd() ? sheet.iterationLimit() : static_cast<int>(sheet.lossCurve().size());
    std::vector<double> rates = options.learningRates;
    const bool own = rates.empty();
    if (own) rates.push_back(inputs.learningRate);
    for (double rate : rates) {
        SheetInputs withRate = inputs;
        withRate.learningRate = rate;
        if (options.trainOnlyAxes) {
            landscape.paths.push_back(
                twoParameterPath(withRate, frozen, options.axes, std::max(1, iterations)));
        } else if (own) {
            landscape.paths.push_back(tablePath(sheet, options.axes));
        } else {
            BackpropSheet run(withRate, sheet.iterationLimit());
            run.runToEnd();
            landscape.paths.push_back(tablePath(run, options.axes));
        }
    }
    landscape.grid.size = options.gridSize;
    fitGridRange(landscape.grid, landscape.selected, options.span, landscape.paths);
    fillGrid(landscape.grid, surface);
    return landscape;
}

} // namespace bplab

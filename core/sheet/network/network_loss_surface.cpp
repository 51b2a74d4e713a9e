#include "core/sheet/network/network_loss_surface.h"

#include "core/sheet/landscape/landscape_problem.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/vector_index.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace bplab {

namespace {

// The example pair of a refusal: the default axes (the network has two parameters at least).
std::string examplePair(const NetworkSheet& sheet) {
    const LandscapeAxes axes = defaultNetworkAxes(sheet);
    return sheet.idOf(axes.a) + "," + sheet.idOf(axes.b);
}

bool isParameter(const NetworkSheet& sheet, int quantity) {
    const std::vector<int> list = networkLandscapeParameters(sheet);
    return std::find(list.begin(), list.end(), quantity) != list.end();
}

void requireTwoParameters(const NetworkSheet& sheet) {
    if (networkLandscapeParameters(sheet).size() < 2) {
        throw LandscapeError(LandscapeProblem::TooFewParameters, {},
                             "this network has fewer than two parameters: a landscape needs two");
    }
}
// "'w5' is not a parameter of this network: …", naming the network's first parameter as an example.
[[noreturn]] void refuseParameter(const NetworkSheet& sheet, const std::string& name) {
    const std::string example = sheet.idOf(networkLandscapeParameters(sheet).front());
    std::string sentence = "'";
    sentence += name;
    sentence += "' is not a parameter of this network: use the id of one of its weights or biases, such as ";
    sentence += example;
    throw LandscapeError(LandscapeProblem::NotANetworkParameter, {name, example}, sentence);
}
} // namespace

std::vector<int> networkLandscapeParameters(const NetworkSheet& sheet) {
    const NetworkIndex& index = sheet.layout().index();
    std::vector<int> list;
    for (const auto& layer : index.weight)
        for (const auto& to : layer) list.insert(list.end(), to.begin(), to.end());
    for (const auto& layer : index.bias) list.insert(list.end(), layer.begin(), layer.end());
    return list;
}

void validateNetworkAxes(const LandscapeAxes& axes, const NetworkSheet& sheet) {
    requireTwoParameters(sheet);
    for (int parameter : {axes.a, axes.b}) {
        if (!isParameter(sheet, parameter)) {
            const std::string name = parameter >= 0 && parameter < sheet.quantityCount()
                                         ? sheet.idOf(parameter)
                                         : std::to_string(parameter);
            refuseParameter(sheet, name);
        }
    }
    if (axes.a == axes.b) {
        std::string sentence = "the landscape needs two different parameters, not ";
        sentence += sheet.idOf(axes.a);
        sentence += " twice";
        throw LandscapeError(LandscapeProblem::SameParameterTwice, {sheet.idOf(axes.a)}, sentence);
    }
}

LandscapeAxes parseNetworkLandscapeAxes(std::string_view text, const NetworkSheet& sheet) {
    requireTwoParameters(sheet);
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos || text.find(',', comma + 1) != std::string_view::npos) {
        const std::string pair = examplePair(sheet);
        std::string sentence = "the landscape takes two parameters separated by a comma, e.g. ";
        sentence += pair;
        sentence += ", not '";
        sentence += text;
        sentence += "'";
        throw LandscapeError(LandscapeProblem::NotTwoNetworkParameters, {std::string(text), pair}, sentence);
    }
    auto parameter = [&sheet](std::string_view id) {
        const int index = sheet.quantities().indexOf(id);
        if (index < 0 || !isParameter(sheet, index)) {
            refuseParameter(sheet, std::string(id));
        }
        return index;
    };
    const LandscapeAxes axes{parameter(text.substr(0, comma)), parameter(text.substr(comma + 1))};
    validateNetworkAxes(axes, sheet);
    return axes;
}

LandscapeAxes defaultNetworkAxes(const NetworkSheet& sheet) {
    requireTwoParameters(sheet);
    const std::vector<int> list = networkLandscapeParameters(sheet);
    return {list[0], list[1]};
}

LandscapeAxisNames networkAxisNames(const NetworkSheet& sheet, LandscapeAxes axes) {
    return {sheet.idOf(axes.a), sheet.idOf(axes.b), sheet.labelOf(axes.a), sheet.labelOf(axes.b)};
}

std::vector<double> networkLandscapeRow(const NetworkSheet& sheet, int iteration) {
    if (iteration == 0 && sheet.rowCount() == 0) {
        // One cell started row 0: its given values are in, the rest is NaN (recomputed per point).
        NetworkSheet started(sheet.spec(), 1);
        started.stepCell();
        return started.rowValues(0);
    }
    checkLandscapeIteration(iteration, sheet.rowCount());
    return sheet.rowValues(iteration);
}

NetworkLossSurface::NetworkLossSurface(const NetworkSheet& sheet, std::vector<double> frozen,
                                       LandscapeAxes axes)
    : m_cells(sheet.layout())
    , m_lossCells(sheet.cellOfQuantity(sheet.layout().index().totalLoss) + 1)
    , m_values(std::move(frozen))
    , m_axes(axes) {}

double NetworkLossSurface::lossAt(double a, double b) const {
    m_values[at(m_axes.a)] = a;
    m_values[at(m_axes.b)] = b;
    const NetworkCells::RunResult run = m_cells.run(m_values.data(), 0, m_lossCells);
    // A refused cross-entropy cell, or a value that overflowed on the way, leaves E_total uncomputed.
    const double loss = m_values[at(m_cells.index().totalLoss)];
    if (run.refused || run.evaluated < m_lossCells || !std::isfinite(loss))
        return std::numeric_limits<double>::quiet_NaN();
    return loss;
}

LandscapePath networkTwoParameterPath(const NetworkSheet& sheet, const std::vector<double>& frozen,
                                      LandscapeAxes axes, int iterations) {
    validateNetworkAxes(axes, sheet);
    const NetworkCells& cells = sheet.layout();
    const int total = cells.index().totalLoss;
    const int lossCell = sheet.cellOfQuantity(total);
    const int updateA = sheet.updateOf(axes.a), updateB = sheet.updateOf(axes.b); // -1: a fixed bias

    LandscapePath path;
    path.learningRate = sheet.learningRate();
    const std::vector<double> start = networkLandscapeRow(sheet, 0);
    std::vector<double> values = frozen;
    values[at(cells.index().eta)] = sheet.learningRate();
    values[at(axes.a)] = start[at(axes.a)];
    values[at(axes.b)] = start[at(axes.b)];
    for (int r = 0; r < iterations; ++r) {
        const NetworkCells::RunResult run = cells.run(values.data(), 0, sheet.cellCount());
        if (run.evaluated > lossCell)
            path.points.push_back({r, values[at(axes.a)], values[at(axes.b)], values[at(total)]});
        if (run.refused || run.evaluated < sheet.cellCount()) {
            path.stoppedAt = r; // the sheet stops here too
            return path;
        }
        // Only the two axes move: the next row starts from their updates, everything else frozen.
        if (updateA >= 0) values[at(axes.a)] = values[at(updateA)];
        if (updateB >= 0) values[at(axes.b)] = values[at(updateB)];
    }
    return path;
}

Landscape computeNetworkLandscape(const NetworkSheet& sheet, const LandscapeOptions& options) {
    validateNetworkAxes(options.axes, sheet);
    validateLandscapeOptions(options);
    const std::vector<double> frozen = networkLandscapeRow(sheet, options.iteration);
    const NetworkLossSurface surface(sheet, frozen, options.axes);

    Landscape landscape;
    landscape.axes = options.axes;
    landscape.names = networkAxisNames(sheet, options.axes);
    landscape.iteration = options.iteration;
    const double a = frozen[at(options.axes.a)], b = frozen[at(options.axes.b)];
    landscape.selected = {options.iteration, a, b, surface.lossAt(a, b)};

    const int total = sheet.layout().index().totalLoss;
    const int iterations =
        sheet.atEnd() ? sheet.iterationLimit() : static_cast<int>(sheet.lossCurve().size());
    std::vector<double> rates = options.learningRates;
    const bool own = rates.empty();
    if (own) rates.push_back(sheet.learningRate());
    for (double rate : rates) {
        NetworkSpec spec = sheet.spec();
        spec.learningRate = rate;
        if (options.trainOnlyAxes) {
            const NetworkSheet atRate(spec, sheet.iterationLimit());
            landscape.paths.push_back(
                networkTwoParameterPath(atRate, frozen, options.axes, std::max(1, iterations)));
        } else if (own) {
            landscape.paths.push_back(tablePath(sheet, options.axes, total));
        } else {
            NetworkSheet run(spec, sheet.iterationLimit());
            run.runToEnd();
            landscape.paths.push_back(tablePath(run, options.axes, total));
        }
    }
    landscape.grid.size = options.gridSize;
    fitGridRange(landscape.grid, landscape.selected, options.span, landscape.paths);
    fillGrid(landscape.grid, surface);
    return landscape;
}

} // namespace bplab

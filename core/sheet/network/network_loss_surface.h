#pragma once

#include "core/sheet/landscape/loss_landscape.h"
#include "core/sheet/network/network_cells.h"

#include <string_view>
#include <vector>

namespace bplab {

class NetworkSheet;

// The loss landscape of any network of the sheet (issue 21), the counterpart of the seed's: E_total over
// two of its parameters, every other value of one row held, on the grid and with the paths of
// loss_landscape.h. Axes are the sheet's quantity indices of the two parameters, named by their ids
// ("w2_11", "b2_1") on the command line and in CSV files, by their labels ("w²₁₁") in pictures.

// The parameters a landscape may vary: every weight, layer by layer ([to][from]), then every bias the
// network has, learned or fixed (a shared bias once).
std::vector<int> networkLandscapeParameters(const NetworkSheet& sheet);
// Throws LandscapeError with a sentence for a parameter not in that list or the same one twice.
void validateNetworkAxes(const LandscapeAxes& axes, const NetworkSheet& sheet);
// "w2_11,b2_1" → the axes, validated. Throws LandscapeError with a sentence.
LandscapeAxes parseNetworkLandscapeAxes(std::string_view text, const NetworkSheet& sheet);
// The axes when none are named: the first two of networkLandscapeParameters (the first layer's first
// weights). Throws LandscapeError for a network with fewer than two parameters.
LandscapeAxes defaultNetworkAxes(const NetworkSheet& sheet);
LandscapeAxisNames networkAxisNames(const NetworkSheet& sheet, LandscapeAxes axes);

// The row a landscape at `iteration` holds (one value per quantity): the sheet's row, or for a sheet
// with no rows yet its first row's given values (the starting parameters and the first step's
// examples). Throws LandscapeError for an iteration beyond the run.
std::vector<double> networkLandscapeRow(const NetworkSheet& sheet, int iteration);

// E_total of a row with its two axes set to (a, b): the row's forward-pass and loss cells run by the
// sheet's own NetworkCells, so at the row's own values it equals the sheet's E_total to the last bit
// (the loss of the row's examples, summed or averaged as the spec says). Keeps its own copy of the
// cells, so it outlives a change of the sheet; allocates nothing per point.
class NetworkLossSurface final : public LandscapeSurface {
public:
    NetworkLossSurface(const NetworkSheet& sheet, std::vector<double> frozen, LandscapeAxes axes);

    double lossAt(double a, double b) const override;
    LandscapeAxes axes() const override { return m_axes; }

private:
    NetworkCells m_cells;
    int m_lossCells = 0;                  // cells [0, m_lossCells) compute E_total
    mutable std::vector<double> m_values; // the frozen row; each call overwrites the axes and the cells
    LandscapeAxes m_axes;
};

// Gradient descent on the two axes alone, as twoParameterPath for the seed: from the starting values of
// the two parameters (row 0's), every other value (the examples too) frozen at `frozen`, `iterations`
// rows at the spec's η, each computed by the sheet's own cells. A fixed bias has no update and stays.
LandscapePath networkTwoParameterPath(const NetworkSheet& sheet, const std::vector<double>& frozen,
                                      LandscapeAxes axes, int iterations);

// The landscape of a network's sheet, as computeLandscape for the seed (compared rates rerun the spec at
// each rate). Throws LandscapeError with a sentence as computeLandscape does.
Landscape computeNetworkLandscape(const NetworkSheet& sheet, const LandscapeOptions& options);

} // namespace bplab

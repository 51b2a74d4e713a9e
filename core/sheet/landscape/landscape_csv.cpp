#include "core/sheet/landscape/landscape_csv.h"

#include "core/sheet/sheet_csv.h"

#include <cmath>
#include <ostream>

namespace bplab {

void writeLandscapeCsv(std::ostream& out, const Landscape& landscape) {
    const LandscapeAxisNames names = axisNamesOf(landscape);
    out << "part,eta,iteration," << names.idA << ',' << names.idB << ",E_total\n";
    const LossGrid& grid = landscape.grid;
    for (int j = 0; j < grid.size; ++j) {
        for (int i = 0; i < grid.size; ++i) {
            const double loss = grid.at(i, j);
            out << "grid,,," << formatExact(grid.a(i)) << ',' << formatExact(grid.b(j)) << ','
                << (std::isnan(loss) ? std::string() : formatExact(loss)) << '\n';
        }
    }
    for (const LandscapePath& path : landscape.paths) {
        for (const LandscapePoint& point : path.points) {
            out << "path," << formatExact(path.learningRate) << ',' << point.iteration << ','
                << formatExact(point.a) << ',' << formatExact(point.b) << ',' << formatExact(point.loss)
                << '\n';
        }
    }
}

} // namespace bplab

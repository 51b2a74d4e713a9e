#include "core/sheet/network/network_csv.h"

#include "core/sheet/network/network_sheet.h"
#include "core/sheet/sheet_csv.h"

#include <ostream>

namespace bplab {

void writeNetworkCsv(std::ostream& out, const NetworkSheet& sheet) {
    std::vector<int> columns = sheet.columns();
    columns.push_back(sheet.layout().index().eta); // constant, but a row read alone should say its η
    out << "iteration,examples";
    for (const int q : columns) out << ',' << sheet.quantities()[q].id;
    out << '\n';
    for (int r = 0; r < sheet.rowCount(); ++r) {
        out << r << ',';
        const std::vector<int> examples = sheet.examplesOfRow(r);
        for (std::size_t e = 0; e < examples.size(); ++e) out << (e > 0 ? " " : "") << examples[e] + 1;
        const double* values = sheet.row(r);
        for (const int q : columns) {
            const int cell = sheet.cellOfQuantity(q);
            out << ',';
            if (cell < 0 || sheet.isEvaluated(r, cell)) out << formatExact(values[q]);
        }
        out << '\n';
    }
}

} // namespace bplab

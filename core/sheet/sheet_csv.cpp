#include "core/sheet/sheet_csv.h"

#include "core/sheet/backprop_sheet.h"

#include <charconv>
#include <cmath>
#include <ostream>

namespace bplab {

std::string formatExact(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

void writeSheetCsv(std::ostream& out, const BackpropSheet& sheet) {
    // Each row's weights (and biases), then every computed cell; i1, i2, t1, t2 and η are constant.
    const std::vector<int> columns = sheet.columns();
    out << "iteration";
    for (int q : columns) {
        out << ',' << quantities()[static_cast<std::size_t>(q)].id;
    }
    out << '\n';
    for (int r = 0; r < sheet.rowCount(); ++r) {
        const RowValues& values = sheet.row(r);
        out << r;
        for (int q : columns) {
            const int cell = sheet.cellOfQuantity(q);
            out << ',';
            if (cell < 0 || sheet.isEvaluated(r, cell)) {
                out << formatExact(values[static_cast<std::size_t>(q)]);
            }
        }
        out << '\n';
    }
}

} // namespace bplab

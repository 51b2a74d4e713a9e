#include "core/mnist/inspection_csv.h"

#include <limits>
#include <locale>
#include <sstream>
#include <stdexcept>

namespace bplab {

namespace {

std::ostringstream csvStream() {
    std::ostringstream text;
    text.imbue(std::locale::classic());
    text.precision(std::numeric_limits<float>::max_digits10);
    return text;
}

std::string joined(const std::vector<std::string>& columns) {
    std::string line;
    for (const std::string& column : columns) line += column + ',';
    return line;
}

} // namespace

std::vector<std::string> indexColumnsOfRank(std::size_t rank) {
    if (rank == 3) return {"map", "row", "col"};
    if (rank == 2) return {"row", "col"};
    return {"index"};
}

std::string tensorCsv(const PlainTensor& tensor, const std::vector<std::string>& indexColumns) {
    if (indexColumns.size() != tensor.shape.size() ||
        tensor.elementCount() != static_cast<std::int64_t>(tensor.values.size()))
        throw std::logic_error("tensorCsv: the columns or values do not match the shape");
    std::ostringstream text = csvStream();
    text << joined(indexColumns) << "value\n";
    std::vector<std::int64_t> index(tensor.shape.size(), 0);
    for (const float value : tensor.values) {
        for (const std::int64_t i : index) text << i << ',';
        text << value << '\n';
        // The next index, row-major: the last dimension counts fastest.
        for (std::size_t d = index.size(); d-- > 0;) {
            if (++index[d] < tensor.shape[d]) break;
            index[d] = 0;
        }
    }
    return text.str();
}

std::string kernelsCsv(const PlainTensor& weights, const PlainTensor& biases) {
    if (weights.shape.size() != 4 || biases.shape != std::vector<std::int64_t>{weights.shape[0]})
        throw std::logic_error(
            "kernelsCsv: weights must be {outputs, inputs, H, W} with one bias per output");
    std::ostringstream text = csvStream();
    text << "output,input,row,col,weight,bias\n";
    const auto& s = weights.shape;
    std::size_t i = 0;
    for (std::int64_t o = 0; o < s[0]; ++o)
        for (std::int64_t in = 0; in < s[1]; ++in)
            for (std::int64_t r = 0; r < s[2]; ++r)
                for (std::int64_t c = 0; c < s[3]; ++c)
                    text << o << ',' << in << ',' << r << ',' << c << ',' << weights.values[i++] << ','
                         << biases.values[static_cast<std::size_t>(o)] << '\n';
    return text.str();
}

std::string probabilitiesCsv(const ClassProbabilities& probabilities) {
    std::ostringstream text = csvStream();
    text << "digit,probability\n";
    for (std::size_t label = 0; label < probabilities.size(); ++label)
        text << label << ',' << probabilities[label] << '\n';
    return text.str();
}

std::string stageFileStem(int position, const std::string& stageName) {
    std::string stem = (position < 10 ? "0" : "") + std::to_string(position) + '-' + stageName;
    for (char& c : stem)
        if (c == ' ') c = '-';
    return stem;
}

} // namespace bplab

#include "core/mnist/inspection_csv.h"

#include <iomanip>
#include <sstream>

namespace bplab {

namespace {

// Each value of `tensor` as "name,i0,i1,…,value" with `indexColumns` indices (missing leading ones 0),
// so a {10} vector and a {4, 24, 24} block share one table.
void appendRows(std::ostringstream& out, const std::string& name, const PlainTensor& tensor, std::size_t indexColumns) {
    std::vector<std::int64_t> shape(indexColumns, 1);
    const std::size_t rank = std::min(tensor.shape.size(), indexColumns);
    for (std::size_t d = 0; d < rank; ++d) shape[d] = tensor.shape[d];
    std::vector<std::int64_t> index(indexColumns, 0);
    for (const float value : tensor.values) {
        out << name;
        for (const std::int64_t i : index) out << ',' << i;
        out << ',' << value << '\n';
        for (std::size_t d = rank; d-- > 0;) { // the last listed dimension runs fastest
            if (++index[d] < shape[d]) break;
            index[d] = 0;
        }
    }
}

std::ostringstream csvStream() {
    std::ostringstream out;
    out << std::setprecision(9); // a float read back is the float written
    return out;
}

} // namespace

std::string traceCsv(const NetworkTrace& trace) {
    std::ostringstream out = csvStream();
    out << "stage,map,row,col,value\n";
    for (const NetworkStage& stage : trace.stages) {
        // {C, H, W} as is; {C} as C maps of one value.
        PlainTensor shaped = stage.output;
        if (shaped.shape.size() == 1) shaped.shape = {shaped.shape[0], 1, 1};
        appendRows(out, stage.name, shaped, 3);
    }
    const PlainTensor probabilities{{10, 1, 1}, {trace.probabilities.begin(), trace.probabilities.end()}};
    appendRows(out, "probability", probabilities, 3);
    return out.str();
}

std::string kernelsCsv(const ConvKernels& kernels) {
    std::ostringstream out = csvStream();
    out << "tensor,output,input,row,col,value\n";
    appendRows(out, "conv1", kernels.conv1, 4);
    appendRows(out, "conv2", kernels.conv2, 4);
    appendRows(out, "conv1 bias", kernels.conv1Bias, 4);
    appendRows(out, "conv2 bias", kernels.conv2Bias, 4);
    return out.str();
}

std::string saliencyCsv(const SaliencyMap& saliency) {
    std::ostringstream out = csvStream();
    out << "class,kind,row,col,value\n";
    const std::string name = std::to_string(saliency.classIndex) + ',' +
                             (saliency.kind == SaliencyKind::Gradient ? "gradient" : "input x gradient");
    appendRows(out, name, saliency.map, 2);
    return out.str();
}

} // namespace bplab

#pragma once

// The raw numbers behind the "Inside the network" pictures as CSV text (plain C++), so a student can
// check a picture's colours against its values in a spreadsheet.

#include "core/mnist/network_inspection.h"

#include <string>

namespace bplab {

// "stage,map,row,col,value": every value of every stage in data-flow order. A vector stage
// (average pool {16}, scores {10}) lists value i as map i, row 0, col 0; a last "probability" stage
// holds the ten probabilities.
std::string traceCsv(const NetworkTrace& trace);

// "tensor,output,input,row,col,value": conv1's and conv2's weights, then their biases (input, row
// and col 0).
std::string kernelsCsv(const ConvKernels& kernels);

// "class,kind,row,col,value": the 28×28 saliency map.
std::string saliencyCsv(const SaliencyMap& saliency);

} // namespace bplab

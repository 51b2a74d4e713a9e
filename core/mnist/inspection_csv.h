#pragma once

// The raw numbers behind the "Inside the network" pictures as CSV text (plain C++), so a student can
// check a picture's colours against its values in a spreadsheet. The window's Export and
// `backprop-lab explain` both write these formats (ui/mnist/inside/inspection_files.h).

#include "core/mnist/network_inspection.h"

#include <string>
#include <vector>

namespace bplab {

// One row per value, in row-major order (the last index fastest), an index column per dimension
// named in the header, then the value. The shape is the largest index + 1 of each column: conv1's
// "map,row,col,value" runs to 3, 23, 23 for {4, 24, 24}. Values carry every digit a float has
// (9 significant), so they read back exactly.
std::string tensorCsv(const PlainTensor& tensor, const std::vector<std::string>& indexColumns);
// The index columns for a tensor of `rank` dimensions: map,row,col / row,col / index.
std::vector<std::string> indexColumnsOfRank(std::size_t rank);
// Kernels {outputs, inputs, H, W} with each output map's bias: "output,input,row,col,weight,bias".
std::string kernelsCsv(const PlainTensor& weights, const PlainTensor& biases);
// "digit,probability", one row per class (the class's label in the first column).
std::string probabilitiesCsv(const ClassProbabilities& probabilities);
// A stage's file name without extension, numbered in data-flow order: "01-conv1", "07-average-pool".
std::string stageFileStem(int position, const std::string& stageName);

} // namespace bplab

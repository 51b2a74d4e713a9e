#pragma once

#include "core/mnist/train_recipe.h"

#include <vector>

namespace bplab::detail {

// The recipe's fields, one entry each: key, command-line option, the window's label and help, kind,
// range and choices (train_recipe.h reads it through trainFields(), built once). A file of its own: the
// table is most of the recipe's code.
std::vector<TrainField> makeTrainFields();

} // namespace bplab::detail

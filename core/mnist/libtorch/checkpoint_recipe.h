#pragma once

// The training recipe a checkpoint stores: one record "config/<key>" per recipe field of the field
// table (train_field_table), so a field added later needs nothing here.
#include "core/mnist/train_types.h"

#include <torch/torch.h>

namespace bplab {

// The recipe fields only: threads and device belong to the machine that loads the checkpoint.
void writeConfig(torch::serialize::OutputArchive& archive, const TrainConfig& config);

// A key that an older checkpoint lacks (weight_decay came later) reads as the default.
TrainConfig readConfig(torch::serialize::InputArchive& archive);

} // namespace bplab

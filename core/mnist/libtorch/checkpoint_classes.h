#pragma once

// The class names a checkpoint remembers (record "data/classes"), so that a model trained on a data
// set of its own predicts and explains with that set's names, and is refused on a set of other classes.
#include "core/mnist/data/class_names.h"

#include <torch/torch.h>

#include <string>

namespace bplab {

// Writes the record for `classes`, except for MNIST's digits 0–9: an MNIST checkpoint stays byte for
// byte what it was before classes were recorded, and reads back as digits (below).
void writeClassNames(torch::serialize::OutputArchive& archive, const ClassNames& classes);

// The classes the archive of the file at `path` was trained on: the digits 0–9 where it has no record
// (every MNIST checkpoint, and every one saved before the record existed). A record that is no list
// of 2 to 10 names is CheckpointError DoesNotMatch.
ClassNames classNamesIn(torch::serialize::InputArchive& archive, const std::string& path);

// Throws CheckpointError OtherClasses, naming both lists, unless `saved` (the file at `path`'s) and
// `data` (the data set's it is to be trained or evaluated on) are the same classes in the same order:
// another order would swap what the outputs mean.
void requireSameClasses(const ClassNames& saved, const ClassNames& data, const std::string& path);

} // namespace bplab

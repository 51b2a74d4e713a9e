#pragma once

#include <QStringList>

#include <iosfwd>

namespace bplab::app {

// `backprop-lab lr-find [--data DIR] [--from 1e-5] [--to 10] [--batches 300] [--csv FILE]
// [--chart FILE.png]` and the recipe's options (--optimizer, --batch-size, ...): the learning-rate range
// test on a fresh model, printing its reading of the curve and the suggested one-cycle peak.
int runLrFindCommand(const QStringList& arguments, std::ostream& out, std::ostream& err);

} // namespace bplab::app

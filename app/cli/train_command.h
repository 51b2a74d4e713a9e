#pragma once

#include <QStringList>

#include <iosfwd>

namespace bplab::app {

// `backprop-lab train [--data DIR] [--csv FILE] [--save FILE] [--resume FILE] [--epochs N] ...`: trains
// the MNIST CNN headless, printing a progress line and a result line per epoch. The recipe's options
// (--epochs, --lr, ...) come from trainFields() (see train_options.h).
int runTrainCommand(const QStringList& arguments, std::ostream& out, std::ostream& err);

// `backprop-lab summary`: the model summary table.
int runSummaryCommand(const QStringList& arguments, std::ostream& out, std::ostream& err);

} // namespace bplab::app

#pragma once

#include <QStringList>

#include <iosfwd>

namespace bplab::app {

// `backprop-lab train [--data DIR] [--epochs N] [--batch-size B] [--lr X] [--threads T] [--seed S]
// [--train-limit N] [--test-limit N] [--csv FILE] [--save FILE] [--resume FILE] ...`: trains the
// MNIST CNN headless, printing a progress line and a result line per epoch.
int runTrainCommand(const QStringList& arguments, std::ostream& out, std::ostream& err);

// `backprop-lab summary`: the model summary table.
int runSummaryCommand(const QStringList& arguments, std::ostream& out, std::ostream& err);

} // namespace bplab::app

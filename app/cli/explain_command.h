#pragma once

#include <QStringList>

#include <iosfwd>

namespace bplab::app {

// `backprop-lab explain --model FILE [--data DIR] (--test-image N | --image FILE) [--class K]
// [--saliency input-x-gradient|gradient] --out DIR`: one image through a trained CNN, written to DIR
// as pictures and CSV files (every stage's maps, the kernels, the saliency map, the probabilities);
// the probabilities and the predicted digit are printed.
int runExplainCommand(const QStringList& arguments, std::ostream& out, std::ostream& err);

} // namespace bplab::app

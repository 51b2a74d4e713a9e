#pragma once

#include "core/mnist/train_types.h"

#include <string>
#include <vector>

namespace bplab {

// A run's epochs as CSV for a spreadsheet: the header "epoch,train_loss,test_loss,test_accuracy,seconds"
// (losses as mean NLL, accuracy in percent), then one line per epoch, numbers with up to 10
// significant digits, '\n' line ends. The GUI's export and the command line's --csv both write this.
std::string epochHistoryCsv(const std::vector<EpochResult>& history);

} // namespace bplab

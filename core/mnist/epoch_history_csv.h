#pragma once

#include "core/mnist/train_types.h"

#include <string>
#include <vector>

namespace bplab {

// A run's epochs as CSV for a spreadsheet: the header "epoch,train_loss,test_loss,test_accuracy,seconds"
// (losses as mean NLL, accuracy in percent), then one line per epoch, numbers with up to 10
// significant digits, '\n' line ends. The GUI's export and the command line's --csv both write this.
// A run whose rate was changed while it trained (`rateChanges`, steps counted in batches of
// `batchesPerEpoch`) gets a sixth column, lr_changes: each change in that epoch as "batch@rate"
// (1-based batch within the epoch), separated by spaces; without changes the file is as before, so
// a reader of the five columns reads both.
std::string epochHistoryCsv(const std::vector<EpochResult>& history,
                            const std::vector<RateChange>& rateChanges = {}, int batchesPerEpoch = 0);

} // namespace bplab

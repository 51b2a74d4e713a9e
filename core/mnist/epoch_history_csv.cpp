#include "core/mnist/epoch_history_csv.h"

#include <iomanip>
#include <locale>
#include <sstream>

namespace bplab {

namespace {
// "12@0.5 40@1" for the changes that fall in `epoch` (1-based).
std::string changesIn(int epoch, const std::vector<RateChange>& changes, int batchesPerEpoch) {
    std::ostringstream text;
    text.imbue(std::locale::classic());
    text << std::setprecision(10);
    const char* separator = "";
    for (const RateChange& change : changes) {
        if (change.step / batchesPerEpoch + 1 != epoch) continue;
        text << separator << change.step % batchesPerEpoch + 1 << '@' << change.learningRate;
        separator = " ";
    }
    return text.str();
}
} // namespace

std::string epochHistoryCsv(const std::vector<EpochResult>& history,
                            const std::vector<RateChange>& rateChanges, int batchesPerEpoch) {
    const bool withChanges = !rateChanges.empty() && batchesPerEpoch > 0;
    std::ostringstream csv;
    csv.imbue(std::locale::classic()); // a decimal point whatever the user's locale
    csv << "epoch,train_loss,test_loss,test_accuracy,seconds" << (withChanges ? ",lr_changes" : "") << '\n'
        << std::setprecision(10);
    for (const EpochResult& r : history) {
        csv << r.epoch << ',' << r.trainLoss << ',' << r.testLoss << ',' << r.testAccuracy << ','
            << r.seconds;
        if (withChanges) csv << ',' << changesIn(r.epoch, rateChanges, batchesPerEpoch);
        csv << '\n';
    }
    return csv.str();
}

} // namespace bplab

#include "core/mnist/epoch_history_csv.h"

#include <iomanip>
#include <locale>
#include <sstream>

namespace bplab {

std::string epochHistoryCsv(const std::vector<EpochResult>& history) {
    std::ostringstream csv;
    csv.imbue(std::locale::classic()); // a decimal point whatever the user's locale
    csv << "epoch,train_loss,test_loss,test_accuracy,seconds\n" << std::setprecision(10);
    for (const EpochResult& r : history) {
        csv << r.epoch << ',' << r.trainLoss << ',' << r.testLoss << ',' << r.testAccuracy << ',' << r.seconds
            << '\n';
    }
    return csv.str();
}

} // namespace bplab

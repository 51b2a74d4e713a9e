// The metrics CSV that the MNIST tab exports (and the command line's --csv).
#include "core/mnist/epoch_history_csv.h"

#include <gtest/gtest.h>

namespace bplab {
namespace {

TEST(EpochHistoryCsvTest, NoEpochsGiveTheHeaderOnly) {
    EXPECT_EQ(epochHistoryCsv({}), "epoch,train_loss,test_loss,test_accuracy,seconds\n");
}

TEST(EpochHistoryCsvTest, OneLinePerEpochWithTenSignificantDigits) {
    // 1/3 to 10 significant digits is 0.3333333333; whole numbers print without a decimal point.
    const std::vector<EpochResult> history{{1, 1.0 / 3.0, 0.25, 98.5, 12.0}, {2, 0.125, 0.0625, 99.43, 11.5}};
    EXPECT_EQ(epochHistoryCsv(history), "epoch,train_loss,test_loss,test_accuracy,seconds\n"
                                        "1,0.3333333333,0.25,98.5,12\n"
                                        "2,0.125,0.0625,99.43,11.5\n");
}

} // namespace
} // namespace bplab

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

TEST(EpochHistoryCsvTest, RateChangesGetAColumnOfBatchAtRate) {
    // 10 batches an epoch: step 3 is epoch 1, batch 4; step 10 epoch 2, batch 1; step 19 epoch 2,
    // batch 10. Epoch 3 saw no change: an empty field.
    const std::vector<EpochResult> history{
        {1, 0.5, 0.25, 90, 1}, {2, 0.25, 0.125, 95, 1}, {3, 0.2, 0.1, 96, 1}};
    const std::vector<RateChange> changes{{3, 0.5}, {10, 1.25}, {19, 0.01}};
    EXPECT_EQ(epochHistoryCsv(history, changes, 10),
              "epoch,train_loss,test_loss,test_accuracy,seconds,lr_changes\n"
              "1,0.5,0.25,90,1,4@0.5\n"
              "2,0.25,0.125,95,1,1@1.25 10@0.01\n"
              "3,0.2,0.1,96,1,\n");
    EXPECT_EQ(epochHistoryCsv(history, {}, 10), epochHistoryCsv(history)) << "no changes: the five columns";
}

} // namespace
} // namespace bplab

// The range test's dialog on its own (no tab), on real MNIST cut small: a test that stops at the
// blow-up has finished, and its progress bar says so instead of waiting where the blow-up came.
#include "ui/mnist/lr_range/lr_range_dialog.h"

#include "tests/support/hang_guard.h"
#include "tests/support/mnist_test_data.h"

#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

TEST(LrRangeDialogProgress, AStopAtTheBlowUpFillsTheBarAndSaysHowItEnded) {
    LrRangeDialog dialog;
    TrainConfig recipe;
    recipe.batchSize = 64;
    recipe.threads = 1; // ctest runs two tests at once on two cores
    dialog.setInput(recipe, testing::smallMnist(2000, 100));
    // From 1e-3 to 1000 in 60 batches, each rate 10^(6/59) ≈ 1.26 × the one before: SGD blows up
    // long before 1000.
    dialog.fromEdit()->setText(QStringLiteral("1e-3"));
    dialog.toEdit()->setText(QStringLiteral("1000"));
    dialog.batchesBox()->setValue(60);
    QSignalSpy running(&dialog, &LrRangeDialog::testRunningChanged);
    ASSERT_TRUE(dialog.startTest()) << dialog.statusText().toStdString();
    while (running.count() < 2) ASSERT_TRUE(running.wait(hangGuardMs(120'000))) << "the test did not finish";

    const LrRangeResult& result = dialog.result();
    ASSERT_TRUE(result.blowUpRate.has_value()) << dialog.statusText().toStdString();
    const int trained = static_cast<int>(result.points.size());
    ASSERT_LT(trained, 60) << "it stopped at the blow-up, before the last batch";
    auto* bar = dialog.findChild<QProgressBar*>();
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->value(), bar->maximum()) << "finished, not " << bar->value() << " of " << bar->maximum();
    EXPECT_EQ(bar->format(),
              QStringLiteral("done: stopped at the blow-up after %1 of 60 batches").arg(trained));
}

} // namespace
} // namespace bplab::ui

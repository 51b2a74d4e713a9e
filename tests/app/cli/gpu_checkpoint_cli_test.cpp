// `backprop-lab train --resume` with a checkpoint trained on a GPU (tests/data/README.md), on this
// machine's device: --device, default the CPU, and a clear sentence when CUDA is asked for and missing.
#include "tests/app/cli/run_executable.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bplab::test {
namespace {

const QString kGpuCheckpoint = QStringLiteral(BPLAB_TEST_DATA "/checkpoint-trained-on-cuda.ckpt");
// The recipe's limits are the file's (all images); these cut the data so the epoch takes seconds.
const QStringList kSmallResume{"--train-limit", "2000", "--test-limit", "500", "--threads", "1"};

TEST(GpuCheckpointCli, ResumesOnTheCpuByDefaultAndSaysSo) {
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("resumed.ckpt"));
    const Result resumed = run(
        QStringList{"train", "--resume", kGpuCheckpoint, "--epochs", "2", "--save", model} + kSmallResume);
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    EXPECT_TRUE(resumed.out.contains(QStringLiteral("resuming after epoch 1 of 2")))
        << resumed.out.toStdString();
    EXPECT_TRUE(resumed.out.contains(
        QStringLiteral("training on 2000 images, testing on 500, 1 thread(s), on the CPU")))
        << resumed.out.toStdString();
    EXPECT_TRUE(resumed.out.contains(QStringLiteral("epoch 2: test loss"))) << resumed.out.toStdString();
    EXPECT_TRUE(QFile::exists(model));

    // --device cpu says the same; the file it saved resumes again.
    const Result again =
        run(QStringList{"train", "--resume", model, "--epochs", "3", "--device", "cpu"} + kSmallResume);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("resuming after epoch 2 of 3"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral(", on the CPU"))) << again.out.toStdString();
}

TEST(GpuCheckpointCli, ResumingOnCudaWithoutAGpuIsTheDeviceSentence) {
    const Result cuda = run(
        QStringList{"train", "--resume", kGpuCheckpoint, "--epochs", "2", "--device", "cuda"} + kSmallResume);
    if (cuda.exitCode == 0) {
        // A CUDA build with a GPU: it trained there, and says so.
        EXPECT_TRUE(cuda.out.contains(QStringLiteral(", on the GPU (cuda)"))) << cuda.out.toStdString();
        return;
    }
    EXPECT_EQ(cuda.exitCode, 1);
    EXPECT_TRUE(cuda.err.contains(QStringLiteral(
        "--device cuda: this LibTorch has no CUDA support or no GPU is visible; train on the CPU")))
        << cuda.err.toStdString();
    EXPECT_FALSE(cuda.out.contains(QStringLiteral("epoch 2:"))) << "nothing trained";
}

} // namespace
} // namespace bplab::test

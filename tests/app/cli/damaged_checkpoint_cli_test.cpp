// A checkpoint with 1,000 zeroed bytes in its largest record (the zip structure intact), given to the
// commands that load one: `explain --model` and `train --resume` refuse it with the record named and
// exit 1, before they explain or train anything.
#include "core/mnist/checkpoint_integrity.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/app/cli/run_executable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace bplab::test {
namespace {

class DamagedCheckpointCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        TrainConfig config;
        config.threads = 1;
        MnistTrainer(config, nullptr).saveCheckpoint(m_model.toStdString());
        QFile file(m_model);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // The largest record, found through the zip directory (damaged_checkpoint_test.cpp checks the
        // same damage with LibTorch's own reader).
        const std::vector<ZipRecord> records =
            readZipDirectory(std::string_view(bytes.constData(), bytes.size()));
        const auto largest =
            std::max_element(records.begin(), records.end(), [](const auto& a, const auto& b) {
                return a.compressedSize < b.compressedSize;
            });
        ASSERT_GT(largest->compressedSize, 4000u);
        m_record = QString::fromStdString(largest->name);
        bytes.replace(static_cast<qsizetype>(largest->dataOffset + (largest->compressedSize - 1000) / 2),
                      1000, QByteArray(1000, '\0'));
        ASSERT_TRUE(file.seek(0));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }
    // The refusal both commands print after their name.
    QString expectedStart() const {
        return m_model + QStringLiteral(" is damaged: record '") + m_record +
               QStringLiteral("' fails its checksum");
    }
    QTemporaryDir m_dir;
    const QString m_model = m_dir.filePath(QStringLiteral("model.ckpt"));
    QString m_record;
};

TEST_F(DamagedCheckpointCli, ExplainRefusesIt) {
    const QString folder = m_dir.filePath(QStringLiteral("explained"));
    const Result result = run({"explain", "--model", m_model, "--test-image", "3", "--out", folder});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_TRUE(result.appErr().contains(expectedStart())) << result.err.toStdString();
    EXPECT_TRUE(result.appErr().contains(QStringLiteral("save or download it again")))
        << result.err.toStdString();
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files).isEmpty()) << "nothing explained";
}

TEST_F(DamagedCheckpointCli, TrainResumeRefusesIt) {
    const Result result = run({"train", "--resume", m_model, "--epochs", "2", "--train-limit", "100",
                               "--test-limit", "100", "--threads", "1"});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_TRUE(result.appErr().startsWith(QStringLiteral("backprop-lab train: ") + expectedStart()))
        << result.err.toStdString();
    EXPECT_FALSE(result.out.contains(QStringLiteral("resuming"))) << result.out.toStdString();
}

} // namespace
} // namespace bplab::test

// `backprop-lab explain` through the real executable: every file written with the model summary's
// shapes, kernels equal to an independent read of the checkpoint, probabilities equal to predict(),
// the image conversion (inversion, scaling), the saliency of a blank image, and each error's sentence.
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/model_summary.h"
#include "tests/app/cli/run_executable.h"
#include "tests/support/file_faults.h"
#include "tests/support/mnist_test_data.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bplab::test {
namespace {

using Pixels = std::array<float, kMnistPixels>;

// A CSV file as rows of cells, the header first.
std::vector<QStringList> readCsv(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    std::vector<QStringList> rows;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows.push_back(line.split(QLatin1Char(',')));
    return rows;
}

// The shape a tensor CSV states: each index column's largest value + 1.
std::vector<std::int64_t> shapeOf(const std::vector<QStringList>& rows, int indexColumns) {
    std::vector<std::int64_t> shape(static_cast<std::size_t>(indexColumns), 0);
    for (std::size_t r = 1; r < rows.size(); ++r)
        for (int c = 0; c < indexColumns; ++c)
            shape[static_cast<std::size_t>(c)] = std::max<std::int64_t>(shape[static_cast<std::size_t>(c)],
                                                                         rows[r][c].toLongLong() + 1);
    return shape;
}

std::vector<float> column(const std::vector<QStringList>& rows, int index) {
    std::vector<float> values;
    for (std::size_t r = 1; r < rows.size(); ++r) values.push_back(rows[r][index].toFloat());
    return values;
}

Pixels testImage(int index) {
    const auto data = testing::smallMnist(1, index + 1);
    Pixels pixels{};
    if (!data) return pixels;
    for (int i = 0; i < kMnistPixels; ++i) pixels[static_cast<std::size_t>(i)] = data->test.image(index)[i] / 255.0f;
    return pixels;
}

// A fresh (untrained) model saved as a checkpoint: the files' values do not depend on training.
class ExplainCommand : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        TrainConfig config;
        config.threads = 1;
        MnistTrainer(config, testing::smallMnist(100, 100)).saveCheckpoint(m_model.toStdString());
    }
    QString out(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    const QString m_model = m_dir.filePath(QStringLiteral("model.pt"));
};

TEST_F(ExplainCommand, WritesEveryStageTheKernelsTheSaliencyAndTheProbabilities) {
    const QString folder = out(QStringLiteral("explained/test-3")); // created with its parent
    const Result result = run({"explain", "--model", m_model, "--test-image", "3", "--out", folder});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    // A digit is named by its label alone (MNIST's test labels begin 7, 2, 1, 0).
    const auto data = testing::smallMnist(1, 4);
    ASSERT_TRUE(data);
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("explaining test image 3 (label %1) with ").arg(data->test.labels[3])))
        << result.out.toStdString();

    // Every stage with the shape of its row in the model summary (the BatchNorm row ends a block).
    std::vector<std::vector<std::int64_t>> expected;
    for (const SummaryRow& row : mnistModelSummary().rows) {
        const std::string type = row.layer.substr(0, row.layer.find('-'));
        if (type == "BatchNorm2d" || type == "MaxPool2d" || type == "AvgPool2d" || type == "Linear")
            expected.push_back(row.shape);
    }
    const QStringList stems{"01-conv1", "02-conv2", "03-max-pool", "04-conv3",
                            "05-conv4", "06-conv5", "07-average-pool", "08-scores"};
    ASSERT_EQ(expected.size(), static_cast<std::size_t>(stems.size()));
    for (int i = 0; i < stems.size(); ++i) {
        const auto rows = readCsv(QDir(folder).filePath(stems[i] + ".csv"));
        const int rank = static_cast<int>(expected[static_cast<std::size_t>(i)].size());
        ASSERT_FALSE(rows.empty()) << stems[i].toStdString();
        EXPECT_EQ(rows[0].size(), rank + 1) << stems[i].toStdString();
        EXPECT_EQ(rows[0].last(), QStringLiteral("value"));
        EXPECT_EQ(shapeOf(rows, rank), expected[static_cast<std::size_t>(i)]) << stems[i].toStdString();
        const auto& shape = expected[static_cast<std::size_t>(i)];
        EXPECT_EQ(static_cast<std::int64_t>(rows.size() - 1),
                  std::accumulate(shape.begin(), shape.end(), std::int64_t{1}, std::multiplies<>()));
        EXPECT_FALSE(QImage(QDir(folder).filePath(stems[i] + ".png")).isNull()) << stems[i].toStdString();
    }
    EXPECT_EQ(readCsv(QDir(folder).filePath("01-conv1.csv"))[0].join(','), QStringLiteral("map,row,col,value"));
    EXPECT_EQ(readCsv(QDir(folder).filePath("01-conv1.csv")).size(), 1u + 4 * 24 * 24);

    // The kernels equal an independent read of the checkpoint, every digit of every float.
    const MnistClassifier classifier = MnistClassifier::fromCheckpoint(m_model.toStdString());
    const ConvKernels kernels = classifier.kernels();
    const auto conv1 = readCsv(QDir(folder).filePath("kernels-conv1.csv"));
    EXPECT_EQ(conv1[0].join(','), QStringLiteral("output,input,row,col,weight,bias"));
    EXPECT_EQ(shapeOf(conv1, 4), kernels.conv1.shape);
    EXPECT_EQ(column(conv1, 4), kernels.conv1.values);
    const auto conv2 = readCsv(QDir(folder).filePath("kernels-conv2.csv"));
    EXPECT_EQ(shapeOf(conv2, 4), kernels.conv2.shape);
    EXPECT_EQ(column(conv2, 4), kernels.conv2.values);
    for (std::size_t r = 1; r < conv2.size(); ++r)
        EXPECT_EQ(conv2[r][5].toFloat(), kernels.conv2Bias.values[conv2[r][0].toUInt()]);
    EXPECT_EQ(conv1.back()[5].toFloat(), kernels.conv1Bias.values[3]);
    EXPECT_FALSE(QImage(QDir(folder).filePath("kernels-conv2.png")).isNull());

    // The probabilities: ten, summing to 1, equal to predict() on the same test image.
    const auto expectedProbabilities = classifier.predict(testImage(3));
    const auto probabilities = readCsv(QDir(folder).filePath("probabilities.csv"));
    ASSERT_EQ(probabilities.size(), 11u);
    EXPECT_EQ(probabilities[0].join(','), QStringLiteral("digit,probability"));
    const std::vector<float> p = column(probabilities, 1);
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-5);
    for (std::size_t digit = 0; digit < 10; ++digit) EXPECT_NEAR(p[digit], expectedProbabilities[digit], 1e-6);
    const auto predicted = std::max_element(p.begin(), p.end()) - p.begin();
    EXPECT_TRUE(result.out.contains(QStringLiteral("predicted digit: %1 (probability").arg(predicted)))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("input × gradient of the score of digit %1").arg(predicted)));

    // The saliency: 28×28 beside a picture 10× as large, and every written file listed.
    EXPECT_EQ(shapeOf(readCsv(QDir(folder).filePath("saliency.csv")), 2), (std::vector<std::int64_t>{28, 28}));
    EXPECT_EQ(QImage(QDir(folder).filePath("saliency.png")).size(), QSize(280, 280));
    EXPECT_TRUE(result.out.contains(QStringLiteral("wrote 24 files:"))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QDir(folder).filePath("saliency.csv")));
}

TEST_F(ExplainCommand, TheChosenClassAndKindOfSaliencyAreTheOnesWritten) {
    const QString folder = out(QStringLiteral("class4"));
    const Result result = run({"explain", "--model", m_model, "--test-image", "0", "--class", "4", "--saliency",
                               "gradient", "--out", folder});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("saliency: gradient of the score of digit 4")));
    const SaliencyMap expected = MnistClassifier::fromCheckpoint(m_model.toStdString())
                                     .saliency(testImage(0), 4, SaliencyKind::Gradient);
    const std::vector<float> written = column(readCsv(QDir(folder).filePath("saliency.csv")), 2);
    ASSERT_EQ(written.size(), expected.map.values.size());
    for (std::size_t i = 0; i < written.size(); ++i) EXPECT_FLOAT_EQ(written[i], expected.map.values[i]) << i;
}

TEST_F(ExplainCommand, ABlankPageHasNoInputTimesGradientSaliency) {
    QImage page(28, 28, QImage::Format_RGB32);
    page.fill(Qt::white); // a light border: read as paper, inverted to ink 0 everywhere
    const QString path = out(QStringLiteral("blank.png"));
    ASSERT_TRUE(page.save(path));
    const Result result = run({"explain", "--model", m_model, "--image", path, "--out", out("blank")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("inverted"))) << result.err.toStdString();
    const std::vector<float> saliency = column(readCsv(out(QStringLiteral("blank/saliency.csv"))), 2);
    ASSERT_EQ(saliency.size(), 784u);
    for (float value : saliency) EXPECT_EQ(value, 0.0f);
}

TEST_F(ExplainCommand, DarkInkOnPaperOrATransparentLayerIsReadAsTheDigitAndALargerPictureIsScaled) {
    // Test image 3 as a student would draw it: dark ink (255 − byte) on white paper.
    const Pixels digit = testImage(3);
    QImage paper(28, 28, QImage::Format_Grayscale8);
    for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x)
            paper.scanLine(y)[x] = static_cast<uchar>(255 - std::lround(digit[static_cast<std::size_t>(y * 28 + x)] * 255));
    const QString path = out(QStringLiteral("paper.png"));
    ASSERT_TRUE(paper.save(path));
    const Result result = run({"explain", "--model", m_model, "--image", path, "--out", out("paper")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains(QStringLiteral("scaled")));
    const auto expected = MnistClassifier::fromCheckpoint(m_model.toStdString()).predict(digit);
    const std::vector<float> p = column(readCsv(out(QStringLiteral("paper/probabilities.csv"))), 1);
    ASSERT_EQ(p.size(), 10u);
    for (std::size_t d = 0; d < 10; ++d) EXPECT_NEAR(p[d], expected[d], 1e-6) << d;

    // The same digit in black on a transparent layer (ink where the test image has ≥ 0.5): transparent
    // is white paper, so it is inverted to exactly 1 where the ink is and 0 elsewhere.
    QImage layer(28, 28, QImage::Format_ARGB32);
    layer.fill(Qt::transparent);
    Pixels binary{};
    for (int i = 0; i < kMnistPixels; ++i) {
        if (digit[static_cast<std::size_t>(i)] < 0.5f) continue;
        binary[static_cast<std::size_t>(i)] = 1.0f;
        layer.setPixelColor(i % 28, i / 28, Qt::black);
    }
    const QString transparent = out(QStringLiteral("layer.png"));
    ASSERT_TRUE(layer.save(transparent));
    const Result onLayer = run({"explain", "--model", m_model, "--image", transparent, "--out", out("layer")});
    ASSERT_EQ(onLayer.exitCode, 0) << onLayer.err.toStdString();
    const auto expectedBinary = MnistClassifier::fromCheckpoint(m_model.toStdString()).predict(binary);
    const std::vector<float> q = column(readCsv(out(QStringLiteral("layer/probabilities.csv"))), 1);
    ASSERT_EQ(q.size(), 10u);
    for (std::size_t d = 0; d < 10; ++d) EXPECT_NEAR(q[d], expectedBinary[d], 1e-6) << d;

    const QString large = out(QStringLiteral("large.jpg"));
    ASSERT_TRUE(paper.scaled(112, 56).save(large));
    const Result scaled = run({"explain", "--model", m_model, "--image", large, "--out", out("large")});
    ASSERT_EQ(scaled.exitCode, 0) << scaled.err.toStdString();
    EXPECT_TRUE(scaled.err.contains(QStringLiteral("The image is 112×56, not 28×28: it was scaled to 28×14")))
        << scaled.err.toStdString();
}

TEST_F(ExplainCommand, EachProblemGetsOneSentenceAndAnExitCode) {
    const QString folder = out(QStringLiteral("errors"));
    const QString garbage = out(QStringLiteral("garbage.pt"));
    QFile file(garbage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a model");
    file.close();
    struct Case {
        QStringList arguments;
        int exitCode;
        QString sentence;
    };
    const std::vector<Case> cases{
        {{"--model", out("missing.pt"), "--test-image", "0"}, 1, "missing.pt: no such file; give --model a"},
        {{"--model", garbage, "--test-image", "0"}, 1, "is not a Backprop Lab checkpoint"},
        {{"--model", m_model, "--image", garbage}, 1, "could not read the image"},
        {{"--model", m_model, "--test-image", "10000"}, 1,
         "--test-image 10000 is out of range: the test set in "},
        {{"--model", m_model, "--test-image", "-1"}, 2, "--test-image must be a whole number from 0"},
        {{"--model", m_model, "--test-image", "0", "--class", "10"}, 2,
         "--class must be a whole number from 0 to 9, not '10'"},
        {{"--model", m_model, "--test-image", "0", "--image", garbage}, 2,
         "give exactly one of --test-image N and --image FILE"},
        {{"--model", m_model}, 2, "give exactly one of --test-image N and --image FILE"},
        {{"--model", m_model, "--test-image", "0", "--saliency", "smooth"}, 2,
         "--saliency must be input-x-gradient or gradient, not 'smooth'"},
        {{"--model", m_model, "--test-image", "0", "--out", garbage + "/inside"}, 1,
         "Could not create the folder"},
    };
    for (const Case& c : cases) {
        QStringList arguments = QStringList{"explain"} + c.arguments;
        if (!c.arguments.contains(QStringLiteral("--out"))) arguments << "--out" << folder;
        const Result result = run(arguments);
        EXPECT_EQ(result.exitCode, c.exitCode) << arguments.join(' ').toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("backprop-lab explain: ")) && result.err.contains(c.sentence))
            << result.err.toStdString();
    }
    EXPECT_TRUE(run({"explain", "--model", m_model, "--test-image", "10000", "--out", folder})
                    .err.contains(QStringLiteral("numbered 0 to 9999")));
    EXPECT_FALSE(QDir(folder).exists()) << "nothing is created for a run that fails before writing";
}

TEST_F(ExplainCommand, AFullDiskIsASentenceNotAHalfWrittenFile) {
    const QString folder = out(QStringLiteral("full"));
    ASSERT_TRUE(QDir().mkpath(folder));
    testing::linkToFullDevice(folder.toStdString(), "input.png");
    const Result result = run({"explain", "--model", m_model, "--test-image", "0", "--out", folder});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("the disk is full"))) << result.err.toStdString();
    EXPECT_TRUE(testing::fullDeviceIsIntact());
}

TEST(ExplainHelp, NamesEveryOptionAndTheInversion) {
    const Result result = run({"explain", "--help"});
    EXPECT_EQ(result.exitCode, 0);
    for (const char* option : {"--model", "--data", "--test-image", "--image", "--class", "--saliency", "--out",
                               "inverted when its border is light"})
        EXPECT_TRUE(result.out.contains(QLatin1String(option))) << option;
    EXPECT_TRUE(run({"--help"}).out.contains(QStringLiteral("explain ")));
}

} // namespace
} // namespace bplab::test

// "Inside the network" on its own, with a few made-up images and an untrained (randomly initialised)
// classifier: what it draws is compared with the classifier's own trace and saliency, computed here
// from the raw image bytes.
#include "ui/mnist/inside/inside_network_view.h"
#include "ui/mnist/inside/inspection_pictures.h"
#include "ui/mnist/inside/kernel_history.h"
#include "ui/mnist/inside/network_stages_view.h"
#include "ui/mnist/inside/saliency_panel.h"
#include "ui/mnist/try_it/probability_bars.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace bplab::ui {
namespace {

using Pixels = InsideNetworkView::Pixels;

// Image k: a bar of ink in column firstBar + 5k over a faint pattern, so every image traces differently
// (training images start at another column than test images).
MnistSplit madeUpSplit(int count, int firstBar) {
    MnistSplit split;
    for (int k = 0; k < count; ++k) {
        for (int i = 0; i < kMnistPixels; ++i) {
            const bool ink = i % kMnistCols == firstBar + 5 * k && i / kMnistCols > 4 && i / kMnistCols < 24;
            split.pixels.push_back(static_cast<std::uint8_t>(ink ? 255 : (i * 37 + k * 11) % 60));
        }
        split.labels.push_back(static_cast<std::uint8_t>(k));
    }
    return split;
}

Pixels pixelsOf(const MnistSplit& split, int index) {
    Pixels pixels{};
    for (int i = 0; i < kMnistPixels; ++i)
        pixels[static_cast<std::size_t>(i)] = split.image(index)[i] / 255.0f;
    return pixels;
}

void expectSameTrace(const NetworkTrace& shown, const NetworkTrace& expected) {
    ASSERT_EQ(shown.stages.size(), expected.stages.size());
    for (std::size_t s = 0; s < expected.stages.size(); ++s) {
        EXPECT_EQ(shown.stages[s].name, expected.stages[s].name);
        EXPECT_EQ(shown.stages[s].output.shape, expected.stages[s].output.shape);
        EXPECT_EQ(shown.stages[s].output.values, expected.stages[s].output.values) << expected.stages[s].name;
    }
}

class InsideNetworkViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto made = std::make_shared<MnistData>();
        made->train = madeUpSplit(2, 8);
        made->test = madeUpSplit(3, 6);
        data = made;
        view.resize(1300, 800);
        view.show();
        view.setData(data);
        view.setClassifier(classifier, QStringLiteral("untrained"));
        view.restartHistory(QStringLiteral("epoch 0"));
    }

    std::shared_ptr<const MnistData> data;
    MnistClassifier classifier; // random weights: enough to trace and explain
    InsideNetworkView view;
};

TEST_F(InsideNetworkViewTest, ChoosingATestImageTracesEveryStageOfIt) {
    view.showTestImage(1);
    expectSameTrace(view.stages()->trace(), classifier.trace(pixelsOf(data->test, 1)));
    EXPECT_TRUE(view.sourceText().contains(QStringLiteral("Test image 1 (labelled 1)")));

    // The spin box, debounced: a quick run of steps traces only where it stops.
    view.indexBox()->setValue(0);
    view.indexBox()->setValue(2);
    QTest::qWait(InsideNetworkView::kDebounceMs * 4);
    expectSameTrace(view.stages()->trace(), classifier.trace(pixelsOf(data->test, 2)));
    EXPECT_EQ(view.stages()->stageCount(), 8);

    view.showTrainingImage(1);
    expectSameTrace(view.stages()->trace(), classifier.trace(pixelsOf(data->train, 1)));
}

TEST_F(InsideNetworkViewTest, HoveringACellReadsItsValueAndItsColourIsOnTheStagesScale) {
    view.showTestImage(0);
    const NetworkStage& conv2 = view.stages()->trace().stages[1];
    ASSERT_EQ(conv2.output.shape, (std::vector<std::int64_t>{8, 22, 22}));
    // conv2 is drawn 2 maps per row at ×2 with a 2-pixel gap: map 3 is the second of the second row.
    const int map = 3, row = 4, col = 5, zoom = 2, step = 22 * zoom + 2;
    const QPoint inPicture(1 * step + col * zoom + 1, 1 * step + row * zoom + 1);
    const float value = conv2.output.values[static_cast<std::size_t>((map * 22 + row) * 22 + col)];
    const QString text = view.stages()->cellTextAt(view.stages()->pictureRect(1).topLeft() + inPicture);
    EXPECT_EQ(text, QStringLiteral("conv2, map 3, row 4, col 5: %1").arg(value, 0, 'g', 4));
    const QColor expected =
        colourOf(value, PictureScale::Sequential, scaleRange(conv2.output, PictureScale::Sequential));
    EXPECT_EQ(view.stages()->stagePicture(1).pixelColor(inPicture), expected);
    EXPECT_TRUE(view.stages()->cellTextAt(view.stages()->pictureRect(1).topLeft() + QPoint(44, 0)).isEmpty())
        << "the gap between maps is no cell";
}

TEST_F(InsideNetworkViewTest, TheSaliencyExplainsThePredictedClassUntilAnotherIsChosen) {
    view.showTestImage(1);
    const Pixels pixels = pixelsOf(data->test, 1);
    const ClassProbabilities probabilities = classifier.predict(pixels);
    const int predicted = static_cast<int>(std::max_element(probabilities.begin(), probabilities.end()) -
                                           probabilities.begin());
    SaliencyPanel* panel = view.saliency();
    EXPECT_EQ(panel->classBox()->currentIndex(), predicted);
    EXPECT_EQ(panel->bars()->probabilities(), probabilities);
    EXPECT_EQ(panel->map().map.values,
              classifier.saliency(pixels, predicted, SaliencyKind::InputTimesGradient).map.values);

    const int other = (predicted + 1) % 10;
    const std::vector<float> before = panel->map().map.values;
    panel->classBox()->setCurrentIndex(other);
    Q_EMIT panel->classBox()->activated(other); // what QComboBox adds when the user picks it
    EXPECT_NE(panel->map().map.values, before);
    EXPECT_EQ(panel->map().classIndex, other);
    EXPECT_EQ(panel->map().map.values,
              classifier.saliency(pixels, other, SaliencyKind::InputTimesGradient).map.values);
    panel->kindBox()->setCurrentIndex(panel->kindBox()->findData(static_cast<int>(SaliencyKind::Gradient)));
    EXPECT_EQ(panel->map().map.values, classifier.saliency(pixels, other, SaliencyKind::Gradient).map.values);
    EXPECT_TRUE(panel->caption().contains(QStringLiteral("class %1").arg(other)));

    // A new model for the same image keeps the user's class; a new image goes back to the prediction.
    view.setClassifier(classifier, QStringLiteral("again"));
    EXPECT_EQ(panel->classBox()->currentIndex(), other);
    view.showTestImage(1);
    EXPECT_EQ(panel->classBox()->currentIndex(), predicted);
}

TEST_F(InsideNetworkViewTest, KernelSnapshotsAreKeptPerEpochAndTheSliderShowsEach) {
    MnistClassifier second; // other random weights: a stand-in for "after epoch 1"
    view.setClassifier(second, QStringLiteral("epoch 1"));
    view.addSnapshot(QStringLiteral("epoch 1"));
    KernelHistory* history = view.kernels();
    ASSERT_EQ(history->snapshotCount(), 2);
    EXPECT_EQ(history->shownIndex(), 1) << "the latest is shown while the slider is at the end";
    for (const auto& [index, model] : {std::pair{0, &classifier}, std::pair{1, &second}}) {
        history->slider()->setValue(index);
        const ConvKernels expected = model->kernels();
        EXPECT_EQ(history->shownKernels()->conv1.values, expected.conv1.values);
        EXPECT_EQ(history->shownKernels()->conv2.values, expected.conv2.values);
        // The picture itself: conv1 kernel 2's top-left weight at ×10, on ± the largest |w|.
        const ScaleRange range = scaleRange(expected.conv1, PictureScale::Diverging);
        const QImage picture = history->conv1Picture();
        const int top = 2 * (5 * 10 + 2);
        EXPECT_EQ(picture.pixelColor(1, top + 1),
                  colourOf(expected.conv1.values[2 * 25], PictureScale::Diverging, range));
        EXPECT_TRUE(history->conv1Legend().contains(QString::number(range.high, 'g', 3)));
    }
    view.restartHistory(QStringLiteral("loaded"));
    EXPECT_EQ(history->snapshotCount(), 1);
    EXPECT_EQ(history->snapshot(0).label, QStringLiteral("loaded"));
}

// A CSV file as rows of cells, the header first.
std::vector<QList<QByteArray>> readCsv(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    std::vector<QList<QByteArray>> rows;
    for (const QByteArray& line : file.readAll().trimmed().split('\n')) rows.push_back(line.split(','));
    return rows;
}

std::vector<float> lastColumn(const std::vector<QList<QByteArray>>& rows) {
    std::vector<float> values;
    for (std::size_t r = 1; r < rows.size(); ++r) values.push_back(rows[r].last().toFloat());
    return values;
}

// The window writes the folder `backprop-lab explain` writes (its test checks the same names and
// formats through the executable); here every value is compared with the classifier's own results.
TEST_F(InsideNetworkViewTest, ExportsTheFolderExplainWritesWithTheValuesBehindEachPicture) {
    view.showTestImage(2);
    QTemporaryDir directory;
    const QDir folder(directory.filePath(QStringLiteral("inside/test-2"))); // created with its parent
    QString error;
    ASSERT_TRUE(view.exportTo(folder.path(), &error)) << error.toStdString();
    const QStringList stems{"01-conv1", "02-conv2", "03-max-pool",     "04-conv3",
                            "05-conv4", "06-conv5", "07-average-pool", "08-scores"};
    QStringList expectedFiles{"input.png",         "kernels-conv1.png", "kernels-conv1.csv",
                              "kernels-conv2.png", "kernels-conv2.csv", "saliency.png",
                              "saliency.csv",      "probabilities.csv"};
    for (const QString& stem : stems) expectedFiles << stem + ".png" << stem + ".csv";
    QStringList files = folder.entryList(QDir::Files, QDir::Name);
    expectedFiles.sort();
    EXPECT_EQ(files, expectedFiles);

    // Each stage's values, header "map,row,col,value" (or "index,value" for a vector), row-major.
    const Pixels pixels = pixelsOf(data->test, 2);
    const NetworkTrace expected = classifier.trace(pixels);
    for (int i = 0; i < stems.size(); ++i) {
        const auto rows = readCsv(folder.filePath(stems[i] + ".csv"));
        const NetworkStage& stage = expected.stages[static_cast<std::size_t>(i)];
        EXPECT_EQ(lastColumn(rows), stage.output.values) << stems[i].toStdString();
        EXPECT_EQ(rows[0].size(), static_cast<qsizetype>(stage.output.shape.size()) + 1)
            << stems[i].toStdString();
    }
    // conv2, map 3, row 4, col 5 is value (3·22 + 4)·22 + 5.
    const auto conv2 = readCsv(folder.filePath(QStringLiteral("02-conv2.csv")));
    EXPECT_EQ(conv2[0].join(','), QByteArray("map,row,col,value"));
    EXPECT_EQ(conv2[1 + (3 * 22 + 4) * 22 + 5].mid(0, 3).join(','), QByteArray("3,4,5"));

    // Kernels with their biases: conv2, output 7, input 3, row 2, col 1 is weight ((7·4 + 3)·3 + 2)·3 + 1.
    const ConvKernels kernels = classifier.kernels();
    const auto kernelRows = readCsv(folder.filePath(QStringLiteral("kernels-conv2.csv")));
    ASSERT_EQ(kernelRows.size(), 1u + 288);
    EXPECT_EQ(kernelRows[0].join(','), QByteArray("output,input,row,col,weight,bias"));
    const std::size_t k = ((7 * 4 + 3) * 3 + 2) * 3 + 1;
    EXPECT_EQ(kernelRows[1 + k].mid(0, 4).join(','), QByteArray("7,3,2,1"));
    EXPECT_EQ(kernelRows[1 + k][4].toFloat(), kernels.conv2.values[k]);
    EXPECT_EQ(kernelRows[1 + k][5].toFloat(), kernels.conv2Bias.values[7]);
    EXPECT_EQ(readCsv(folder.filePath(QStringLiteral("kernels-conv1.csv"))).size(), 1u + 100);

    // The saliency shown (the predicted class, input × gradient) and the ten probabilities.
    const auto& p = expected.probabilities;
    const int predicted = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
    EXPECT_EQ(lastColumn(readCsv(folder.filePath(QStringLiteral("saliency.csv")))),
              classifier.saliency(pixels, predicted, SaliencyKind::InputTimesGradient).map.values);
    const auto probabilities = readCsv(folder.filePath(QStringLiteral("probabilities.csv")));
    EXPECT_EQ(probabilities[0].join(','), QByteArray("digit,probability"));
    EXPECT_EQ(lastColumn(probabilities), std::vector<float>(p.begin(), p.end()));
    EXPECT_EQ(QImage(folder.filePath(QStringLiteral("input.png"))).size(), QSize(280, 280));
}

TEST_F(InsideNetworkViewTest, AFolderThatCannotBeCreatedIsASentence) {
    view.showTestImage(0);
    QTemporaryDir directory;
    QFile file(directory.filePath(QStringLiteral("a-file")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    QString error;
    EXPECT_FALSE(view.exportTo(file.fileName() + QStringLiteral("/inside"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("Could not create the folder "))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("Choose a folder"))) << error.toStdString();
}

TEST(InsideNetworkViewEmpty, ExportingWithNothingShownSaysWhatToDo) {
    InsideNetworkView view;
    QTemporaryDir directory;
    QString error;
    EXPECT_FALSE(view.exportTo(directory.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("train or load a model"))) << error.toStdString();
}

} // namespace
} // namespace bplab::ui

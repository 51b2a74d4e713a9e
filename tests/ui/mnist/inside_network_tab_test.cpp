// "Inside the network" in the MNIST tab: the kernel history of a real short run, the image sources
// (galleries, the drawing), and training with the tab open.
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/mnist/inside/inside_network_view.h"
#include "ui/mnist/inside/kernel_history.h"
#include "ui/mnist/inside/network_stages_view.h"
#include "ui/mnist/inside/saliency_panel.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/try_it/digit_canvas.h"
#include "ui/mnist/try_it/try_digit_panel.h"

#include <QComboBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>

#include <algorithm>

namespace bplab::ui {
namespace {

using InsideNetworkTab = MnistTabTest;

bool insideIsShown(MnistTab& tab) { return tab.lowerTabs()->currentWidget()->isAncestorOf(tab.insideView()); }

void expectKernels(const ConvKernels& shown, const ConvKernels& expected) {
    EXPECT_EQ(shown.conv1.values, expected.conv1.values);
    EXPECT_EQ(shown.conv2.values, expected.conv2.values);
    EXPECT_EQ(shown.conv1Bias.values, expected.conv1Bias.values);
}

TEST_F(InsideNetworkTab, KeepsASnapshotPerEpochAndResetsOnANewRun) {
    TrainConfig config = tab->settingsPanel()->config();
    config.epochs = 2;
    tab->settingsPanel()->setConfig(config);
    QSignalSpy started(tab->controller(), &TrainingController::runStarted);
    QSignalSpy ready(tab->controller(), &TrainingController::classifierReady);
    QSignalSpy epochs(tab->controller(), &TrainingController::epochFinished);
    trainToTheEnd();
    ASSERT_EQ(started.size(), 1);
    ASSERT_EQ(ready.size(), 2);

    // Epoch e's kernels, read back from the widget, are those of the classifier handed out then.
    KernelHistory* history = tab->insideView()->kernels();
    ASSERT_EQ(history->snapshotCount(), 3);
    std::vector<MnistClassifier> models{started.first().at(0).value<MnistClassifier>()};
    for (const QList<QVariant>& signal : ready) models.push_back(signal.at(0).value<MnistClassifier>());
    for (int e = 0; e < 3; ++e) {
        history->slider()->setValue(e);
        expectKernels(*history->shownKernels(), models[static_cast<std::size_t>(e)].kernels());
        EXPECT_TRUE(history->snapshot(e).label.startsWith(QStringLiteral("epoch %1").arg(e)));
    }
    EXPECT_NE(history->snapshot(0).kernels.conv1.values, history->snapshot(2).kernels.conv1.values)
        << "training moved the kernels";

    // The view traces its image with the latest model.
    InsideNetworkView* inside = tab->insideView();
    ASSERT_TRUE(inside->hasTrace());
    EXPECT_EQ(inside->stages()->trace().stages.back().output.values,
              models.back().trace(inside->pixels()).stages.back().output.values);
    // Its "why?" explains what the latest model predicts, not what the random start did.
    const ClassProbabilities probabilities = models.back().predict(inside->pixels());
    EXPECT_EQ(inside->saliency()->classBox()->currentIndex(),
              std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin());

    // A click on a misclassified digit looks at that test image.
    const Evaluation evaluation = epochs.last().at(1).value<Evaluation>();
    ASSERT_FALSE(evaluation.misclassified.empty());
    DigitGallery* gallery = tab->misclassifiedGallery();
    tab->lowerTabs()->setCurrentIndex(2); // Misclassified
    QTest::mouseClick(gallery, Qt::LeftButton, {}, gallery->itemRect(0).center());
    EXPECT_TRUE(insideIsShown(*tab));
    const int index = evaluation.misclassified.front().index;
    EXPECT_EQ(inside->indexBox()->value(), index);
    EXPECT_TRUE(inside->sourceText().contains(QStringLiteral("Test image %1 ").arg(index)));

    // A new run starts a new history at its own epoch 0.
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    click(tab->trainAction());
    EXPECT_EQ(history->snapshotCount(), 1);
    ASSERT_EQ(started.size(), 2);
    expectKernels(history->snapshot(0).kernels, started.last().at(0).value<MnistClassifier>().kernels());
    tab->controller()->stop();
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
}

TEST_F(InsideNetworkTab, TrainingWithTheTabOpenReachesTheSameAccuracy) {
    QSignalSpy epochs(tab->controller(), &TrainingController::epochFinished);
    trainToTheEnd();
    ASSERT_EQ(epochs.size(), 1);
    const double without = epochs.first().at(0).value<EpochResult>().testAccuracy;

    tab->lowerTabs()->setCurrentWidget(tab->lowerTabs()->widget(tab->lowerTabs()->count() - 1));
    ASSERT_TRUE(insideIsShown(*tab));
    tab->insideView()->showTestImage(5);
    trainToTheEnd();
    ASSERT_EQ(epochs.size(), 2);
    EXPECT_EQ(epochs.last().at(0).value<EpochResult>().testAccuracy, without);
    EXPECT_TRUE(tab->insideView()->hasTrace());
    EXPECT_EQ(tab->insideView()->kernels()->snapshotCount(), 2);
}

TEST_F(InsideNetworkTab, ASampleClickAndTheDrawingAreLookedAt) {
    InsideNetworkView* inside = tab->insideView();
    const MnistClassifier untrained;
    inside->setClassifier(untrained, QStringLiteral("untrained"));

    tab->lowerTabs()->setCurrentIndex(3); // Samples
    DigitGallery* samples = tab->samplesGallery();
    QTest::mouseClick(samples, Qt::LeftButton, {}, samples->itemRect(3).center());
    EXPECT_TRUE(insideIsShown(*tab));
    EXPECT_TRUE(inside->sourceText().contains(QStringLiteral("Training image 3 ")))
        << inside->sourceText().toStdString();

    // "Look inside" with nothing drawn asks for a drawing and changes nothing.
    tab->lowerTabs()->setCurrentWidget(tab->tryPanel());
    QPushButton* button = nullptr;
    for (QPushButton* candidate : tab->tryPanel()->findChildren<QPushButton*>())
        if (candidate->text().remove('&') == QStringLiteral("Look inside")) button = candidate;
    ASSERT_NE(button, nullptr);
    QSignalSpy messages(tab.get(), &MnistTab::statusMessage);
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().at(0).toString().contains(QStringLiteral("Draw a digit")));
    EXPECT_TRUE(inside->sourceText().contains(QStringLiteral("Training image 3 ")));

    tab->tryPanel()->canvas()->drawStroke({{100, 40}, {110, 140}, {105, 240}});
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(insideIsShown(*tab));
    EXPECT_TRUE(inside->sourceText().contains(QStringLiteral("your drawing")));
    EXPECT_EQ(inside->pixels(), tab->tryPanel()->canvas()->pixels());
    EXPECT_EQ(inside->stages()->trace().stages.front().output.values,
              untrained.trace(tab->tryPanel()->canvas()->pixels()).stages.front().output.values);
}

} // namespace
} // namespace bplab::ui

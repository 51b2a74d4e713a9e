// What a screen reader gets from the MNIST tab's painted views and tables, read through Qt's
// accessibility interfaces as a bridge would: a name for each, and a description that says what it
// shows in words and numbers and follows each change. (The confusion matrix has its own test.)
#include "ui/mnist/inside/kernel_history.h"
#include "ui/mnist/inside/model_summary_table.h"
#include "ui/mnist/inside/parameter_breakdown_table.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/results/mistakes_panel.h"
#include "ui/mnist/training/run_charts.h"
#include "ui/mnist/try_it/probability_bars.h"

#include "core/mnist/model_summary.h"
#include "core/mnist/parameter_breakdown.h"

#include <QAccessible>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QTabWidget>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace bplab::ui {
namespace {

QString nameOf(QWidget* widget) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QStringLiteral("(no interface)");
}

QString descriptionOf(QWidget* widget) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Description) : QStringLiteral("(no interface)");
}

TEST(ProbabilityBarsAccessibility, SaysAllTenProbabilitiesTheMostLikelyFirst) {
    ProbabilityBars bars;
    EXPECT_EQ(nameOf(&bars), QStringLiteral("Probabilities"));
    EXPECT_EQ(descriptionOf(&bars), QStringLiteral("No prediction yet."));
    // 7 has 0.9, 8 has 0.02, the other eight 0.01 each: 0.9 + 0.02 + 8 · 0.01 = 1. Equals keep digit order.
    bars.setProbabilities({0.01f, 0.01f, 0.01f, 0.01f, 0.01f, 0.01f, 0.01f, 0.9f, 0.02f, 0.01f});
    EXPECT_EQ(descriptionOf(&bars),
              QStringLiteral("Most likely first: 7 (90.0 %), 8 (2.0 %), 0 (1.0 %), 1 (1.0 %), "
                             "2 (1.0 %), 3 (1.0 %), 4 (1.0 %), 5 (1.0 %), 6 (1.0 %), 9 (1.0 %)."));
    // Another drawing: now 2 leads with 0.55, 3 follows with 0.45.
    bars.setProbabilities({0.0f, 0.0f, 0.55f, 0.45f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f});
    EXPECT_TRUE(descriptionOf(&bars).startsWith(
        QStringLiteral("Most likely first: 2 (55.0 %), 3 (45.0 %), 0 (0.0 %)")))
        << descriptionOf(&bars).toStdString();
    bars.clear();
    EXPECT_EQ(descriptionOf(&bars), QStringLiteral("No prediction yet."));
}

TEST(ProbabilityBarsAccessibility, ThreeClassesGiveThreeBars) {
    ProbabilityBars bars;
    bars.resize(300, 300);
    EXPECT_EQ(bars.best(), -1);
    // 0.2 + 0.5 + 0.3 = 1: class 1 leads, then 2, then 0.
    bars.setProbabilities({0.2f, 0.5f, 0.3f});
    EXPECT_EQ(bars.best(), 1);
    EXPECT_EQ(descriptionOf(&bars), QStringLiteral("Most likely first: 1 (50.0 %), 2 (30.0 %), 0 (20.0 %)."));
    // Three rows share the height, 100 px each: down the middle of the bars, three tracks of 100 − 6 px.
    const QImage image = bars.grab().toImage();
    const QColor background = image.pixelColor(image.width() / 2, 0);
    std::vector<int> trackHeights;
    bool inTrack = false;
    for (int y = 0; y < image.height(); ++y) {
        const bool track = image.pixelColor(image.width() / 2, y) != background;
        if (track && !inTrack) trackHeights.push_back(0);
        if (track) ++trackHeights.back();
        inTrack = track;
    }
    EXPECT_EQ(trackHeights, (std::vector<int>{94, 94, 94}));
}

QList<DigitGallery::Item> captioned(int count) {
    QList<DigitGallery::Item> items;
    for (int k = 0; k < count; ++k)
        items.append({QImage(28, 28, QImage::Format_Grayscale8), QString::number(k), {}, k});
    return items;
}

TEST(DigitGalleryAccessibility, SaysHowManyDigitsAndTheFirstFew) {
    DigitGallery gallery;
    EXPECT_EQ(QAccessible::queryAccessibleInterface(&gallery)->role(), QAccessible::Graphic) << "a picture";
    EXPECT_EQ(nameOf(&gallery), QStringLiteral("Digits")) << "until its owner names it";
    gallery.setPlaceholder(QStringLiteral("Digits appear here."));
    EXPECT_EQ(descriptionOf(&gallery), QStringLiteral("Digits appear here."));
    gallery.setItems(captioned(7)); // five of the seven said, then "…"
    EXPECT_EQ(descriptionOf(&gallery), QStringLiteral("7 digits shown: 0, 1, 2, 3, 4, …"));
    gallery.setItems(captioned(1));
    EXPECT_EQ(descriptionOf(&gallery), QStringLiteral("1 digit shown: 0"));
    QList<DigitGallery::Item> spoken = captioned(2);
    spoken[1].spoken = QStringLiteral("one, in words");
    gallery.setItems(spoken);
    gallery.setSummary(QStringLiteral("Two samples"));
    EXPECT_EQ(descriptionOf(&gallery), QStringLiteral("Two samples: 0, one, in words"));
    gallery.setItems({});
    EXPECT_EQ(descriptionOf(&gallery), QStringLiteral("Digits appear here."));
}

// Three blank test images; `count` mistakes on them, most confident first.
std::shared_ptr<MnistData> threeTestImages() {
    auto data = std::make_shared<MnistData>();
    data->test.pixels.assign(3 * kMnistPixels, 0);
    data->test.labels = {4, 7, 4};
    return data;
}

TEST(MistakesPanelAccessibility, TheGalleryAndItsScrollAreaAreNamedAndSayTheMistakes) {
    MistakesPanel panel;
    EXPECT_EQ(nameOf(&panel), QStringLiteral("Misclassified test digits")) << "it takes focus, for Esc";
    EXPECT_EQ(nameOf(panel.gallery()), QStringLiteral("Misclassified digits"));
    EXPECT_EQ(descriptionOf(panel.gallery()),
              QStringLiteral("Misclassified test digits appear here after each epoch."));
    auto* scroll = panel.findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_EQ(nameOf(scroll), QStringLiteral("Misclassified digits"));
    EXPECT_EQ(nameOf(scroll->verticalScrollBar()), QStringLiteral("Scroll Misclassified digits"));
    EXPECT_EQ(nameOf(scroll->horizontalScrollBar()), QStringLiteral("Scroll Misclassified digits"));

    panel.setMistakes(threeTestImages(), {{0, 4, 9, 0.95f}, {1, 7, 1, 0.90f}, {2, 4, 9, 0.849f}});
    // 0.849 rounds to 85 %.
    EXPECT_EQ(
        descriptionOf(panel.gallery()),
        QStringLiteral("3 mistakes shown, most confident first: 4 read as 9 (95 %), 7 read as 1 (90 %), "
                       "4 read as 9 (85 %)"));
    panel.showOnly({4, 9});
    EXPECT_EQ(descriptionOf(panel.gallery()),
              QStringLiteral("True 4, predicted 9: 2 mistakes shown, most confident "
                             "first: 4 read as 9 (95 %), 4 read as 9 (85 %)"));
    panel.showOnly({7, 1});
    EXPECT_EQ(
        descriptionOf(panel.gallery()),
        QStringLiteral("True 7, predicted 1: 1 mistake shown, most confident first: 7 read as 1 (90 %)"));
    panel.showOnly({1, 7}); // none of those: the gallery says so
    EXPECT_EQ(descriptionOf(panel.gallery()), QStringLiteral("No test image of 1 was taken for a 7."));
}

TEST(MistakesPanelAccessibility, SaysHowManyOfTheMistakesTheGalleryHolds) {
    MistakesPanel panel;
    std::vector<Misclassified> many;
    for (int k = 0; k < MistakesPanel::kMaxShown + 10; ++k) many.push_back({k % 3, 4, 9, 0.5f});
    panel.setMistakes(threeTestImages(), many);
    EXPECT_TRUE(descriptionOf(panel.gallery()).startsWith(QStringLiteral("60 of 70 mistakes shown")))
        << descriptionOf(panel.gallery()).toStdString();
}

// conv1 {4, 1, 5, 5}: map k (0..3) all (k + 1)/10 but its first weight, −(k + 1)/10. conv2 {8, 4, 3, 3}:
// every weight `conv2Weight`.
KernelHistory::Snapshot snapshot(const QString& label, float conv2Weight) {
    KernelHistory::Snapshot shot{label, {}};
    shot.kernels.conv1.shape = {4, 1, 5, 5};
    for (int k = 0; k < 4; ++k) {
        for (int i = 0; i < 25; ++i)
            shot.kernels.conv1.values.push_back((i == 0 ? -0.1f : 0.1f) * static_cast<float>(k + 1));
    }
    shot.kernels.conv1Bias = {{4}, std::vector<float>(4, 0.0f)};
    shot.kernels.conv2 = {{8, 4, 3, 3}, std::vector<float>(8 * 4 * 9, conv2Weight)};
    shot.kernels.conv2Bias = {{8}, std::vector<float>(8, 0.0f)};
    return shot;
}

TEST(KernelHistoryAccessibility, EachPictureSaysItsWeightsPerMapAndFollowsTheSlider) {
    KernelHistory history;
    EXPECT_EQ(nameOf(history.conv1View()), QStringLiteral("conv1 kernels"));
    EXPECT_EQ(nameOf(history.conv2View()), QStringLiteral("conv2 kernels"));
    EXPECT_EQ(descriptionOf(history.conv1View()), QStringLiteral("No model yet."));

    history.restart(snapshot(QStringLiteral("epoch 0 (initial random weights)"), 0.25f));
    EXPECT_EQ(
        descriptionOf(history.conv1View()),
        QStringLiteral("conv1, epoch 0 (initial random weights): 4 output maps × 1 input of 5×5; weights "
                       "from -0.4 to 0.4; map 1 from -0.1 to 0.1, map 2 from -0.2 to 0.2, map 3 from -0.3 "
                       "to 0.3, map 4 from -0.4 to 0.4."));
    EXPECT_TRUE(
        descriptionOf(history.conv2View())
            .startsWith(QStringLiteral("conv2, epoch 0 (initial random weights): 8 output maps × 4 inputs "
                                       "of 3×3; weights from 0.25 to 0.25; map 1 from 0.25 to 0.25")))
        << descriptionOf(history.conv2View()).toStdString();

    history.append(snapshot(QStringLiteral("epoch 1"), -0.5f));
    EXPECT_TRUE(
        descriptionOf(history.conv2View()).startsWith(QStringLiteral("conv2, epoch 1: 8 output maps")));
    EXPECT_TRUE(descriptionOf(history.conv2View()).contains(QStringLiteral("weights from -0.5 to -0.5")));
    history.slider()->setValue(0); // back to the start: the description too
    EXPECT_TRUE(descriptionOf(history.conv2View()).contains(QStringLiteral("weights from 0.25 to 0.25")));
}

TEST(ModelSummaryAccessibility, BothTablesAreNamedAndSayTheTotal) {
    ModelSummaryTable summary;
    EXPECT_EQ(QAccessible::queryAccessibleInterface(&summary)->role(), QAccessible::Table);
    EXPECT_EQ(nameOf(&summary), QStringLiteral("Model summary"));
    EXPECT_TRUE(descriptionOf(&summary).contains(
        QStringLiteral("%1 parameters in all").arg(mnistModelSummary().totalParameters)))
        << descriptionOf(&summary).toStdString();
    ParameterBreakdownTable breakdown;
    EXPECT_EQ(nameOf(&breakdown), QStringLiteral("Parameter breakdown"));
    EXPECT_TRUE(descriptionOf(&breakdown)
                    .startsWith(QStringLiteral("Where the %1 parameters sit")
                                    .arg(mnistParameterBreakdown().totalParameters)));
}

TEST(RunChartsAccessibility, TheLossPanesTabsAreNamed) {
    RunCharts charts;
    auto* tabs = charts.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(nameOf(tabs), QStringLiteral("Loss pane"));
}

} // namespace
} // namespace bplab::ui

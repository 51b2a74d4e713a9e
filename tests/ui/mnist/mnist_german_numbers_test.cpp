// The MNIST tab's numbers in German, fed by hand (no training): the live rate slider's label and its
// description, the progress row, a run's legend entry and the range test's summary take the decimal
// comma, 0,15 and not 0.15. The command line asks for the summary in the C locale and keeps the point.
#include "ui/mnist/training/live_rate_slider.h"
#include "ui/mnist/lr_range/lr_range_summary.h"
#include "ui/mnist/training/run_charts.h"
#include "ui/mnist/training/training_progress_row.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSlider>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

// A point between two digits: a number written in the C locale, which a German window must not show.
bool hasDecimalPoint(const QString& text) {
    static const QRegularExpression point(QStringLiteral("\\d\\.\\d"));
    return point.match(text).hasMatch();
}

// Sets the default locale to German for one test, and puts the one before back.
class GermanDefaultLocale {
public:
    GermanDefaultLocale() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    ~GermanDefaultLocale() { QLocale::setDefault(m_before); }
    GermanDefaultLocale(const GermanDefaultLocale&) = delete;
    GermanDefaultLocale& operator=(const GermanDefaultLocale&) = delete;

private:
    QLocale m_before;
};

TEST(MnistGermanNumbers, TheLiveRateSliderSaysEtaWithADecimalComma) {
    const GermanDefaultLocale german;
    LiveRateSlider slider;
    slider.setLearningRate(0.15);
    const auto* label = slider.findChild<QLabel*>();
    ASSERT_TRUE(label);
    EXPECT_EQ(label->text().toStdString(), "η\n0,15");
    // The scale runs from kMinRate = 1e-4 = 0.0001 to the recipe's limit, 10.
    const QString description = slider.slider()->accessibleDescription();
    EXPECT_TRUE(description.startsWith(QStringLiteral("η = 0,15 on a log scale from 0,0001 to 10")))
        << description.toStdString();
    EXPECT_FALSE(hasDecimalPoint(description)) << description.toStdString();
}

TEST(MnistGermanNumbers, TheProgressRowSaysTheLossWithADecimalComma) {
    const GermanDefaultLocale german;
    TrainingProgressRow row;
    BatchProgress progress;
    progress.epoch = 1;
    progress.epochs = 2;
    progress.batch = 30;
    progress.batches = 100;
    progress.loss = 0.123456;       // 4 decimals: 0,1235
    progress.imagesPerSecond = 850; // under 1000: German would group a thousand as "1.000"
    progress.etaSeconds = 75;
    row.showProgress(progress);
    const auto* speed = row.findChild<QLabel*>();
    ASSERT_TRUE(speed);
    EXPECT_EQ(speed->text().toStdString(), "850 img/s · ETA 1:15 · loss 0,1235");
    EXPECT_FALSE(hasDecimalPoint(row.progressBar()->accessibleDescription()))
        << row.progressBar()->accessibleDescription().toStdString();
}

TEST(MnistGermanNumbers, ARunsLegendEntryTakesTheDecimalComma) {
    const GermanDefaultLocale german;
    RunCharts charts;
    const TrainConfig config; // SGD + momentum at 0.1
    charts.beginRun(QStringLiteral("SGD + momentum"), RunCharts::shortLabel(config));
    charts.appendLearningRate({{0.0, 0.1}, {0.3, 0.1}, {0.3, 2.5}, {0.5, 2.5}}); // dragged to 2.5
    EpochResult epoch;
    epoch.epoch = 1;
    epoch.testAccuracy = 91.04; // 1 decimal: 91,0
    epoch.seconds = 3.0;        // under 10 s, 1 decimal: 3,0
    charts.appendEpochs({epoch});
    EXPECT_EQ(charts.runLegendText().toStdString(), "#1 SGD + momentum η 0,1→2,5 · 91,0 % · 3,0 s");
}

TEST(MnistGermanNumbers, TheRangeTestSummaryTakesTheWindowsLocaleOrTheCommandLinesC) {
    const GermanDefaultLocale german;
    LrRangeResult result;
    // Three batches: the smoothed loss is lowest (1.5) at η = 0.0412, steepest there too, then blows up.
    result.points = {{0.001, 2.3, 2.3}, {0.0412, 1.5, 1.5}, {1.5, 9.0, 9.0}};
    result.minimum = 1;
    result.steepest = 1;
    result.blowUpRate = 1.5;
    result.suggestedRate = 0.00412; // the minimum's rate ÷ 10
    LrRangeSettings settings;
    settings.blowUpFactor = 4.5;
    const QString window = rangeTestSummary(result, settings);
    EXPECT_TRUE(window.startsWith(QStringLiteral("Lowest smoothed loss 1,500 at η = 0,0412, steepest descent "
                                                 "at η = 0,0412; it blew up at η = 1,5 (smoothed loss above "
                                                 "4,5× its minimum)")))
        << window.toStdString();
    EXPECT_TRUE(window.contains(QStringLiteral("peak: η = 0,00412"))) << window.toStdString();
    EXPECT_FALSE(hasDecimalPoint(window)) << window.toStdString();
    const QString commandLine = rangeTestSummary(result, settings, QLocale::c());
    EXPECT_TRUE(commandLine.startsWith(QStringLiteral("Lowest smoothed loss 1.500 at η = 0.0412")))
        << commandLine.toStdString();
    EXPECT_TRUE(commandLine.contains(QStringLiteral("4.5× its minimum"))) << commandLine.toStdString();
}

} // namespace
} // namespace bplab::ui

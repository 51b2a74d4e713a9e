// The per-class view: precision and recall bars that equal core's arithmetic (checked by hand and in
// the drawn picture), their hover sentences with the counts, the CSV, and the bars' undefined cases.
#include "core/mnist/per_class_metrics.h"
#include "tests/support/image_colors.h"
#include "tests/support/shapes_confusion.h"
#include "ui/charts/per_class_chart.h"
#include "ui/charts/series_colors.h"
#include "ui/mnist/results/per_class_panel.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

using Measure = PerClassChart::Measure;

// 1028 sevens, 1012 of them right and 16 read as 1; 18 twos read as 7, so the answer "7" was given
// 1012 + 18 = 1030 times. No 8 is present and none predicted.
ConfusionMatrix sevensMatrix() {
    ConfusionMatrix m;
    for (int d = 0; d < 10; ++d) m.at(d, d) = d == 8 ? 0 : 100;
    m.at(7, 7) = 1012;
    m.at(7, 1) = 16;
    m.at(2, 7) = 18;
    return m;
}

TEST(PerClassPanel, BarsEqualCoresPrecisionAndRecallInPercent) {
    PerClassPanel panel;
    panel.setMatrix(sevensMatrix());
    const PerClassChart* chart = panel.chart();
    // By hand: precision of 7 = 1012/1030 = 98.2524… %, recall of 7 = 1012/1028 = 98.4436… %.
    EXPECT_NEAR(chart->barValue(Measure::Precision, 7), 98.2524272, 1e-6);
    EXPECT_NEAR(chart->barValue(Measure::Recall, 7), 98.4435798, 1e-6);
    // 2: all 118 answers "2" were right (100 %), 100 of its 118 images were found (84.7457… %).
    EXPECT_NEAR(chart->barValue(Measure::Precision, 2), 100.0, 1e-9);
    EXPECT_NEAR(chart->barValue(Measure::Recall, 2), 100.0 * 100 / 118, 1e-9);
    // Every digit against core's metrics.
    const PerClassMetrics metrics = perClassMetrics(sevensMatrix());
    for (int d = 0; d < 10; ++d) {
        const ClassMetrics& m = metrics[static_cast<std::size_t>(d)];
        EXPECT_DOUBLE_EQ(chart->barValue(Measure::Precision, d), 100.0 * m.precision().value_or(0.0)) << d;
        EXPECT_DOUBLE_EQ(chart->barValue(Measure::Recall, d), 100.0 * m.recall().value_or(0.0)) << d;
    }
}

TEST(PerClassPanel, HoveringABarGivesItsNumbersWithTheCounts) {
    PerClassPanel panel;
    panel.setMatrix(sevensMatrix());
    const PerClassChart* chart = panel.chart();
    EXPECT_EQ(chart->barText(Measure::Recall, 7), QStringLiteral("recall of 7: 1012/1028 = 98.4 %"));
    EXPECT_EQ(chart->barText(Measure::Precision, 7), QStringLiteral("precision of 7: 1012/1030 = 98.3 %"));
    // 8 is neither present nor predicted: both undefined, said in words, drawn at 0.
    EXPECT_EQ(chart->barText(Measure::Precision, 8),
              QStringLiteral("precision of 8: undefined, the model never answered 8"));
    EXPECT_EQ(chart->barText(Measure::Recall, 8),
              QStringLiteral("recall of 8: undefined, the test set has no 8"));
    EXPECT_EQ(chart->barValue(Measure::Recall, 8), 0.0);
    // The read-out line names both bars of the digit under the mouse.
    panel.chart()->showReadoutAt(6.8);
    EXPECT_EQ(chart->readout(),
              QStringLiteral("precision of 7: 1012/1030 = 98.3 %; recall of 7: 1012/1028 = 98.4 %"));
    EXPECT_TRUE(
        chart->caption().startsWith(QStringLiteral("Precision of a digit: of the images the model called")));
}

TEST(PerClassPanel, TheDrawnBarsHaveTheHeightsOfTheValues) {
    // Digits 0–8: 50 right, 50 read as 9 → precision 100 %, recall 50 %. Digit 9: 50 right of 50
    // (recall 100 %), but 50 + 9·50 = 500 answers "9" (precision 10 %). Bars are equally wide, so the
    // pixels of each colour go as the sum of its heights: 9·100 + 10 = 910 against 9·50 + 100 = 550.
    ConfusionMatrix m;
    for (int d = 0; d < 9; ++d) {
        m.at(d, d) = 50;
        m.at(d, 9) = 50;
    }
    m.at(9, 9) = 50;
    PerClassPanel panel;
    panel.resize(900, 500);
    panel.setMatrix(m);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bars.png"));
    QString error;
    ASSERT_TRUE(panel.exportImage(path, QSize(900, 500), &error)) << error.toStdString();
    const QImage image(path);
    const int precision = testing::pixelsOfColor(image, seriesColor(0), 10);
    const int recall = testing::pixelsOfColor(image, seriesColor(1), 10);
    ASSERT_GT(recall, 1000);
    EXPECT_NEAR(static_cast<double>(precision) / recall, 910.0 / 550.0, 0.08);
}

TEST(PerClassPanel, ClearedItHasNothingToExportAndSaysSo) {
    PerClassPanel panel;
    panel.setMatrix(sevensMatrix());
    panel.clear();
    EXPECT_FALSE(panel.metrics().has_value());
    EXPECT_EQ(panel.chart()->barValue(Measure::Precision, 7), 0.0);
    EXPECT_TRUE(panel.chart()->barText(Measure::Precision, 7).isEmpty());
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(panel.exportCsv(dir.filePath(QStringLiteral("m.csv")), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("There are no per-class metrics yet")))
        << error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("m.csv")))) << "nothing written";
}

TEST(PerClassPanel, CsvHoldsTheCountsAndPercentages) {
    PerClassPanel panel;
    panel.setMatrix(sevensMatrix());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("per-class.csv"));
    QString error;
    ASSERT_TRUE(panel.exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 12) << "header, ten digits, and the empty piece after the last '\\n'";
    EXPECT_EQ(lines[0],
              QStringLiteral("class,support,predicted,correct,precision_percent,recall_percent,f1_percent"));
    // 2: 118 images (100 + 18 read as 7), 100 answers "2", all right: 100 %, 100/118, 200/218.
    EXPECT_EQ(lines[3], QStringLiteral("2,118,100,100,100,84.74576271,91.74311927"));
    // 7: 101200/1030 = 98.252427184…, 101200/1028 = 98.443579766…, 2·1012/(1028 + 1030) = 98.347910592… %.
    EXPECT_EQ(lines[8], QStringLiteral("7,1028,1030,1012,98.25242718,98.44357977,98.34791059"));
    EXPECT_EQ(lines[9], QStringLiteral("8,0,0,0,undefined,undefined,undefined"));
}

// Three classes: three pairs of bars, and nothing where a fourth would be.
TEST(PerClassPanel, ThreeClassesGiveThreePairsOfBars) {
    PerClassPanel panel;
    panel.setMatrix(sevensMatrix());
    panel.setMatrix(testing::threeShapesConfusion());
    ASSERT_TRUE(panel.metrics().has_value());
    EXPECT_EQ(panel.metrics()->size(), 3u);
    const PerClassChart* chart = panel.chart();
    // Recall of class 0: 3 of its 4 images; precision of class 1: 2 of the 3 answers "1".
    EXPECT_NEAR(chart->barValue(Measure::Recall, 0), 75.0, 1e-9);
    EXPECT_NEAR(chart->barValue(Measure::Precision, 1), 100.0 * 2 / 3, 1e-9);
    EXPECT_EQ(chart->barText(Measure::Recall, 2), QStringLiteral("recall of 2: 2/3 = 66.7 %"));
    EXPECT_EQ(chart->barValue(Measure::Recall, 3), 0.0);
    EXPECT_TRUE(chart->barText(Measure::Recall, 3).isEmpty());
    EXPECT_EQ(chart->classLabels(), (QStringList{"0", "1", "2"}));
    panel.clear(); // the empty chart is MNIST's again
    EXPECT_EQ(chart->classLabels().size(), 10);
}

} // namespace
} // namespace bplab::ui

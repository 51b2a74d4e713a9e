// Time travel on the sheet tab: the differences between two iterations equal the table's, the
// scrubber moves B and shows its row, the diagram's Δw, and the exports.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "tests/support/image_colors.h"
#include "ui/sheet/diagram/network_diagram.h"
#include "ui/sheet/views/saturation_panel.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/views/time_travel_panel.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace bplab::ui {
namespace {

using SheetTabTimeTravelTest = SheetTabTest;

TEST_F(SheetTabTimeTravelTest, TheDifferencesAreTheTablesDifferences) {
    TimeTravelPanel* panel = tab->timeTravelPanel();
    tab->lowerTabs()->setCurrentWidget(panel);
    panel->setIterations(3, 40);
    const auto& changes = panel->changes();
    ASSERT_EQ(static_cast<int>(changes.size()), tab->tableModel()->columnCount());
    ASSERT_EQ(panel->table()->rowCount(), tab->tableModel()->columnCount());
    for (std::size_t k = 0; k < changes.size(); ++k) {
        const int q = changes[k].quantity;
        EXPECT_EQ(changes[k].difference, tableValue(40, q) - tableValue(3, q)) << quantities()[q].id;
        EXPECT_EQ(panel->table()->item(static_cast<int>(k), 1)->data(Qt::UserRole).toDouble(),
                  changes[k].difference);
        if (k > 0) {
            EXPECT_GE(std::fabs(changes[k - 1].difference), std::fabs(changes[k].difference));
        }
    }
    // The largest changes stand out, the rest do not.
    EXPECT_TRUE(panel->table()->item(0, 0)->font().bold());
    EXPECT_TRUE(panel->table()->item(TimeTravelPanel::kHighlightedChanges - 1, 0)->font().bold());
    EXPECT_FALSE(panel->table()->item(TimeTravelPanel::kHighlightedChanges, 0)->font().bold());
    EXPECT_TRUE(panel->summary().contains(QStringLiteral("From iteration 3 to 40")));
}

TEST_F(SheetTabTimeTravelTest, RankedByRelativeChange) {
    TimeTravelPanel* panel = tab->timeTravelPanel();
    panel->setIterations(0, 99);
    panel->setRanking(DiffRanking::Relative);
    const auto& changes = panel->changes();
    for (std::size_t k = 1; k < changes.size(); ++k) {
        const int q = changes[k].quantity;
        EXPECT_DOUBLE_EQ(*changes[k].relativeChange,
                         (tableValue(99, q) - tableValue(0, q)) / std::fabs(tableValue(0, q)));
        EXPECT_GE(std::fabs(*changes[k - 1].relativeChange), std::fabs(*changes[k].relativeChange));
    }
}

TEST_F(SheetTabTimeTravelTest, TheScrubberMovesBAndShowsItsRow) {
    TimeTravelPanel* panel = tab->timeTravelPanel();
    tab->lowerTabs()->setCurrentWidget(panel);
    EXPECT_EQ(panel->scrubber()->maximum(), 99);
    EXPECT_EQ(panel->iterationB(), 99) << "B starts at the newest row";
    panel->scrubber()->setValue(12);
    EXPECT_EQ(panel->iterationB(), 12);
    ASSERT_TRUE(tab->document()->selectedCell());
    EXPECT_EQ(tab->document()->selectedCell()->iteration, 12);
    // The diagram shows each weight's change from A to B.
    const auto& weights = panel->diagram()->weightChanges();
    ASSERT_TRUE(weights);
    EXPECT_EQ(weights->from, 0);
    EXPECT_EQ(weights->to, 12);
    for (int k = 0; k < 8; ++k)
        EXPECT_EQ(weights->delta[static_cast<std::size_t>(k)],
                  tableValue(12, quantity::w1 + k) - tableValue(0, quantity::w1 + k));
    // The tab's own network diagram keeps showing weights, not changes.
    EXPECT_FALSE(tab->networkDiagram()->weightChanges());
}

TEST_F(SheetTabTimeTravelTest, NothingToCompareBeforeAnIterationIsComplete) {
    TimeTravelPanel* panel = tab->timeTravelPanel();
    tab->lowerTabs()->setCurrentWidget(panel);
    tab->resetAction()->trigger();
    EXPECT_TRUE(panel->changes().empty());
    EXPECT_TRUE(panel->summary().contains(QStringLiteral("No iteration is complete yet")));
    EXPECT_FALSE(panel->scrubber()->isEnabled());
    tab->stepIterationAction()->trigger();
    EXPECT_TRUE(panel->scrubber()->isEnabled());
    EXPECT_FALSE(panel->changes().empty());
}

TEST_F(SheetTabTimeTravelTest, ExportsTheChangesAndTheDiagram) {
    TimeTravelPanel* panel = tab->timeTravelPanel();
    panel->setIterations(0, 99);
    QTemporaryDir dir;
    QString error;
    const QString csv = dir.filePath(QStringLiteral("changes.csv"));
    ASSERT_TRUE(panel->exportCsv(csv, &error)) << error.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.first(), QStringLiteral("quantity,at_0,at_99,difference,relative_change"));
    EXPECT_EQ(lines.size(), tab->tableModel()->columnCount() + 1);

    const QString png = dir.filePath(QStringLiteral("changes.png"));
    ASSERT_TRUE(panel->exportPicture(png, QSize(800, 500), &error)) << error.toStdString();
    const QImage image(png);
    ASSERT_EQ(image.size(), QSize(800, 500));
    // Over 100 seed iterations w5..w8 shrink and w1..w4 grow: both colours are drawn.
    EXPECT_GT(testing::pixelsOfColor(image, NetworkDiagram::decreaseColor(), 20), 200);
    EXPECT_GT(testing::pixelsOfColor(image, NetworkDiagram::increaseColor(), 20), 50);
    const QString svg = dir.filePath(QStringLiteral("changes.svg"));
    ASSERT_TRUE(panel->exportPicture(svg, QSize(800, 500), &error)) << error.toStdString();
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().contains("<svg"));
    EXPECT_FALSE(panel->exportPicture(png, QSize(10, 10), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("between")));
}

// How much of `edge` lies under any of `boxes`, measured on 200 points along it (an independent check
// of the diagram's own placement).
double coveredShare(const QLineF& edge, const std::vector<QRectF>& boxes) {
    constexpr int kSamples = 200;
    int covered = 0;
    for (int i = 0; i <= kSamples; ++i) {
        const QPointF point = edge.pointAt(static_cast<double>(i) / kSamples);
        covered += std::any_of(boxes.begin(), boxes.end(),
                               [point](const QRectF& box) { return box.contains(point); });
    }
    return static_cast<double>(covered) / (kSamples + 1);
}

// A label on a short edge hid the whole edge (the time-travel pane is narrow): no label may cover more
// than half of its own edge, at any size; at the pane's size and larger, not even all labels together.
TEST_F(SheetTabTimeTravelTest, EdgeLabelsLeaveEveryEdgeVisible) {
    TimeTravelPanel* panel = tab->timeTravelPanel();
    tab->lowerTabs()->setCurrentWidget(panel);
    panel->setIterations(0, 99);
    NetworkDiagram* diagram = panel->diagram();
    const QSize paneSize = diagram->size();
    ASSERT_GE(paneSize.width(), diagram->minimumSizeHint().width());
    for (const QSize size : {paneSize, diagram->minimumSizeHint(), QSize(300, 180), QSize(800, 500)}) {
        const bool roomy = size.width() >= paneSize.width() && size.height() >= paneSize.height();
        for (NetworkDiagram* shown : {diagram, tab->networkDiagram()}) { // Δw labels, then weights
            const auto labels = shown->edgeLabels(size);
            std::vector<QRectF> all;
            for (const auto& label : labels) all.push_back(label.box);
            for (const auto& label : labels) {
                SCOPED_TRACE(label.text.toStdString() + " at " + std::to_string(size.width()) + "×" +
                             std::to_string(size.height()));
                EXPECT_LE(coveredShare(label.visibleEdge, {label.box}), 0.5);
                if (roomy) {
                    EXPECT_LE(coveredShare(label.visibleEdge, all), 0.5);
                }
                EXPECT_TRUE(QRectF(QPointF(0, 0), QSizeF(size)).contains(label.box));
            }
        }
    }
}

TEST_F(SheetTabTest, TheTimeTravelRankingAndTheSaturationScaleAreRemembered) {
    tab->timeTravelPanel()->setRanking(DiffRanking::Relative);
    tab->saturationPanel()->logScaleAction()->setChecked(true);
    tab.reset(); // saves
    tab = std::make_unique<BackpropSheetTab>();
    EXPECT_EQ(tab->timeTravelPanel()->ranking(), DiffRanking::Relative);
    EXPECT_TRUE(tab->saturationPanel()->logScaleAction()->isChecked());
    tab->timeTravelPanel()->setRanking(DiffRanking::Absolute);
    tab->saturationPanel()->logScaleAction()->setChecked(false);
    tab.reset();
    tab = std::make_unique<BackpropSheetTab>();
    EXPECT_EQ(tab->timeTravelPanel()->ranking(), DiffRanking::Absolute);
    EXPECT_FALSE(tab->saturationPanel()->logScaleAction()->isChecked());
}

} // namespace
} // namespace bplab::ui

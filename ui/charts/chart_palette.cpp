#include "ui/charts/chart_palette.h"

#include "ui/common/palette_colors.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace bplab::ui {

void applyChartPalette(QChart* chart, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Already in these colours: nothing to set. (Called on every change of the plot area, which is
    // where a newly added axis shows; a set would lay the chart out again.)
    QLegend* legend = chart->legend();
    QColor legendFill = base;
    legendFill.setAlpha(215);
    const bool legendDone = legend->isAttachedToChart() || legend->brush().color() == legendFill;
    if (legendDone && chart->backgroundBrush().color() == base && chart->titleBrush().color() == text) {
        bool axesDone = true;
        for (const QAbstractAxis* axis : chart->axes())
            axesDone = axesDone && axis->labelsBrush().color() == text;
        if (axesDone) return;
    }
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setTitleBrush(text);
    legend->setLabelColor(text);
    if (!legend->isAttachedToChart()) {
        legend->setBrush(legendFill);
        legend->setPen(QPen(palette.color(QPalette::Mid)));
    }
    // Grid lines faint, the axis line stronger: both mixed from the text into the card, so they
    // keep the same weight on a light and a dark card.
    const QColor grid = mixColors(text, base, 0.16);
    const QColor minorGrid = mixColors(text, base, 0.07);
    const QColor line = mixColors(text, base, 0.45);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minorGrid);
        axis->setLinePenColor(line);
    }
}

namespace {
constexpr char kExporting[] = "bplabExporting";
} // namespace

void setChartExporting(QChart* chart, bool exporting) { chart->setProperty(kExporting, exporting); }
bool isChartExporting(const QChart* chart) { return chart->property(kExporting).toBool(); }

} // namespace bplab::ui

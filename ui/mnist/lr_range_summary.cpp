#include "ui/mnist/lr_range_summary.h"

#include "ui/charts/lr_range_chart.h"

#include <QCoreApplication>

namespace bplab::ui {

namespace {
// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct LrRangeDialogText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::LrRangeDialog)
};
} // namespace

QString rateText(double rate) { return QString::number(rate, 'g', 3); }

void appendRangePoints(LrRangeChart& chart, const std::vector<LrRangePoint>& points) {
    QList<QPointF> losses, smoothed;
    for (const LrRangePoint& p : points) {
        losses.append(QPointF(p.rate, p.loss));
        smoothed.append(QPointF(p.rate, p.smoothed));
    }
    chart.appendPoints(losses, smoothed);
}

void drawRangeTest(LrRangeChart& chart, const LrRangeResult& result, bool withPoints) {
    if (withPoints) {
        chart.clear();
        appendRangePoints(chart, result.points);
    }
    std::optional<QPointF> steepest;
    if (result.steepest >= 0) {
        const LrRangePoint& p = result.points[static_cast<std::size_t>(result.steepest)];
        steepest = QPointF(p.rate, p.smoothed);
    }
    chart.setMarks(steepest, result.blowUpRate,
                   result.suggestedRate > 0 ? std::optional<double>(result.suggestedRate) : std::nullopt);
}

QString rangeTestSummary(const LrRangeResult& r, const LrRangeSettings& settings) {
    const LrRangePoint& lowest = r.points[static_cast<std::size_t>(r.minimum)];
    const QString steepest = r.steepest >= 0
                                 ? LrRangeDialogText::tr(", steepest descent at η = %1")
                                       .arg(rateText(r.points[static_cast<std::size_t>(r.steepest)].rate))
                                 : QString();
    const QString blowUp =
        r.blowUpRate
            ? LrRangeDialogText::tr("it blew up at η = %1 (smoothed loss above %2× its minimum)")
                  .arg(rateText(*r.blowUpRate))
                  .arg(settings.blowUpFactor)
            : LrRangeDialogText::tr("it did not blow up up to η = %1").arg(rateText(r.points.back().rate));
    return LrRangeDialogText::
        tr("Lowest smoothed loss %1 at η = %2%3; %4. Suggested one-cycle peak: η = %5 (the lowest point's "
           "rate ÷ 10, a decade below where the loss stops falling).")
            .arg(lowest.smoothed, 0, 'f', 3)
            .arg(rateText(lowest.rate))
            .arg(steepest)
            .arg(blowUp)
            .arg(rateText(r.suggestedRate));
}

} // namespace bplab::ui

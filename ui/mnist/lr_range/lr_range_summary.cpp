#include "ui/mnist/lr_range/lr_range_summary.h"

#include "ui/charts/lr_range_chart.h"
#include "ui/common/locale_numbers.h"

#include <QCoreApplication>

namespace bplab::ui {

namespace {
// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct LrRangeDialogText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::LrRangeDialog)
};
} // namespace

QString rateText(double rate, const QLocale& locale) {
    return withLocaleDecimals(QString::number(rate, 'g', 3), locale);
}

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

QString rangeTestSummary(const LrRangeResult& r, const LrRangeSettings& settings, const QLocale& locale) {
    const LrRangePoint& lowest = r.points[static_cast<std::size_t>(r.minimum)];
    const QString steepest =
        r.steepest >= 0 ? LrRangeDialogText::tr(", steepest descent at η = %1")
                              .arg(rateText(r.points[static_cast<std::size_t>(r.steepest)].rate, locale))
                        : QString();
    const QString blowUp =
        r.blowUpRate ? LrRangeDialogText::tr("it blew up at η = %1 (smoothed loss above %2× its minimum)")
                           .arg(rateText(*r.blowUpRate, locale))
                           .arg(withLocaleDecimals(QStringLiteral("%1").arg(settings.blowUpFactor), locale))
                     : LrRangeDialogText::tr("it did not blow up up to η = %1")
                           .arg(rateText(r.points.back().rate, locale));
    return LrRangeDialogText::
        tr("Lowest smoothed loss %1 at η = %2%3; %4. Suggested one-cycle peak: η = %5 (the lowest point's "
           "rate ÷ 10, a decade below where the loss stops falling).")
            .arg(withLocaleDecimals(QString::number(lowest.smoothed, 'f', 3), locale))
            .arg(rateText(lowest.rate, locale))
            .arg(steepest)
            .arg(blowUp)
            .arg(rateText(r.suggestedRate, locale));
}

} // namespace bplab::ui

// makeValueAxis: the one place every chart's y axis (or right axis) is built for a log or linear
// scale. A log scale must step by decades (base 10), or the ticks land at 1, 2, 4, 8, …
#include "ui/charts/chart_widget.h"

#include <QLogValueAxis>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

namespace bplab::ui {
namespace {

TEST(ValueAxisTest, LogarithmicScaleGivesABaseTenLogAxisWithTheLogFormat) {
    const std::unique_ptr<QAbstractAxis> axis(
        makeValueAxis(YScale::Logarithmic, QStringLiteral("%.0e"), QStringLiteral("%.3g")));
    const auto* log = qobject_cast<const QLogValueAxis*>(axis.get());
    ASSERT_NE(log, nullptr);
    EXPECT_EQ(log->base(), 10.0); // one labelled tick per decade: 1e-03, 1e-02, …
    EXPECT_EQ(log->labelFormat(), QStringLiteral("%.0e"));
}

TEST(ValueAxisTest, LinearScaleGivesAValueAxisWithTheLinearFormat) {
    const std::unique_ptr<QAbstractAxis> axis(
        makeValueAxis(YScale::Linear, QStringLiteral("%.0e"), QStringLiteral("%.3g")));
    EXPECT_EQ(qobject_cast<const QLogValueAxis*>(axis.get()), nullptr);
    const auto* linear = qobject_cast<const QValueAxis*>(axis.get());
    ASSERT_NE(linear, nullptr);
    EXPECT_EQ(linear->labelFormat(), QStringLiteral("%.3g"));
}

TEST(ValueAxisTest, DefaultFormatsPrintDecadesAndThreeSignificantDigits) {
    // The loss, health and saturation charts use the defaults; the metric chart passes "%g" twice.
    const std::unique_ptr<QAbstractAxis> log(makeValueAxis(YScale::Logarithmic));
    const std::unique_ptr<QAbstractAxis> linear(makeValueAxis(YScale::Linear));
    EXPECT_EQ(static_cast<const QLogValueAxis*>(log.get())->labelFormat(), QStringLiteral("%.0e"));
    EXPECT_EQ(static_cast<const QValueAxis*>(linear.get())->labelFormat(), QStringLiteral("%.3g"));
}

} // namespace
} // namespace bplab::ui

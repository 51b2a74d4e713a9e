// `backprop-lab sheet --chart` and `--boundary-image` for any small network (issue 21), through the real
// executable: the loss chart as the window draws it, the decision boundary of the run's last row (checked
// against networks whose output is known by hand: a 2-1 identity network computes x₁ or x₂), and one
// sentence for what cannot be drawn.
#include "tests/app/cli/run_executable.h"
#include "tests/support/image_colors.h"

#include "ui/charts/series_colors.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using bplab::test::Result;
using bplab::test::run;

class NetworkPicturesCli : public ::testing::Test {
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A version 2 scenario of a 2-1 identity network without biases: its output is w₁·x₁ + w₂·x₂.
    QString linearScenario(const QString& weights) {
        const QString file = path(QStringLiteral("linear.json"));
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral(R"({"format": "backprop-lab-scenario", "version": 2, "layers": [2, 1],
            "activations": "identity", "weights": [[%1]],
            "data": {"inputs": [[0, 0], [1, 1]], "targets": [[0], [1]]},
            "learning_rate": 0.1, "iterations": 1})")
                      .arg(weights)
                      .toUtf8());
        return file;
    }

    QTemporaryDir m_dir;
};

// Where the map's blue (output below 0.5) and red (above) lie: the mean position of each.
struct Sides {
    int blue = 0, red = 0;
    QPointF blueCentre, redCentre;
};

Sides sidesOf(const QImage& image) {
    Sides sides;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() - c.red() > 60) {
                ++sides.blue;
                sides.blueCentre += QPointF(x, y);
            } else if (c.red() - c.blue() > 60) {
                ++sides.red;
                sides.redCentre += QPointF(x, y);
            }
        }
    }
    if (sides.blue > 0) sides.blueCentre /= sides.blue;
    if (sides.red > 0) sides.redCentre /= sides.red;
    return sides;
}

TEST_F(NetworkPicturesCli, TheLossChartOfANetworkIsDrawnAndTheTableIsNotPrinted) {
    const QString chart = path(QStringLiteral("loss.png"));
    const Result result = run({"sheet", "--layers", "2,2,1", "--data", "xor", "--iterations", "200", "--lr",
                               "2", "--chart", chart, "--chart-size", "640x400", "--log-y"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << "with --chart alone the table is not printed";
    const QImage image(chart);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(640, 400));
    EXPECT_GT(bplab::testing::pixelsOfColor(image, bplab::ui::seriesColor(0)), 300) << "no curve drawn";
}

TEST_F(NetworkPicturesCli, AVersionTwoScenarioDrawsItsChartToo) {
    const QString chart = path(QStringLiteral("loss.svg"));
    const Result result = run(
        {"sheet", "--scenario", linearScenario(QStringLiteral("[1, 0]")), "--chart", chart, "--csv", "-"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("iteration,"))) << "--csv - still prints the table";
    QFile svg(chart);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
}

// Output = x₁: blue on the left of the plane, red on the right, in equal parts (the plane is framed
// symmetrically around the examples, so x₁ = 0.5 is its middle). Output = x₂: blue below, red above.
TEST_F(NetworkPicturesCli, TheBoundaryPictureShowsTheNetworksOutputOverThePlane) {
    const QString byX1 = path(QStringLiteral("x1.png"));
    Result result = run({"sheet", "--scenario", linearScenario(QStringLiteral("[1, 0]")), "--boundary-image",
                         byX1, "--chart-size", "600x600"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << "with --boundary-image alone the table is not printed";
    QImage image(byX1);
    ASSERT_EQ(image.size(), QSize(600, 600));
    Sides sides = sidesOf(image);
    ASSERT_GT(sides.blue, 10'000);
    ASSERT_GT(sides.red, 10'000);
    EXPECT_LT(sides.blueCentre.x() + 50, sides.redCentre.x());
    EXPECT_NEAR(static_cast<double>(sides.blue) / sides.red, 1.0, 0.25);

    const QString byX2 = path(QStringLiteral("x2.png"));
    result = run({"sheet", "--scenario", linearScenario(QStringLiteral("[0, 1]")), "--boundary-image", byX2,
                  "--chart-size", "600x600"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    image = QImage(byX2);
    sides = sidesOf(image);
    EXPECT_GT(sides.blueCentre.y(), sides.redCentre.y() + 50) << "x₂ grows upwards: blue below red";
    EXPECT_LT(std::abs(sides.blueCentre.x() - sides.redCentre.x()), 30);
}

TEST_F(NetworkPicturesCli, WhatCannotBeDrawnGetsOneSentenceAndNoFile) {
    const QString picture = path(QStringLiteral("boundary.png"));
    // The seed sheet has no decision boundary view.
    Result result = run({"sheet", "--boundary-image", picture});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.appErr().startsWith(
        QStringLiteral("backprop-lab sheet: --boundary-image draws your own network's decision boundary")))
        << result.appErr().toStdString();
    // Three inputs are no plane.
    const QString data = path(QStringLiteral("three.csv"));
    QFile file(data);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("i1,i2,i3,t1\n0,0,1,0\n1,0,1,1\n");
    file.close();
    result =
        run({"sheet", "--layers", "3,2,1", "--data", data, "--iterations", "2", "--boundary-image", picture});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(
        result.appErr().split(QLatin1Char('\n')).first(),
        QStringLiteral("backprop-lab sheet: --boundary-image: The decision boundary needs a network with two "
                       "inputs, a plane to draw on; this one has 3."));
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_FALSE(QFile::exists(picture));
    // A picture that is neither PNG nor SVG.
    result = run({"sheet", "--data", "xor", "--iterations", "2", "--boundary-image", path("b.bmp")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("does not end in .png or .svg")))
        << result.err.toStdString();
}

} // namespace

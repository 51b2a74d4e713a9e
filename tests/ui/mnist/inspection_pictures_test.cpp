// The pictures of the network's inside: each pixel's colour is read back and compared with the value
// it stands for, on the scale the picture claims.
#include "ui/common/colour_scales.h"
#include "ui/mnist/inside/inspection_pictures.h"

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

TEST(ColourScales, DivergingIsWhiteAtZeroAndSignedAtTheEnds) {
    EXPECT_EQ(diverging(0.0), QColor(255, 255, 255));
    EXPECT_EQ(diverging(std::nan("")), QColor(255, 255, 255));
    const QColor red = diverging(1.0), blue = diverging(-1.0);
    EXPECT_GT(red.red(), red.blue());
    EXPECT_GT(blue.blue(), blue.red());
    EXPECT_EQ(diverging(5.0), red) << "clamped";
    const QColor halfRed = diverging(0.5);
    EXPECT_GT(halfRed.green(), red.green()) << "a smaller magnitude is lighter";
}

TEST(InspectionPictures, MapsAreLaidOutSideBySideOnOneScale) {
    // Two 2×2 maps: the smallest value anywhere is dark, the largest yellow, whichever map holds it.
    const PlainTensor maps{{2, 2, 2}, {0, 1, 2, 3, 4, 5, 6, 8}};
    const QImage image = mapsPicture(maps, PictureScale::Sequential, /*zoom=*/3, /*columns=*/0, /*gap=*/2);
    ASSERT_EQ(image.size(), QSize(2 * 6 + 2, 6));
    const ScaleRange range = scaleRange(maps, PictureScale::Sequential);
    EXPECT_EQ(range.low, 0.0f);
    EXPECT_EQ(range.high, 8.0f);
    EXPECT_EQ(image.pixelColor(0, 0), viridis(0.0));
    EXPECT_EQ(image.pixelColor(2, 2), viridis(0.0)) << "zoom 3: the first value fills 3×3 pixels";
    EXPECT_EQ(image.pixelColor(3, 0), viridis(1.0 / 8.0));
    EXPECT_EQ(image.pixelColor(8 + 3, 3), viridis(1.0)) << "map 2, row 1, col 1 holds 8";
    EXPECT_EQ(image.pixelColor(7, 0), QColor(240, 240, 240)) << "the gap between maps";
}

TEST(InspectionPictures, KernelsPutOutputsInRowsAndZeroIsWhite) {
    // {2 outputs, 2 inputs, 1, 1}: w[0][0] = 0, w[0][1] = -2, w[1][0] = 2, w[1][1] = 1.
    const PlainTensor kernels{{2, 2, 1, 1}, {0, -2, 2, 1}};
    const QImage image = kernelsPicture(kernels, /*zoom=*/4, /*gap=*/1);
    ASSERT_EQ(image.size(), QSize(9, 9));
    EXPECT_EQ(image.pixelColor(0, 0), QColor(255, 255, 255));
    EXPECT_EQ(image.pixelColor(5, 0), diverging(-1.0));
    EXPECT_EQ(image.pixelColor(0, 5), diverging(1.0));
    EXPECT_EQ(image.pixelColor(5, 5), diverging(0.5));
}

TEST(InspectionPictures, SaliencyTintsOnlyWhereItIsNonZero) {
    std::array<float, kMnistPixels> pixels{};
    pixels[0] = 1.0f; // ink in the corner
    SaliencyMap saliency;
    saliency.map = PlainTensor{{28, 28}, std::vector<float>(kMnistPixels, 0.0f)};
    saliency.map.values[1] = 0.5f;  // pushes the score up
    saliency.map.values[2] = -0.25f; // pushes it down, half as strongly
    const QImage image = saliencyPicture(pixels, saliency, /*zoom=*/2);
    ASSERT_EQ(image.size(), QSize(56, 56));
    EXPECT_EQ(image.pixelColor(0, 0), QColor(95, 95, 95)) << "ink, no saliency: the grey digit";
    EXPECT_EQ(image.pixelColor(10, 10), QColor(255, 255, 255)) << "no ink, no saliency: white";
    EXPECT_EQ(image.pixelColor(2, 0), diverging(1.0)) << "the largest magnitude is fully opaque";
    const QColor half = image.pixelColor(4, 0);
    EXPECT_GT(half.blue(), half.red()) << "negative: blue";
    EXPECT_GT(half.green(), diverging(-1.0).green()) << "half the magnitude: half the opacity";
}

TEST(InspectionPictures, RefusesShapesItCannotDraw) {
    EXPECT_TRUE(mapsPicture(PlainTensor{{2, 2}, {1, 2, 3}}, PictureScale::Sequential, 2).isNull());
    EXPECT_TRUE(kernelsPicture(PlainTensor{{2, 2}, {1, 2, 3, 4}}, 2).isNull());
    EXPECT_TRUE(saliencyPicture({}, SaliencyMap{}, 2).isNull());
}

} // namespace
} // namespace bplab::ui

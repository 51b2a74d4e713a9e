// The MNIST tab's painted views under the app's dark palette (View › Theme › Dark, or a dark desktop)
// and its light one: no white card left on a dark window, every number readable on its cell (WCAG's
// 4.5 : 1), bars visible against their track (3 : 1, WCAG's minimum for graphics). Measured on the
// rendered pixels.
#include "tests/support/scoped_application_palette.h"
#include "ui/common/app_theme.h"
#include "ui/common/palette_colors.h"
#include "ui/mnist/results/confusion_matrix_view.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/try_it/probability_bars.h"

#include <QImage>
#include <QPixmap>

#include <gtest/gtest.h>

#include <ostream>

#include <optional>

namespace bplab::ui {
namespace {

// 100 right answers per digit, and mistakes of every strength: the most (12), half of it and one.
ConfusionMatrix matrixWithMistakes() {
    ConfusionMatrix matrix;
    for (int d = 0; d < 10; ++d) matrix.at(d, d) = 100;
    matrix.at(3, 5) = 12;
    matrix.at(5, 3) = 6;
    matrix.at(2, 7) = 1;
    return matrix;
}

// The pixel of `area` that stands out most from `background`: a digit's core, drawn in the text colour.
QColor mostContrasting(const QImage& image, const QRect& area, const QColor& background) {
    QColor best = background;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (contrastRatio(pixel, background) > contrastRatio(best, background)) best = pixel;
        }
    }
    return best;
}

// The palettes every view is tried under: the light one the tests start with, the app's dark and
// its high contrast.
struct Theme {
    const char* name;
    QPalette (*palette)(); // none: the tests' own light palette
    bool dark;
};
// ctest lists a parameter by what it prints: the theme's name rather than the struct's bytes.
void PrintTo(const Theme& theme, std::ostream* out) { *out << theme.name; }

class PaletteViewsTest : public ::testing::TestWithParam<Theme> {
protected:
    void SetUp() override {
        if (GetParam().palette) themed.emplace(GetParam().palette());
    }
    std::optional<testing::ScopedApplicationPalette> themed;
};

TEST_P(PaletteViewsTest, EveryCountReadsOnItsCellAndEmptyCellsAreTheBase) {
    ConfusionMatrixView view;
    view.resize(600, 500); // cells of about 46 px: digit strokes a pixel or more wide
    view.setMatrix(matrixWithMistakes());
    const QImage image = view.grab().toImage();
    const QPalette& palette = view.palette();
    EXPECT_EQ(isDarkPalette(palette), GetParam().dark);
    for (int t = 0; t < 10; ++t) {
        for (int p = 0; p < 10; ++p) {
            const QRect cell = view.cellRect(t, p);
            const QColor fill =
                image.pixelColor(cell.topLeft() + QPoint(2, 2)); // a corner, clear of the count
            if (view.matrix().at(t, p) == 0) {
                EXPECT_EQ(fill.rgb(), palette.color(QPalette::Base).rgb())
                    << t << "," << p << ": no white card";
                continue;
            }
            const QColor text = mostContrasting(image, cell.adjusted(2, 2, -2, -2), fill);
            EXPECT_GE(contrastRatio(text, fill), kReadableContrast)
                << "true " << t << ", predicted " << p << ": " << text.name().toStdString() << " on "
                << fill.name().toStdString();
        }
    }
}

TEST_P(PaletteViewsTest, TheWinningBarStandsOutFromItsTrack) {
    ProbabilityBars bars;
    bars.resize(300, 200); // rows of 20 px, the track from x ≈ 20 to ≈ 230
    ClassProbabilities probabilities(10, 0.01f);
    probabilities[7] = 0.91f;
    bars.setProbabilities(probabilities);
    const QImage image = bars.grab().toImage();
    // Halfway along the track: inside digit 7's bar (91 %), past the end of digit 0's (1 %).
    const int rowHeight = 20, x = 120;
    const QColor winner = image.pixelColor(x, 7 * rowHeight + rowHeight / 2);
    const QColor track = image.pixelColor(x, 0 * rowHeight + rowHeight / 2);
    EXPECT_EQ(track.rgb(), bars.palette().color(QPalette::AlternateBase).rgb());
    EXPECT_GE(contrastRatio(winner, track), 3.0)
        << winner.name().toStdString() << " on " << track.name().toStdString();
}

TEST_P(PaletteViewsTest, ADigitsFrameIsThePalettesMidTone) {
    DigitGallery gallery;
    gallery.resize(200, 100);
    QImage digit(28, 28, QImage::Format_Grayscale8);
    digit.fill(255); // blank paper
    gallery.setItems({{digit, QStringLiteral("7"), QString(), 0}});
    const QImage image = gallery.grab().toImage();
    // The first digit is drawn at (6, 6), 56 px square; its frame runs along that square's edge.
    EXPECT_EQ(image.pixelColor(6, 30).rgb(), gallery.palette().color(QPalette::Mid).rgb());
    EXPECT_EQ(image.pixelColor(0, 0).rgb(), gallery.palette().color(QPalette::Base).rgb())
        << "its own background";
}

INSTANTIATE_TEST_SUITE_P(LightAndDark, PaletteViewsTest,
                         ::testing::Values(Theme{"Light", nullptr, false}, Theme{"Dark", &darkPalette, true},
                                           Theme{"HighContrast", &highContrastPalette, true}),
                         [](const ::testing::TestParamInfo<Theme>& theme) {
                             return std::string(theme.param.name);
                         });

} // namespace
} // namespace bplab::ui

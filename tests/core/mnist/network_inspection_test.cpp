// The look inside the CNN (network_inspection.h) against independent computations: shapes against
// the model summary, the first stage against a hand-written convolution with the kernels shown, the
// pooling stages against their definitions, and saliency against finite differences.
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/model_summary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bplab {
namespace {

using Pixels = std::array<float, kMnistPixels>;

// A "7"-like stroke: a bar across the top and a diagonal down, with soft edges (values in (0, 1)).
Pixels sevenLikeDigit() {
    Pixels pixels{};
    for (int col = 6; col < 22; ++col) pixels[6 * kMnistCols + col] = 0.9f;
    for (int row = 7; row < 24; ++row) {
        const int col = 21 - (row - 7) / 2;
        pixels[row * kMnistCols + col] = 0.8f;
        pixels[row * kMnistCols + col - 1] = 0.4f;
    }
    return pixels;
}

const NetworkStage& stage(const NetworkTrace& trace, const std::string& name) {
    const auto found = std::find_if(trace.stages.begin(), trace.stages.end(),
                                    [&](const NetworkStage& s) { return s.name == name; });
    if (found == trace.stages.end()) throw std::runtime_error("no stage " + name);
    return *found;
}

TEST(NetworkInspection, StagesFlowInOrderWithTheSummarysShapes) {
    const NetworkTrace trace = MnistClassifier().trace(sevenLikeDigit());
    ASSERT_EQ(trace.stages.size(), networkStageNames().size());
    for (std::size_t i = 0; i < trace.stages.size(); ++i) EXPECT_EQ(trace.stages[i].name, networkStageNames()[i]);

    // The summary's rows: the BatchNorm row ends each block; pools and the linear layer are their own.
    const ModelSummary summary = mnistModelSummary();
    std::vector<std::vector<std::int64_t>> expected;
    for (const SummaryRow& row : summary.rows) {
        const std::string type = row.layer.substr(0, row.layer.find('-'));
        if (type == "BatchNorm2d" || type == "MaxPool2d" || type == "AvgPool2d" || type == "Linear")
            expected.push_back(row.shape);
    }
    ASSERT_EQ(expected.size(), trace.stages.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(trace.stages[i].output.shape, expected[i]) << trace.stages[i].name;
        EXPECT_EQ(static_cast<std::int64_t>(trace.stages[i].output.values.size()),
                  trace.stages[i].output.elementCount());
    }
    EXPECT_EQ(stage(trace, "conv1").output.shape, (std::vector<std::int64_t>{4, 24, 24}));
    EXPECT_EQ(stage(trace, "conv4").output.shape, (std::vector<std::int64_t>{32, 7, 7}));
}

TEST(NetworkInspection, FirstStageIsTheShownKernelsConvolvedByHand) {
    // A fresh model's BatchNorm has running mean 0, variance 1, γ 1, β 0: in evaluation mode it only
    // divides by √(1 + 1e-5). So conv1's stage must be ReLU(kernel ⋆ image + bias) / √(1 + 1e-5).
    const MnistClassifier classifier;
    const Pixels image = sevenLikeDigit();
    const ConvKernels kernels = classifier.kernels();
    ASSERT_EQ(kernels.conv1.shape, (std::vector<std::int64_t>{4, 1, 5, 5}));
    ASSERT_EQ(kernels.conv2.shape, (std::vector<std::int64_t>{8, 4, 3, 3}));
    ASSERT_EQ(kernels.conv1Bias.shape, (std::vector<std::int64_t>{4}));
    ASSERT_EQ(kernels.conv2Bias.shape, (std::vector<std::int64_t>{8}));
    const NetworkTrace trace = classifier.trace(image);
    const PlainTensor& shown = stage(trace, "conv1").output;
    const double normalise = 1.0 / std::sqrt(1.0 + 1e-5);
    for (int map = 0; map < 4; ++map) {
        for (int row = 0; row < 24; ++row) {
            for (int col = 0; col < 24; ++col) {
                double sum = kernels.conv1Bias.values[static_cast<std::size_t>(map)];
                for (int i = 0; i < 5; ++i) {
                    for (int j = 0; j < 5; ++j) {
                        const double pixel = (image[static_cast<std::size_t>((row + i) * kMnistCols + col + j)] -
                                              kMnistMean) / kMnistStd;
                        sum += kernels.conv1.values[static_cast<std::size_t>(map * 25 + i * 5 + j)] * pixel;
                    }
                }
                const double expected = std::max(0.0, sum) * normalise;
                EXPECT_NEAR(shown.values[static_cast<std::size_t>((map * 24 + row) * 24 + col)], expected, 1e-5)
                    << "map " << map << " at " << row << "," << col;
            }
        }
    }
}

TEST(NetworkInspection, PoolsAndScoresFollowTheirDefinitions) {
    const MnistClassifier classifier;
    const NetworkTrace trace = classifier.trace(sevenLikeDigit());
    const PlainTensor& conv2 = stage(trace, "conv2").output;
    const PlainTensor& pooled = stage(trace, "max-pool").output;
    for (int map = 0; map < 8; ++map) {
        for (int row = 0; row < 11; ++row) {
            for (int col = 0; col < 11; ++col) {
                auto at = [&](int r, int c) { return conv2.values[static_cast<std::size_t>((map * 22 + r) * 22 + c)]; };
                const float expected = std::max({at(2 * row, 2 * col), at(2 * row, 2 * col + 1),
                                                 at(2 * row + 1, 2 * col), at(2 * row + 1, 2 * col + 1)});
                EXPECT_EQ(pooled.values[static_cast<std::size_t>((map * 11 + row) * 11 + col)], expected);
            }
        }
    }
    const PlainTensor& conv5 = stage(trace, "conv5").output;
    const PlainTensor& averaged = stage(trace, "average pool").output;
    for (int map = 0; map < 16; ++map) {
        const PlainTensor one = conv5.slice(map);
        const double mean = std::accumulate(one.values.begin(), one.values.end(), 0.0) / 25.0;
        EXPECT_NEAR(averaged.values[static_cast<std::size_t>(map)], mean, 1e-5);
    }
    // The probabilities are the scores' softmax, and what predict() says.
    const PlainTensor& scores = stage(trace, "scores").output;
    double total = 0.0;
    for (float score : scores.values) total += std::exp(static_cast<double>(score));
    const auto predicted = classifier.predict(sevenLikeDigit());
    for (std::size_t k = 0; k < 10; ++k) {
        EXPECT_NEAR(trace.probabilities[k], std::exp(static_cast<double>(scores.values[k])) / total, 1e-6);
        EXPECT_FLOAT_EQ(trace.probabilities[k], predicted[k]);
    }
}

TEST(NetworkInspection, SaliencyIsTheScoresGradientByFiniteDifferences) {
    const MnistClassifier classifier;
    const Pixels image = sevenLikeDigit();
    const int digit = 7;
    const PlainTensor gradient = classifier.saliency(image, digit, SaliencyKind::Gradient).map;
    ASSERT_EQ(gradient.shape, (std::vector<std::int64_t>{28, 28}));
    auto score = [&](const Pixels& pixels) {
        return static_cast<double>(stage(classifier.trace(pixels), "scores").output.values[digit]);
    };
    // Pixels inside (0, 1) so the nudge is not clamped; the network is piecewise linear, so a small
    // central difference is exact unless a ReLU or max flips, which the tolerance allows for rarely.
    const double h = 1e-2;
    int checked = 0, agreeing = 0;
    for (int index : {6 * 28 + 10, 6 * 28 + 15, 10 * 28 + 19, 15 * 28 + 16, 20 * 28 + 14, 14 * 28 + 14}) {
        Pixels up = image, down = image;
        up[static_cast<std::size_t>(index)] = std::min(1.0f, image[static_cast<std::size_t>(index)] + 0.01f);
        down[static_cast<std::size_t>(index)] = std::max(0.0f, image[static_cast<std::size_t>(index)] - 0.01f);
        const double step = static_cast<double>(up[static_cast<std::size_t>(index)]) -
                            static_cast<double>(down[static_cast<std::size_t>(index)]);
        ASSERT_GT(step, h * 0.99);
        const double numeric = (score(up) - score(down)) / step;
        const double analytic = gradient.values[static_cast<std::size_t>(index)];
        ++checked;
        if (std::abs(numeric - analytic) <= 2e-3 + 2e-2 * std::abs(analytic)) ++agreeing;
    }
    EXPECT_GE(agreeing, checked - 1) << "the gradient disagrees with finite differences";
}

TEST(NetworkInspection, InputTimesGradientIsZeroWithoutInkAndNonZeroOnIt) {
    const MnistClassifier classifier;
    const PlainTensor blank = classifier.saliency(Pixels{}, 3, SaliencyKind::InputTimesGradient).map;
    EXPECT_TRUE(std::all_of(blank.values.begin(), blank.values.end(), [](float v) { return v == 0.0f; }));

    const Pixels image = sevenLikeDigit();
    const PlainTensor gradient = classifier.saliency(image, 7, SaliencyKind::Gradient).map;
    const PlainTensor product = classifier.saliency(image, 7, SaliencyKind::InputTimesGradient).map;
    int inkNonZero = 0;
    for (std::size_t i = 0; i < image.size(); ++i) {
        EXPECT_NEAR(product.values[i], image[i] * gradient.values[i], 1e-7);
        if (image[i] == 0.0f) EXPECT_EQ(product.values[i], 0.0f);
        else if (product.values[i] != 0.0f) ++inkNonZero;
    }
    EXPECT_GT(inkNonZero, 20) << "the ink should matter to the score";
}

TEST(NetworkInspection, RefusesAClassThatIsNoDigit) {
    const MnistClassifier classifier;
    EXPECT_THROW(static_cast<void>(classifier.saliency(Pixels{}, 10, SaliencyKind::Gradient)), std::out_of_range);
    EXPECT_THROW(static_cast<void>(classifier.saliency(Pixels{}, -1, SaliencyKind::Gradient)), std::out_of_range);
}

TEST(NetworkInspection, SliceTakesOneMap) {
    PlainTensor maps{{2, 2, 3}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}};
    const PlainTensor second = maps.slice(1);
    EXPECT_EQ(second.shape, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(second.values, (std::vector<float>{6, 7, 8, 9, 10, 11}));
    EXPECT_THROW(static_cast<void>(maps.slice(2)), std::out_of_range);
}

} // namespace
} // namespace bplab

#include "app/cli/explain_input.h"

#include <QImage>
#include <QImageReader>
#include <QPainter>

#include <algorithm>
#include <stdexcept>

namespace bplab::app {

namespace {

// The mean brightness (0 … 1) of the outermost ring of pixels: the paper the digit is written on.
double borderBrightness(const QImage& grey) {
    double sum = 0;
    int count = 0;
    const int w = grey.width(), h = grey.height();
    for (int y = 0; y < h; ++y) {
        const uchar* row = grey.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            if (y == 0 || y == h - 1 || x == 0 || x == w - 1) {
                sum += row[x];
                ++count;
            }
        }
    }
    return count > 0 ? sum / (255.0 * count) : 0.0;
}

// Transparent areas as white paper (a digit drawn on a transparent layer), so the border decides
// the polarity by what the user saw, not by the hidden colour of transparent pixels.
QImage onWhitePaper(const QImage& image) {
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, image);
    return paper;
}

std::string sizeText(const QSize& size) {
    return std::to_string(size.width()) + "×" + std::to_string(size.height());
}

} // namespace

ExplainedDigit digitFromTestSet(const std::string& directory, long long index) {
    const MnistData data = loadMnist(directory);
    const int count = data.test.size();
    if (index < 0 || index >= count) {
        throw std::runtime_error(
            "--test-image " + std::to_string(index) + " is out of range: the test set in " + directory +
            " has " + std::to_string(count) + " images, numbered 0 to " + std::to_string(count - 1) + ".");
    }
    ExplainedDigit digit;
    const std::uint8_t* bytes = data.test.image(static_cast<int>(index));
    // The trainer's own scaling: byte / 255, so 0 is background and 1 full ink.
    for (int i = 0; i < kMnistPixels; ++i) digit.pixels[static_cast<std::size_t>(i)] = bytes[i] / 255.0f;
    // MNIST's "(label 7)"; a named class also by its name: "(label 2, square)".
    const int label = data.test.labels[static_cast<std::size_t>(index)];
    const std::string name = data.classes.areDigits() ? std::string() : ", " + data.classes.name(label);
    digit.source = "test image " + std::to_string(index) + " (label " + std::to_string(label) + name + ")";
    return digit;
}

ExplainedDigit digitFromImageFile(const QString& path) {
    QImageReader reader(path);
    QImage image = reader.read();
    if (image.isNull()) {
        throw std::runtime_error("could not read the image " + path.toStdString() + " (" +
                                 reader.errorString().toStdString() +
                                 "); give a PNG or JPEG file, e.g. a digit drawn in any paint program.");
    }
    ExplainedDigit digit;
    digit.source = path.toStdString();
    if (image.hasAlphaChannel()) image = onWhitePaper(image);
    QImage ink = image.convertToFormat(QImage::Format_Grayscale8);
    if (borderBrightness(ink) > 0.5) {
        ink.invertPixels(); // dark ink on light paper becomes MNIST's light ink on dark
        digit.notes += "The image's border is light, so it was read as dark ink on light paper and inverted "
                       "(MNIST's ink is light on dark). ";
    }
    if (ink.size() != QSize(kMnistCols, kMnistRows)) {
        const QImage scaled =
            ink.scaled(kMnistCols, kMnistRows, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_Grayscale8); // smooth scaling may change the format
        QImage field(kMnistCols, kMnistRows, QImage::Format_Grayscale8);
        field.fill(0); // background around the centred image
        const int left = (kMnistCols - scaled.width()) / 2, top = (kMnistRows - scaled.height()) / 2;
        for (int y = 0; y < scaled.height(); ++y)
            std::copy_n(scaled.constScanLine(y), scaled.width(), field.scanLine(top + y) + left);
        digit.notes += "The image is " + sizeText(image.size()) + ", not 28×28: it was scaled to " +
                       sizeText(scaled.size()) + " keeping its aspect ratio and centred on 28×28. ";
        ink = field;
    }
    for (int y = 0; y < kMnistRows; ++y) {
        const uchar* row = ink.constScanLine(y);
        for (int x = 0; x < kMnistCols; ++x)
            digit.pixels[static_cast<std::size_t>(y * kMnistCols + x)] = row[x] / 255.0f;
    }
    if (!digit.notes.empty()) digit.notes.pop_back(); // the space after the last sentence
    return digit;
}

} // namespace bplab::app

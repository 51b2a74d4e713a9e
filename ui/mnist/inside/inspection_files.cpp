#include "ui/mnist/inside/inspection_files.h"

#include "core/mnist/inspection_csv.h"
#include "ui/common/file_writing.h"
#include "ui/mnist/inside/inspection_pictures.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace bplab::ui {

namespace {

constexpr int kPictureSide = 192; // about how wide one map is drawn, in pixels
constexpr int kKernelZoom = 16;
constexpr int kSaliencyZoom = 10;

// The folder the files go to, created (with its parents) when missing; every failure throws
// std::runtime_error with the sentence.
class OutputFolder {
public:
    explicit OutputFolder(const QString& path)
        : m_path(path) {
        errno = 0;
        if (!QDir().mkpath(path)) {
            const int cause = errno;
            // Worded here, in the window's language: what() reaches the window as it is.
            const QString reason =
                cause != 0 ? QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(cause)))
                           : QString();
            throw std::runtime_error(QCoreApplication::translate("InspectionFiles",
                                                                 "Could not create the folder %1%2. Choose a "
                                                                 "folder you may write to.")
                                         .arg(QDir::toNativeSeparators(path), reason)
                                         .toStdString());
        }
    }

    void writeText(const QString& name, const std::string& text) {
        write(name, QByteArray::fromStdString(text));
    }

    void writePicture(const QString& name, const QImage& picture) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (picture.isNull() || !picture.save(&buffer, "PNG"))
            throw std::logic_error("could not encode the picture " + name.toStdString() + " as PNG");
        write(name, bytes);
    }

    const QStringList& written() const { return m_written; }

private:
    void write(const QString& name, const QByteArray& bytes) {
        const QString path = QDir(m_path).filePath(name);
        QString error;
        if (!writeFileAtomically(path, bytes, &error)) throw std::runtime_error(error.toStdString());
        m_written << path;
    }

    QString m_path;
    QStringList m_written;
};

void writeStages(OutputFolder& folder, const NetworkTrace& trace) {
    int position = 0;
    for (const NetworkStage& stage : trace.stages) {
        const QString stem = QString::fromStdString(stageFileStem(++position, stage.name));
        const PlainTensor& maps = stage.output;
        const std::int64_t side = maps.shape.size() >= 2 ? maps.shape[maps.shape.size() - 1] : 1;
        const int zoom = static_cast<int>(std::clamp<std::int64_t>(kPictureSide / side, 4, 48));
        // Scores are signed logits; the maps' colours span their own range.
        const auto scale = stage.name == "scores" ? PictureScale::Diverging : PictureScale::Sequential;
        folder.writePicture(stem + ".png", mapsPicture(maps, scale, zoom));
        folder.writeText(stem + ".csv", tensorCsv(maps, indexColumnsOfRank(maps.shape.size())));
    }
}

void writeKernels(OutputFolder& folder, const ConvKernels& kernels) {
    folder.writePicture("kernels-conv1.png", kernelsPicture(kernels.conv1, kKernelZoom));
    folder.writeText("kernels-conv1.csv", kernelsCsv(kernels.conv1, kernels.conv1Bias));
    folder.writePicture("kernels-conv2.png", kernelsPicture(kernels.conv2, kKernelZoom));
    folder.writeText("kernels-conv2.csv", kernelsCsv(kernels.conv2, kernels.conv2Bias));
}

} // namespace

QStringList writeInspectionFiles(const QString& directory, const Inspection& inspection) {
    OutputFolder folder(directory);
    const auto& pixels = inspection.pixels;
    folder.writePicture("input.png",
                        mapsPicture(PlainTensor{{kMnistRows, kMnistCols}, {pixels.begin(), pixels.end()}},
                                    PictureScale::Sequential, kSaliencyZoom));
    writeStages(folder, inspection.trace);
    writeKernels(folder, inspection.kernels);
    folder.writePicture("saliency.png", saliencyPicture(pixels, inspection.saliency, kSaliencyZoom));
    folder.writeText("saliency.csv", tensorCsv(inspection.saliency.map, indexColumnsOfRank(2)));
    folder.writeText("probabilities.csv", probabilitiesCsv(inspection.trace.probabilities));
    return folder.written();
}

} // namespace bplab::ui

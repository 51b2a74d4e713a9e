#pragma once

#include "core/mnist/network_inspection.h"

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QSlider;

namespace bplab::ui {

// The learned kernels of conv1 (4 of 5×5) and conv2 (8 outputs × 4 inputs of 3×3) on the diverging
// scale, with a snapshot per epoch of the current run and a slider to compare them: epoch 0 is the
// initial random weights; a loaded model has the one snapshot "loaded". A snapshot is a few hundred
// floats, so a whole run's history costs nothing worth counting. Screen readers get each picture's
// numbers as its description: the snapshot, the shape, and the weights' range overall and per map.
class KernelHistory : public QWidget {
    Q_OBJECT
public:
    struct Snapshot {
        QString label; // "epoch 0 (initial random weights)", "epoch 3", "loaded"
        ConvKernels kernels;
    };

    explicit KernelHistory(QWidget* parent = nullptr);

    // Forgets the snapshots and keeps `first` alone (a new run's initial weights, a loaded model).
    void restart(const Snapshot& first);
    // One more snapshot, shown at once when the slider was on the latest one.
    void append(const Snapshot& snapshot);

    int snapshotCount() const { return static_cast<int>(m_snapshots.size()); }
    const Snapshot& snapshot(int index) const { return m_snapshots.at(static_cast<std::size_t>(index)); }
    int shownIndex() const;
    QSlider* slider() const { return m_slider; }
    // What is drawn now: the kernels read back from the pictures' source, the shown snapshot.
    const ConvKernels* shownKernels() const;
    QImage conv1Picture() const { return m_conv1Picture; }
    QImage conv2Picture() const { return m_conv2Picture; }
    QString conv1Legend() const;
    QString conv2Legend() const;
    QLabel* conv1View() const { return m_conv1; }
    QLabel* conv2View() const { return m_conv2; }
    // The numbers behind a kernel picture, in words: "conv1, epoch 3: 4 output maps × 1 input of 5×5;
    // weights from -0.42 to 0.51; map 1 from -0.3 to 0.5, map 2 …".
    static QString describeKernels(const QString& layer, const QString& snapshot, const PlainTensor& weights);

private:
    void showSnapshot(int index);

    std::vector<Snapshot> m_snapshots;
    QSlider* m_slider;
    QLabel* m_epoch;
    QLabel* m_conv1;
    QLabel* m_conv2;
    QLabel* m_legend1;
    QLabel* m_legend2;
    QLabel* m_bar1;
    QLabel* m_bar2;
    QImage m_conv1Picture;
    QImage m_conv2Picture;
};

} // namespace bplab::ui

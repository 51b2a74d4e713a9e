#pragma once

#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_data.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace bplab::ui {

class KernelHistory;
class NetworkStagesView;
class SaliencyPanel;

// The "Inside the network" tab: for one chosen image (a test image by index, a digit clicked in a
// gallery, or the drawing of Try it) every stage of the forward pass, the kernels per epoch of the
// current run, and why the model said what it said. It works on the classifier copy the tab gets
// after each epoch or a load, never on the model in training, and all on the GUI thread: one trace
// and one saliency map take milliseconds.
class InsideNetworkView : public QWidget {
    Q_OBJECT
public:
    using Pixels = std::array<float, kMnistPixels>;
    // Rapid spin-box steps settle this long before the image is traced once.
    static constexpr int kDebounceMs = 60;

    explicit InsideNetworkView(QWidget* parent = nullptr);

    // The images to choose from: test images by index, training images from the samples strip.
    void setData(std::shared_ptr<const MnistData> mnist);
    // The model to look into, with where it came from ("after epoch 3"); the image is traced again.
    void setClassifier(const MnistClassifier& classifier, const QString& origin);
    // Names the model shown anew (after Load model, once the tab knows the loaded run's name).
    void setOrigin(const QString& origin);
    // A new run starts (the classifier is its initial weights, `label` "epoch 0"), or a model was
    // loaded ("loaded"): the kernel history restarts with the current classifier's kernels alone.
    void restartHistory(const QString& label);
    // The latest classifier's kernels as the next snapshot ("epoch 3").
    void addSnapshot(const QString& label);

    void showTestImage(int index);
    void showTrainingImage(int index);
    // Any other image: a training sample, the drawing. `description` names it.
    void showImage(const Pixels& pixels, const QString& description);

    // Writes the inspection folder (ui/mnist/inside/inspection_files.h: the kernels shown by the slider) into
    // `directory`, the layout `backprop-lab explain` writes; false with a sentence in `error`.
    bool exportTo(const QString& directory, QString* error) const;
    bool hasTrace() const;

    QSpinBox* indexBox() const { return m_index; }
    QPushButton* drawingButton() const { return m_useDrawing; }
    NetworkStagesView* stages() const { return m_stages; }
    KernelHistory* kernels() const { return m_kernels; }
    SaliencyPanel* saliency() const { return m_saliency; }
    QString sourceText() const;
    const Pixels& pixels() const { return m_pixels; }

Q_SIGNALS:
    // "Use my drawing" was pressed: the tab answers with showImage(the drawing).
    void drawingWanted();
    void exportWanted();

private:
    void refresh();

    std::shared_ptr<const MnistData> m_data;
    std::optional<MnistClassifier> m_classifier;
    Pixels m_pixels{};
    bool m_hasImage = false;
    bool m_newImage = true; // the saliency class follows the prediction until the user picks one
    QTimer m_debounce;
    QSpinBox* m_index;
    QLabel* m_label;
    QPushButton* m_useDrawing;
    QPushButton* m_export;
    QLabel* m_source;
    QLabel* m_origin;
    QLabel* m_hover;
    QScrollArea* m_flow = nullptr;
    NetworkStagesView* m_stages;
    KernelHistory* m_kernels;
    SaliencyPanel* m_saliency;
};

} // namespace bplab::ui

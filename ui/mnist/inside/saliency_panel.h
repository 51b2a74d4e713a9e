#pragma once

#include "core/mnist/mnist_classifier.h"

#include <QStringList>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;

namespace bplab::ui {

class ProbabilityBars;

// "Why did it say 7?": the saliency of a class score over the chosen digit (red pixels raise the
// score, blue ones lower it), the class to explain (the predicted one by default: "what would make
// it a 1?" is one choice away), gradient or input × gradient, and the class probabilities.
class SaliencyPanel : public QWidget {
    Q_OBJECT
public:
    explicit SaliencyPanel(QWidget* parent = nullptr);

    // A new image (or a new model for the same one): the class follows the prediction, unless the
    // user chose one for this image (a new image forgets that choice).
    void setInput(const MnistClassifier& classifier, const std::array<float, kMnistPixels>& pixels,
                  const ClassProbabilities& probabilities, bool newImage);
    void clear();

    QComboBox* classBox() const { return m_class; }
    QComboBox* kindBox() const { return m_kind; }
    ProbabilityBars* bars() const { return m_bars; }
    const SaliencyMap& map() const { return m_map; }
    QImage picture() const { return m_picture; }
    QString caption() const;
    bool hasMap() const { return m_classifier.has_value(); }

private:
    void recompute();
    // One choice per class of the model (the first kMnistClasses before any model).
    void offerClasses(const QStringList& names); // the classes to explain, by name in label order
    void describeMap(); // the picture's accessible description: the caption and the strongest pixel

    QComboBox* m_class;
    QComboBox* m_kind;
    QLabel* m_title;
    QLabel* m_image;
    QLabel* m_caption;
    ProbabilityBars* m_bars;
    std::optional<MnistClassifier> m_classifier;
    std::array<float, kMnistPixels> m_pixels{};
    bool m_classChosen = false; // by the user, for the image shown
    SaliencyMap m_map;
    QImage m_picture;
};

} // namespace bplab::ui

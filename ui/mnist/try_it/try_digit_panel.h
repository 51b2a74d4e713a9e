#pragma once

#include "core/mnist/mnist_classifier.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace bplab::ui {

class DigitCanvas;
class ProbabilityBars;

// "Try it": draw a digit, and the latest trained (or loaded) model predicts it live.
class TryDigitPanel : public QWidget {
    Q_OBJECT
public:
    explicit TryDigitPanel(QWidget* parent = nullptr);

    // The model to ask, with a word on where it came from ("after epoch 3").
    void setClassifier(const MnistClassifier& classifier, const QString& origin);
    // The loaded data set's classes: before a model exists, the bars and the canvas show them (a model
    // brings its own classes).
    void setDataClasses(const ClassNames& classes);
    // Names the model shown anew (after Load model, once the tab knows the loaded run's name).
    void setOrigin(const QString& origin);
    bool hasClassifier() const { return m_classifier.has_value(); }

    DigitCanvas* canvas() const { return m_canvas; }
    ProbabilityBars* bars() const { return m_bars; }
    QString verdict() const;
    QString origin() const; // "Model: …", the line under the bars

Q_SIGNALS:
    // "Look inside" was pressed: Inside the network shows the drawing.
    void lookInsideWanted();

private:
    void predict();

    DigitCanvas* m_canvas;
    ProbabilityBars* m_bars;
    QLabel* m_verdict;
    QLabel* m_origin;
    std::optional<MnistClassifier> m_classifier;
    ClassNames m_dataClasses = ClassNames::digits();
};

} // namespace bplab::ui

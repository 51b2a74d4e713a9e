#pragma once

#include "core/mnist/data/class_names.h"
#include "core/mnist/network_inspection.h"

#include <QStringList>
#include <QWidget>

namespace bplab::ui {

// One horizontal bar per class: the model's probability for each, the most likely one highlighted.
// Screen readers get the numbers as its description, the most likely class first. Before any
// prediction it shows MNIST's ten rows, empty.
class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);
    // `names`: the classes' names in label order (the model's); without them, or with another count
    // than the probabilities', the labels' numbers.
    void setProbabilities(const ClassProbabilities& probabilities, const QStringList& names = {});
    // No prediction: a row per name, empty (MNIST's ten digits without names).
    void clear(const QStringList& names = {});
    const ClassProbabilities& probabilities() const { return m_probabilities; }
    bool hasProbabilities() const { return !m_probabilities.empty(); }
    // The most likely class (the first of equals); -1 before any prediction.
    int best() const;
    // Class `label`'s name as shown ("7", or "circle").
    QString className(int label) const;
    // "Most likely first: 7 (90.0 %), 8 (2.0 %), …", every class; before any, that there are none.
    QString describe() const;

    QSize sizeHint() const override { return {260, kMaxClasses * (fontMetrics().height() + 4)}; }
    QSize minimumSizeHint() const override { return {160, kMaxClasses * (fontMetrics().height() + 2)}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rows() const;                   // the classes shown: the prediction's, the names', else ten
    QString toolTipText() const;        // each digit's probability, or each class's
    ClassProbabilities m_probabilities; // empty before any prediction
    QStringList m_names;                // empty: the numbers
};

} // namespace bplab::ui

#pragma once

#include "core/sheet/sheet_inputs.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace bplab::ui {

class LearningRateControl;

// Every value a student may type: inputs, targets, the eight initial weights, the two biases and
// whether they are learned, the activation, the loss, the learning rate and the number of iterations. Each
// edit is announced at once (no Apply button).
class SheetInputsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SheetInputsPanel(QWidget* parent = nullptr);

    // Shows these values without announcing them.
    void setInputs(const SheetInputs& inputs);
    SheetInputs inputs() const;
    void setIterations(int iterations);
    int iterations() const;

    LearningRateControl* learningRateControl() const { return m_learningRate; }
    QDoubleSpinBox* valueBox(const QString& name) const; // "i1", "w5", "b1", ...; nullptr if unknown
    QComboBox* activationBox() const { return m_activation; }
    QComboBox* lossBox() const { return m_loss; }
    QCheckBox* learnBiasesBox() const { return m_learnBiases; }
    QSpinBox* iterationsBox() const { return m_iterations; }

Q_SIGNALS:
    void inputsEdited(const bplab::SheetInputs& inputs);
    void iterationsEdited(int iterations);

protected:
    // The values' names take their stage colours from the palette: a new one redoes them.
    void changeEvent(QEvent* event) override;

private:
    void colourValueLabels();
    std::array<QDoubleSpinBox*, 14> makeValueBoxes();
    QDoubleSpinBox* addValueBox(int k);
    void showExactInTooltip(int k);
    // Applies one widget's edit to m_inputs and announces the result (unless setInputs is showing values).
    template <typename Edit> void edit(Edit applyTo);

    // The controls in the order they are drawn, top to bottom: made in this order (the order of these
    // declarations), they take the Tab key in this order, Qt's default. (QWidget::setTabOrder called in
    // the constructor left Activation first: there the panel's widgets are the whole focus ring, and Qt
    // 6.4 took "Learn biases → Activation" across the wrap-around for an order already right.)
    std::array<QDoubleSpinBox*, 14> m_values{}; // i1, i2, t1, t2, w1..w8, b1, b2, row by row
    std::array<QLabel*, 14> m_valueLabels{};    // their names, in the stage colours (not in the focus chain)
    QCheckBox* m_learnBiases;
    QComboBox* m_activation;
    QComboBox* m_loss;
    QSpinBox* m_iterations;
    LearningRateControl* m_learningRate;
    SheetInputs m_inputs; // exact: what the boxes show may be rounded
    bool m_updating = false;
};

} // namespace bplab::ui

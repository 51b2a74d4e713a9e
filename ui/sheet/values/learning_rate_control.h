#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace bplab::ui {

// The learning rate η: a slider on a log scale from 0.001 to 100 with the seed sheet's six rates
// marked (and snapped to when the handle passes close), and a spin box for an exact value. Both
// stay in sync; every change is announced at once, also during a drag.
class LearningRateControl : public QWidget {
    Q_OBJECT
public:
    static constexpr double kSliderMin = 0.001;
    static constexpr double kSliderMax = 100.0;
    static constexpr int kSliderSteps = 1000; // 200 steps per decade

    explicit LearningRateControl(QWidget* parent = nullptr);

    double learningRate() const;
    void setLearningRate(double learningRate); // no signal when unchanged

    QSlider* slider() const { return m_slider; }
    QDoubleSpinBox* spinBox() const { return m_spinBox; }

    static int sliderPosition(double learningRate);
    // The η of a slider position, with three significant digits; positions within `snapDistance`
    // steps of a seed rate give exactly that rate.
    static double learningRateAt(int position, int snapDistance = 0);

Q_SIGNALS:
    void learningRateChanged(double learningRate);

private:
    void onSliderMoved(int position);
    void onSpinBoxChanged(double value);
    void describeSlider(); // its accessible description says η: the slider's own value is a position

    QSlider* m_slider;
    QDoubleSpinBox* m_spinBox;
};

} // namespace bplab::ui

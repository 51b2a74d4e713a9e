#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace bplab::ui {

// Beside the loss chart: the (peak) learning rate on a vertical log-scale slider, from kMinRate to the
// recipe's upper limit, to change while training runs (the next batch uses it). The value reads
// above it; every move is announced at once, also during a drag.
class LiveRateSlider : public QWidget {
    Q_OBJECT
public:
    static constexpr double kMinRate = 1e-4;
    static constexpr int kStepsPerDecade = 50;

    explicit LiveRateSlider(QWidget* parent = nullptr);

    double learningRate() const { return m_rate; }
    void setLearningRate(double rate); // moves the handle and the label; no signal
    QSlider* slider() const { return m_slider; }

    // The slider position nearest to `rate`, and the rate of a position (three significant digits).
    static int positionOf(double rate);
    static double rateAt(int position);

Q_SIGNALS:
    void learningRateChanged(double rate);

private:
    void showRate(double rate);

    QLabel* m_value;
    QSlider* m_slider;
    double m_rate = 0.1; // exactly as set: the handle only shows the nearest of its positions
};

} // namespace bplab::ui

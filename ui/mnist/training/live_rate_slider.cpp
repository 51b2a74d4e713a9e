#include "ui/mnist/training/live_rate_slider.h"

#include "core/mnist/train_recipe.h"
#include "ui/common/locale_numbers.h"

#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {
// The top of the slider is the recipe's limit for the rate (written once, in the recipe table).
double maxRate() { return trainField("learning_rate").max; }
} // namespace

LiveRateSlider::LiveRateSlider(QWidget* parent)
    : QWidget(parent)
    , m_value(new QLabel(this))
    , m_slider(new QSlider(Qt::Vertical, this)) {
    m_slider->setRange(0, positionOf(maxRate()));
    m_slider->setPageStep(kStepsPerDecade / 2);
    m_slider->setToolTip(
        tr("The learning rate (peak of the one-cycle schedule), on a log scale: the next batch "
           "trains with it. Drag it up until the loss diverges; drag it down to calm a run. "
           "Every change is drawn on the loss chart and kept in the checkpoint and the CSV."));
    // The slider's own value is a position; a screen reader hears η from its description (showRate).
    m_slider->setAccessibleName(tr("Live learning rate"));
    m_value->setAlignment(Qt::AlignHCenter);
    m_value->setToolTip(m_slider->toolTip());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_value);
    layout->addWidget(m_slider, 1, Qt::AlignHCenter);
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        showRate(rateAt(position));
        Q_EMIT learningRateChanged(m_rate);
    });
    setLearningRate(0.1);
}

int LiveRateSlider::positionOf(double rate) {
    const double clamped = std::clamp(rate, kMinRate, maxRate());
    return static_cast<int>(std::lround((std::log10(clamped) - std::log10(kMinRate)) * kStepsPerDecade));
}

double LiveRateSlider::rateAt(int position) {
    const double rate =
        std::pow(10.0, std::log10(kMinRate) + static_cast<double>(position) / kStepsPerDecade);
    const double unit = std::pow(10.0, std::floor(std::log10(rate)) - 2); // three significant digits
    return std::min(maxRate(), std::round(rate / unit) * unit);
}

void LiveRateSlider::setLearningRate(double rate) {
    const QSignalBlocker quiet(m_slider);
    m_slider->setValue(positionOf(rate));
    showRate(rate);
}

void LiveRateSlider::showRate(double rate) {
    m_rate = rate;
    m_value->setText(tr("η\n%1").arg(localNumber(rate, 3)));
    m_slider->setAccessibleDescription(
        tr("η = %1 on a log scale from %2 to %3; the next batch trains with it.")
            .arg(localNumber(rate, 3))
            .arg(localNumber(kMinRate))
            .arg(localNumber(maxRate())));
}

} // namespace bplab::ui

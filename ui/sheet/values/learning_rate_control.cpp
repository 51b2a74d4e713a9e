#include "ui/sheet/values/learning_rate_control.h"

#include "core/sheet/analysis/learning_rate_sweep.h"
#include "ui/common/locale_numbers.h"

#include <QDoubleSpinBox>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {

constexpr int kSnapDistance = 4; // slider steps within which a seed rate catches the handle

// "0.1, 0.2, 0.5, 0.8, 1 and 2" ("0,1; 0,2; … 1 und 2" in German): the seed sheet's rates, which the slider
// marks and snaps to.
QString seedRatesText() {
    QStringList rates;
    for (double rate : kSeedLearningRates) rates << withLocaleDecimals(QString::number(rate));
    const QString last = rates.takeLast();
    return LearningRateControl::tr("%1 and %2").arg(rates.join(localListSeparator()), last);
}

// A horizontal slider that labels the seed learning rates under its groove.
class SeedMarkedSlider : public QSlider {
public:
    explicit SeedMarkedSlider(QWidget* parent)
        : QSlider(Qt::Horizontal, parent) {
        setMinimumHeight(sizeHint().height() + fontMetrics().height() + 10);
        setMinimumWidth(220);
    }

protected:
    void paintEvent(QPaintEvent* event) override {
        QSlider::paintEvent(event);
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect groove =
            style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
        const QRect handle =
            style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const int span = groove.width() - handle.width();
        auto xOf = [&](double rate) {
            return groove.left() + handle.width() / 2 +
                   QStyle::sliderPositionFromValue(minimum(), maximum(),
                                                   LearningRateControl::sliderPosition(rate), span);
        };
        QPainter painter(this);
        // The seed sheet's six rates: accent ticks above the groove (the handle snaps to them).
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        for (double rate : kSeedLearningRates) {
            painter.drawLine(xOf(rate), handle.top() - 3, xOf(rate), handle.top() + 1);
        }
        // Decades below, so the log scale reads at a glance.
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter.setFont(small);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QFontMetrics metrics(small);
        const int baseline = handle.bottom() + metrics.ascent() + 2;
        for (double decade : {0.001, 0.01, 0.1, 1.0, 10.0, 100.0}) {
            const QString label = withLocaleDecimals(QString::number(decade));
            const int x = std::clamp(xOf(decade) - metrics.horizontalAdvance(label) / 2, 0,
                                     width() - metrics.horizontalAdvance(label));
            painter.drawText(x, baseline, label);
        }
    }
};

} // namespace

LearningRateControl::LearningRateControl(QWidget* parent)
    : QWidget(parent)
    , m_slider(new SeedMarkedSlider(this))
    , m_spinBox(new QDoubleSpinBox(this)) {
    m_slider->setRange(0, kSliderSteps);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(kSliderSteps / 25);
    m_slider->setToolTip(tr("Learning rate η on a log scale from %1 to %2. Ticks mark the seed sheet's "
                            "rates %3, and the handle snaps to them. Drag to watch the loss curve change.")
                             .arg(localNumber(kSliderMin))
                             .arg(localNumber(kSliderMax))
                             .arg(seedRatesText()));
    m_spinBox->setDecimals(5);
    m_spinBox->setRange(kMinTypedLearningRate, kMaxTypedLearningRate);
    m_spinBox->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_spinBox->setPrefix(QStringLiteral("η = "));
    m_spinBox->setToolTip(tr("Exact learning rate η (%1 to %2)")
                              .arg(localNumber(kMinTypedLearningRate))
                              .arg(localNumber(kMaxTypedLearningRate)));
    m_spinBox->setAccessibleName(tr("Learning rate"));
    // The slider's own value is a position 0…1000; a screen reader hears η from its description.
    m_slider->setAccessibleName(tr("Learning rate η (log scale)"));

    // The slider gets the full width: 1000 steps over five decades need room to drag precisely.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_slider);
    layout->addWidget(m_spinBox);

    connect(m_slider, &QSlider::valueChanged, this, &LearningRateControl::onSliderMoved);
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this, &LearningRateControl::onSpinBoxChanged);
    setLearningRate(0.5);
}

int LearningRateControl::sliderPosition(double learningRate) {
    const double fraction = (std::log10(learningRate) - std::log10(kSliderMin)) /
                            (std::log10(kSliderMax) - std::log10(kSliderMin));
    return static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * kSliderSteps));
}

double LearningRateControl::learningRateAt(int position, int snapDistance) {
    for (double rate : kSeedLearningRates) {
        if (std::abs(position - sliderPosition(rate)) <= snapDistance) return rate;
    }
    const double exponent =
        std::log10(kSliderMin) + (std::log10(kSliderMax) - std::log10(kSliderMin)) * position / kSliderSteps;
    // Three significant digits: values a student can read and type back.
    const double raw = std::pow(10.0, exponent);
    const double scale = std::pow(10.0, std::floor(std::log10(raw)) - 2);
    return std::round(raw / scale) * scale;
}

double LearningRateControl::learningRate() const { return m_spinBox->value(); }

void LearningRateControl::setLearningRate(double learningRate) {
    if (learningRate == m_spinBox->value() && m_slider->value() == sliderPosition(learningRate)) return;
    m_spinBox->setValue(learningRate); // announces through onSpinBoxChanged
}

void LearningRateControl::onSliderMoved(int position) {
    // Dragging snaps to a seed rate near the handle; arrow keys must still be able to leave one.
    const double rate = learningRateAt(position, m_slider->isSliderDown() ? kSnapDistance : 0);
    {
        const QSignalBlocker spinBlocker(m_spinBox);
        m_spinBox->setValue(rate);
        // η is rounded to readable digits (or snapped to a seed rate): put the handle exactly where
        // that η lies, so slider and spin box never disagree (at most one step, half a pixel).
        const QSignalBlocker sliderBlocker(m_slider);
        m_slider->setValue(sliderPosition(m_spinBox->value()));
    }
    describeSlider();
    Q_EMIT learningRateChanged(m_spinBox->value());
}

void LearningRateControl::describeSlider() {
    m_slider->setAccessibleDescription(
        tr("η = %1 on a log scale from %2 to %3; ticks at the seed sheet's rates %4.")
            .arg(localNumber(m_spinBox->value()))
            .arg(localNumber(kSliderMin))
            .arg(localNumber(kSliderMax))
            .arg(seedRatesText()));
}

void LearningRateControl::onSpinBoxChanged(double value) {
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(sliderPosition(value));
    }
    describeSlider();
    Q_EMIT learningRateChanged(value);
}

} // namespace bplab::ui

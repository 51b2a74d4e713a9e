#include "ui/mnist/try_it/try_digit_panel.h"

#include "ui/common/locale_numbers.h"
#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/try_it/digit_canvas.h"
#include "ui/mnist/try_it/probability_bars.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace bplab::ui {

TryDigitPanel::TryDigitPanel(QWidget* parent)
    : QWidget(parent)
    , m_canvas(new DigitCanvas(this))
    , m_bars(new ProbabilityBars(this))
    , m_verdict(new QLabel(this))
    , m_origin(new QLabel(tr("No model yet: train one, or load a saved model."), this)) {
    auto* clear = new QPushButton(tr("C&lear"), this);
    clear->setToolTip(tr("Erase the drawing"));
    connect(clear, &QPushButton::clicked, m_canvas, &DigitCanvas::clear);
    auto* lookInside = new QPushButton(tr("Look &inside"), this);
    lookInside->setToolTip(tr("See the drawing go through the network, and why it says what it says"));
    connect(lookInside, &QPushButton::clicked, this, &TryDigitPanel::lookInsideWanted);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setTextFormat(Qt::PlainText); // a class's name is text, whatever it holds ("<b>")
    m_origin->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_canvas, 0, 0, 3, 1);
    layout->addWidget(m_verdict, 0, 1);
    layout->addWidget(m_bars, 1, 1);
    layout->addWidget(m_origin, 2, 1);
    layout->addWidget(clear, 3, 0);
    layout->addWidget(lookInside, 3, 1, Qt::AlignLeft);
    layout->setColumnStretch(1, 1);
    m_canvas->setMaximumSize(280, 280);
    connect(m_canvas, &DigitCanvas::changed, this, &TryDigitPanel::predict);
    predict();
}

void TryDigitPanel::setOrigin(const QString& origin) { m_origin->setText(tr("Model: %1").arg(origin)); }

void TryDigitPanel::setDataClasses(const ClassNames& classes) {
    m_dataClasses = classes;
    if (!m_classifier) {
        m_canvas->setAsksForDigits(classes.areDigits());
        predict();
    }
}

void TryDigitPanel::setClassifier(const MnistClassifier& classifier, const QString& origin) {
    m_classifier = classifier;
    m_canvas->setAsksForDigits(classifier.classNames().areDigits());
    setOrigin(origin);
    predict();
}

QString TryDigitPanel::verdict() const { return m_verdict->text(); }

QString TryDigitPanel::origin() const { return m_origin->text(); }

void TryDigitPanel::predict() {
    if (m_canvas->isEmpty() || !m_classifier) {
        // The model's classes (before a model, the data set's), their rows empty; a request for one.
        const ClassNames& classes = m_classifier ? m_classifier->classNames() : m_dataClasses;
        const bool digits = classes.areDigits();
        m_bars->clear(classLabels(classes));
        const QString ask = digits         ? tr("Draw a digit")
                            : m_classifier ? tr("Draw one of its classes")
                                           : tr("Draw one of the classes");
        m_verdict->setText(!m_canvas->isEmpty() ? tr("No model yet") : ask);
        if (!m_canvas->isEmpty())
            m_canvas->setAccessibleDescription(digits
                                                   ? tr("A drawing; no model yet to say which digit it is.")
                                                   : tr("A drawing; no model yet to say which class it is."));
        return;
    }
    const auto probabilities = m_classifier->predict(m_canvas->pixels());
    m_bars->setProbabilities(probabilities, classLabels(m_classifier->classNames()));
    const int best = m_bars->best();
    const QString share = localFixed(100.0 * probabilities[static_cast<std::size_t>(best)], 1);
    // A digit is "a 7"; a class of the learner's own is named as it is ("circle").
    m_verdict->setText(m_classifier->classNames().areDigits()
                           ? tr("It's a %1 (%2 %)").arg(QString::number(best), share)
                           : tr("It's “%1” (%2 %)").arg(m_bars->className(best), share));
    // The canvas is a picture: a screen reader hears what the model makes of it.
    m_canvas->setAccessibleDescription(tr("A drawing the model reads as: %1.").arg(m_verdict->text()));
}

} // namespace bplab::ui

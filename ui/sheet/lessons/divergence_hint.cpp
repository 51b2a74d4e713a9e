#include "ui/sheet/lessons/divergence_hint.h"

#include "core/sheet/lessons/divergence_threshold.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/sheet_document.h"

#include <QHBoxLayout>
#include <QLabel>

namespace bplab::ui {

namespace {
QString sentence(const SheetInputs& inputs) {
    if (inputs.loss == Loss::CrossEntropy) { // only with sigmoid outputs (bplab::cannotDiverge)
        return DivergenceHint::tr(
            "Why no divergence? With cross-entropy the output's error signal a − t stays between −1 and 1 "
            "(a stays between 0 and 1), so nothing grows without bound. At a huge typed η an output can "
            "round to exactly 0 or 1, and the sheet stops at its loss cell instead.");
    }
    if (inputs.activation == Activation::Tanh) {
        return DivergenceHint::tr("Why no divergence? tanh's outputs stay between −1 and 1, so the error "
                                  "can't grow without bound; its slope 1 − a² shrinks to 0 instead.");
    }
    return DivergenceHint::tr("Why no divergence? The sigmoid's outputs stay between 0 and 1, so the error "
                              "can't grow without bound; its slope σ′ = a·(1 − a) shrinks to 0 instead.");
}
} // namespace

DivergenceHint::DivergenceHint(const SheetDocument* document, QWidget* parent)
    : QFrame(parent)
    , m_document(document)
    , m_label(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    // A note, not an error: amber like a sticky note, with its own text colour so a dark theme stays legible.
    setObjectName(QStringLiteral("divergenceHint"));
    setStyleSheet(QStringLiteral("#divergenceHint { background: #fff8e1; border: 1px solid #ffb300; }"
                                 "#divergenceHint QLabel { color: #3e2723; }"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_label, &QLabel::linkActivated, this, &DivergenceHint::lessonRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_label);
    connect(document, &SheetDocument::inputsChanged, this, &DivergenceHint::follow);
    follow();
}

QString DivergenceHint::text() const { return m_label->text(); }

void DivergenceHint::followInTabOrder(QWidget* previous) { QWidget::setTabOrder(previous, m_label); }

QWidget* DivergenceHint::lastInTabOrder() const { return m_label; }

bool DivergenceHint::appliesAtSliderEnd(const SheetInputs& inputs, int iterations) {
    SheetInputs network = inputs;
    network.learningRate = LearningRateControl::kSliderMax;
    if (!m_measuredFor || m_measuredFor->first != network || m_measuredFor->second != iterations) {
        m_measured = cannotDiverge(network, iterations, LearningRateControl::kSliderMax);
        m_measuredFor = std::make_pair(network, iterations);
    }
    return m_measured;
}

void DivergenceHint::follow() {
    const SheetInputs& inputs = m_document->inputs();
    // The measurement runs only for high η on a bounded network, so other drags cost nothing.
    // It is about the seed sheet's η (and opens its lesson): not shown over an own network.
    m_applies = !m_document->showsOwnNetwork() && inputs.learningRate >= kHighLearningRate &&
                hasBoundedOutputs(inputs.activation) &&
                appliesAtSliderEnd(inputs, m_document->sheet().iterationLimit());
    if (m_applies) {
        m_label->setText(QStringLiteral("%1 <a href=\"lesson\">%2</a>")
                             .arg(sentence(inputs).toHtmlEscaped(), tr("Open the divergence lesson")));
    }
    setVisible(m_applies);
}

} // namespace bplab::ui

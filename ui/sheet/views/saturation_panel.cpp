#include "ui/sheet/views/saturation_panel.h"

#include "core/sheet/analysis/saturation.h"
#include "ui/charts/saturation_chart.h"
#include "ui/common/export_flow.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/views/saturation_curves.h"
#include "ui/sheet/sheet_document.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace bplab::ui {

namespace {

// One line: what the slope does with this activation, and why it matters for learning.
QString activationCaption(Activation activation) {
    switch (activation) {
    case Activation::Sigmoid:
        return SaturationPanel::tr(
            "σ′(net) = a·(1 − a) is at most 0.25 and → 0 as a unit saturates (a near 0 or 1): every gradient "
            "through that unit is multiplied by it, so learning slows down or stops.");
    case Activation::Tanh:
        return SaturationPanel::tr(
            "tanh′(net) = 1 − a² → 0 as |a| nears 1: a saturated unit passes almost no "
            "gradient, so learning slows down; a large η can also make ‖∂E/∂θ‖ jump.");
    case Activation::Relu:
        return SaturationPanel::tr("ReLU′(net) is 1 for net > 0 and 0 otherwise: a unit whose input stays "
                                   "negative passes no gradient and never learns again (a dead unit).");
    case Activation::Identity:
        return SaturationPanel::tr("id′(net) = 1: nothing saturates, so too large a step makes ‖∂E/∂θ‖ and "
                                   "the loss grow without bound (try η = 20 with the log scale).");
    }
    return {};
}

// With sigmoid outputs, cross-entropy's ∂E/∂a = (a − t)/(a·(1 − a)) cancels σ′ exactly (core/sheet/loss.cpp):
// the outputs' slopes no longer slow their own learning, only the hidden units' do.
QString captionFor(Activation activation, Loss loss) {
    QString caption = activationCaption(activation);
    if (activation == Activation::Sigmoid && loss == Loss::CrossEntropy) {
        caption += QLatin1Char(' ') +
                   SaturationPanel::tr("With cross-entropy, σ′(o1) and σ′(o2) cancel out of the outputs' own "
                                       "gradient (δo = a − t): a saturated output still learns; only σ′(h1), "
                                       "σ′(h2) slow the hidden weights.");
    }
    return caption;
}

// An own network: what a curve is with this many examples per step, then each layer activation's line.
QString networkCaption(const NetworkSpec& spec) {
    const int examples = spec.examplesPerStep();
    QStringList sentences;
    sentences << (examples == 1
                      ? SaturationPanel::tr("Each curve is a unit's f′(z) at the step's one example.")
                      : SaturationPanel::tr("Each curve is a unit's f′(z), the mean over the %1 "
                                            "examples of a step: 0 only where the unit is saturated "
                                            "(or a dead ReLU) on every one of them.")
                            .arg(examples));
    std::vector<Activation> explained;
    for (Activation activation : spec.activations) {
        if (std::find(explained.begin(), explained.end(), activation) != explained.end()) continue;
        explained.push_back(activation);
        sentences << activationCaption(activation);
    }
    if (spec.activations.back() == Activation::Sigmoid && spec.loss == Loss::CrossEntropy) {
        sentences << SaturationPanel::tr(
            "With cross-entropy, the outputs' σ′ cancels out of their own gradient "
            "(δ = a − t): a saturated output still learns; only the hidden "
            "layers' slopes slow the weights before them.");
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace

SaturationPanel::SaturationPanel(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_chart(new SaturationChart(this))
    , m_caption(new QLabel(this))
    , m_logScale(makeAction(tr("Log scale for ‖∂E/∂θ‖"),
                            tr("Show the gradient's length and the loss on a logarithmic axis"), {}, this))
    , m_export(
          makeAction(tr("Export saturation chart…"), tr("Save the saturation chart as PNG or SVG"), {}, this))
    , m_show(new QComboBox(this)) {
    m_logScale->setCheckable(true);
    m_chart->setChartName(tr("Saturation chart"));
    m_caption->setWordWrap(true);
    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_logScale);
    toolBar->addAction(m_export);
    m_show->setAccessibleName(tr("Units shown"));
    m_show->setToolTip(tr("Which units' slopes the chart draws: each unit while there are at most %1, else "
                          "one mean per layer, or the units of the layer you pick")
                           .arg(SaturationCurves::kMaxUnitCurves));
    auto* showChoice = new QWidget(this); // "Show: [Mean of each layer]", an own network's choice
    auto* showLayout = new QHBoxLayout(showChoice);
    showLayout->setContentsMargins(8, 0, 0, 0);
    auto* showLabel = new QLabel(tr("Show:"), showChoice);
    showLabel->setBuddy(m_show);
    showLayout->addWidget(showLabel);
    showLayout->addWidget(m_show);
    m_showAction = toolBar->addWidget(showChoice); // hidden for the seed

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(m_caption);
    layout->addWidget(m_chart, 1);

    connect(m_logScale, &QAction::toggled, m_chart, &SaturationChart::setLogScale);
    connect(m_show, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString message = askAndExportChart(this, QStringLiteral("saturation.png"),
                                                  [this](const QString& path, QSize size, QString* error) {
                                                      return exportImage(path, size, error);
                                                  });
        if (!message.isEmpty()) Q_EMIT statusMessage(message);
    });
    connect(document, &SheetDocument::changed, this, [this] {
        // A long run recomputes every row on each slider step: draw only what is on screen.
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    refresh();
}

QString SaturationPanel::caption() const { return m_caption->text(); }

bool SaturationPanel::exportImage(const QString& path, QSize size, QString* error) const {
    return m_chart->exportImage(path, size, error);
}

void SaturationPanel::showEvent(QShowEvent* event) {
    if (m_stale) refresh();
    QWidget::showEvent(event);
}

void SaturationPanel::refresh() {
    m_stale = false;
    const NetworkSheet* network = m_document->shownOwnNetwork();
    m_showAction->setVisible(network != nullptr);
    if (!network) {
        m_chart->setCurves(SaturationCurves::forSeed(m_document->sheet()));
        m_caption->setText(captionFor(m_document->inputs().activation, m_document->inputs().loss));
        return;
    }
    refreshChoices(network->spec());
    m_chart->setCurves(SaturationCurves::forNetwork(*network, m_show->currentData().toInt()));
    m_caption->setText(networkCaption(network->spec()));
}

void SaturationPanel::refreshChoices(const NetworkSpec& spec) {
    const QList<SaturationChoice> choices = SaturationCurves::choices(spec);
    QStringList texts;
    for (const SaturationChoice& choice : choices) texts << choice.text;
    if (texts == m_choiceTexts) return; // the same layers: the student's choice stays
    // What was shown stays while the new network offers it (a bigger one may not offer "Every unit").
    const int previous =
        m_show->count() > 0 ? m_show->currentData().toInt() : SaturationCurves::defaultChoice(spec);
    m_choiceTexts = texts;
    m_show->clear();
    for (const SaturationChoice& choice : choices) m_show->addItem(choice.text, choice.choice);
    const int kept = m_show->findData(previous);
    m_show->setCurrentIndex(kept >= 0 ? kept : m_show->findData(SaturationCurves::defaultChoice(spec)));
}

QComboBox* SaturationPanel::showBox() const { return m_show; }

} // namespace bplab::ui

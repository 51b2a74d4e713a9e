#include "ui/sheet/saturation_panel.h"

#include "core/sheet/saturation.h"
#include "ui/charts/saturation_chart.h"
#include "ui/common/export_flow.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/sheet_document.h"

#include <QAction>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace bplab::ui {

namespace {

// How the caption and the legend call f′ for this activation.
QString slopeName(Activation activation) {
    switch (activation) {
    case Activation::Sigmoid:
        return QStringLiteral("σ′");
    case Activation::Tanh:
        return QStringLiteral("tanh′");
    case Activation::Relu:
        return QStringLiteral("ReLU′");
    case Activation::Identity:
        return QStringLiteral("id′");
    }
    return QStringLiteral("f′");
}

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

} // namespace

SaturationPanel::SaturationPanel(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_chart(new SaturationChart(this))
    , m_caption(new QLabel(this))
    , m_logScale(makeAction(tr("Log scale for ‖∂E/∂θ‖"),
                            tr("Show the gradient's length and the loss on a logarithmic axis"), {}, this))
    , m_export(makeAction(tr("Export saturation chart…"), tr("Save the saturation chart as PNG or SVG"), {},
                          this)) {
    m_logScale->setCheckable(true);
    m_chart->setChartName(tr("Saturation chart"));
    m_caption->setWordWrap(true);
    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_logScale);
    toolBar->addAction(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(m_caption);
    layout->addWidget(m_chart, 1);

    connect(m_logScale, &QAction::toggled, m_chart, &SaturationChart::setLogScale);
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
    const Activation activation = m_document->inputs().activation;
    SaturationChart::Curves curves;
    curves.slopeName = slopeName(activation);
    for (const char* neuron : kSaturationNeurons) curves.neurons << QString::fromLatin1(neuron);
    curves.slopes.resize(static_cast<qsizetype>(kSaturationNeurons.size()));
    for (const SaturationPoint& point : saturationCurve(m_document->sheet())) {
        const double x = point.iteration;
        for (std::size_t n = 0; n < point.slope.size(); ++n)
            curves.slopes[static_cast<qsizetype>(n)].append(QPointF(x, point.slope[n]));
        curves.gradientNorm.append(QPointF(x, point.gradientNorm));
        curves.loss.append(QPointF(x, point.loss));
    }
    m_chart->setCurves(curves);
    m_caption->setText(captionFor(activation, m_document->inputs().loss));
}

} // namespace bplab::ui

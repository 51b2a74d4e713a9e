#include "ui/mnist/training/health_panel.h"

#include "ui/charts/health_chart.h"
#include "ui/common/file_writing.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

namespace {

struct FigureText {
    HealthFigure figure;
    const char* name;    // in the selector
    const char* axis;    // the y axis' title
    const char* caption; // how to read it, one or two sentences
    bool logScale;
};

// Each figure's words, written once, filed under the context "HealthPanel" (figureWords() looks them up:
// HealthPanel::tr would look under the class's full name, bplab::ui::HealthPanel, and find nothing).
const FigureText kFigures[] = {
    {HealthFigure::UpdateRatio, QT_TRANSLATE_NOOP("HealthPanel", "Update / weight ratio"),
     QT_TRANSLATE_NOOP("HealthPanel", "‖ΔW‖ / ‖W‖ (log)"),
     QT_TRANSLATE_NOOP("HealthPanel",
                       "How much one step changes a layer's weights, relative to their size. Around 1e-3 "
                       "(the green band, 1e-4 to 1e-2) is the usual sign of a good learning rate: far below, "
                       "the layer barely learns; far above, it is thrown around."),
     true},
    {HealthFigure::GradientNorm, QT_TRANSLATE_NOOP("HealthPanel", "Gradient norm"),
     QT_TRANSLATE_NOOP("HealthPanel", "‖∂L/∂W‖ (log)"),
     QT_TRANSLATE_NOOP("HealthPanel",
                       "The length of each layer's weight gradient, averaged over the epoch's steps. A "
                       "layer whose gradient shrinks by decades has stopped learning (vanishing); one that "
                       "grows by decades is about to diverge."),
     true},
    {HealthFigure::RunningMean, QT_TRANSLATE_NOOP("HealthPanel", "BatchNorm running mean"),
     QT_TRANSLATE_NOOP("HealthPanel", "Running mean (channel mean)"),
     QT_TRANSLATE_NOOP("HealthPanel",
                       "What each BatchNorm layer has learned to subtract: the running mean of its input "
                       "(a ReLU's output), averaged over its channels; the read-out gives their min…max. "
                       "It settles as training settles."),
     false},
    {HealthFigure::RunningVariance, QT_TRANSLATE_NOOP("HealthPanel", "BatchNorm running variance"),
     QT_TRANSLATE_NOOP("HealthPanel", "Running variance (channel mean)"),
     QT_TRANSLATE_NOOP("HealthPanel",
                       "What each BatchNorm layer divides by (its square root): the running variance of "
                       "its input, averaged over its channels; the read-out gives their min…max. A "
                       "channel near 0 carries no signal."),
     false},
};

QString figureWords(const char* text) { return QCoreApplication::translate("HealthPanel", text); }

const FigureText& textOf(HealthFigure figure) {
    for (const FigureText& text : kFigures)
        if (text.figure == figure) return text;
    return kFigures[0];
}

QList<HealthChart::Curve> chartCurves(const std::vector<HealthCurve>& curves, bool withSpread) {
    QList<HealthChart::Curve> result;
    for (const HealthCurve& curve : curves) {
        HealthChart::Curve c;
        c.layer = QString::fromStdString(curve.layer);
        for (std::size_t i = 0; i < curve.epochs.size(); ++i) {
            const double epoch = curve.epochs[i];
            c.points.append(QPointF(epoch, curve.values[i]));
            if (withSpread) {
                c.low.append(QPointF(epoch, curve.low[i]));
                c.high.append(QPointF(epoch, curve.high[i]));
            }
        }
        result.append(c);
    }
    return result;
}

// The menu names the view ("Export health chart…"); beside the chart a short word says enough.
QToolButton* buttonFor(QAction* action, const QString& text, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setText(text);
    return button;
}

} // namespace

HealthPanel::HealthPanel(QWidget* parent)
    : QWidget(parent)
    , m_figure(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_chart(new HealthChart(this))
    , m_exportImage(new QAction(tr("Export health chart…"), this))
    , m_exportCsv(new QAction(tr("Export health figures as CSV…"), this)) {
    for (const FigureText& text : kFigures)
        m_figure->addItem(figureWords(text.name), static_cast<int>(text.figure));
    m_figure->setToolTip(tr("Which training-health figure to draw, one line per layer and epoch."));
    m_exportImage->setToolTip(tr("Save the training-health chart as PNG or SVG."));
    m_exportCsv->setToolTip(tr("Save every health figure of this run as CSV: epoch, layer, figure, value."));
    m_caption->setWordWrap(true);
    connect(m_figure, &QComboBox::currentIndexChanged, this, &HealthPanel::redraw);

    m_chart->setChartName(tr("Training health chart"));
    auto* figureLabel = new QLabel(tr("Health:"), this);
    figureLabel->setBuddy(m_figure); // on Linux a screen reader names a combo box only by its label
    auto* top = new QHBoxLayout;
    top->addWidget(figureLabel);
    top->addWidget(m_figure, 1);
    top->addWidget(buttonFor(m_exportImage, tr("Image…"), this));
    top->addWidget(buttonFor(m_exportCsv, tr("CSV…"), this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_caption);
    redraw();
}

void HealthPanel::clear() {
    m_epochs.clear();
    redraw();
}

void HealthPanel::appendEpoch(const EpochHealth& health) {
    m_epochs.push_back(health);
    redraw();
}

void HealthPanel::showFigure(HealthFigure figure) {
    m_figure->setCurrentIndex(m_figure->findData(static_cast<int>(figure)));
}

HealthFigure HealthPanel::figure() const {
    return static_cast<HealthFigure>(m_figure->currentData().toInt());
}

QString HealthPanel::caption() const { return m_caption->text(); }

void HealthPanel::redraw() {
    const HealthFigure shown = figure();
    const FigureText& text = textOf(shown);
    const bool spread = shown == HealthFigure::RunningMean || shown == HealthFigure::RunningVariance;
    std::optional<HealthChart::Band> band;
    if (shown == HealthFigure::UpdateRatio)
        band = HealthChart::Band{kHealthyUpdateRatioLow, kHealthyUpdateRatioHigh, tr("guide")};
    m_chart->setCurves(chartCurves(healthCurves(m_epochs, shown), spread), figureWords(text.axis),
                       text.logScale, band);
    m_caption->setText(figureWords(text.caption));
    m_chart->setToolTip(figureWords(text.caption));
}

bool HealthPanel::exportImage(const QString& path, QSize size, QString* error) const {
    return m_chart->exportImage(path, size, error);
}

bool HealthPanel::exportCsv(const QString& path, QString* error) const {
    if (m_epochs.empty()) {
        if (error) *error = tr("There are no health figures yet: train at least one epoch, then export.");
        return false;
    }
    return writeFileAtomically(path, QByteArray::fromStdString(healthCsv(m_epochs)), error);
}

} // namespace bplab::ui

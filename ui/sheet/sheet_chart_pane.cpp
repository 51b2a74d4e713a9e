#include "ui/sheet/sheet_chart_pane.h"

#include "ui/charts/loss_chart.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_loss_curve.h"
#include "ui/sheet/sheet_settings.h"

#include <QAction>
#include <QToolBar>
#include <QVBoxLayout>

namespace bplab::ui {

SheetChartPane::SheetChartPane(const SheetDocument* document, CompareRatesPanel* compare, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_compare(compare)
    , m_chart(new LossChart(this))
    , m_toolBar(new QToolBar(this)) {
    createActions();
    m_chart->setChartName(tr("Loss chart"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_logScale);
    m_toolBar->addAction(m_compareMode);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_chart, 1);

    connect(m_document, &SheetDocument::changed, this, [this] {
        // The compare curves depend on the inputs only; a step changes just this run.
        if (!m_compareMode->isChecked()) refreshChart();
    });
    connect(m_document, &SheetDocument::inputsChanged, this, [this] {
        if (m_compareMode->isChecked()) m_compare->recompute(); // refreshes the chart via curvesChanged
    });
    connect(m_compare, &CompareRatesPanel::curvesChanged, this, &SheetChartPane::refreshChart);
}

void SheetChartPane::createActions() {
    m_compareMode = makeAction(tr("&Compare learning rates"),
                               tr("Overlay the loss curves of several learning rates (Ctrl+M)"),
                               {QKeySequence(Qt::CTRL | Qt::Key_M)}, this);
    m_compareMode->setCheckable(true);
    m_logScale = makeAction(tr("&Log-scale loss axis"), tr("Show the loss on a logarithmic axis (Ctrl+L)"),
                            {QKeySequence(Qt::CTRL | Qt::Key_L)}, this);
    m_logScale->setCheckable(true);
    // The tool bar's short words: the chart may be as narrow as SheetSplitters::kMinimumChartWidth,
    // and a tool bar too narrow for its buttons hides the last ones behind an arrow.
    m_compareMode->setIconText(tr("Compare rates"));
    m_logScale->setIconText(tr("Log scale"));
    connect(m_compareMode, &QAction::toggled, this, &SheetChartPane::setCompareMode);
    connect(m_logScale, &QAction::toggled, m_chart, &LossChart::setLogScale);
}

void SheetChartPane::appendToolBarAction(QAction* action) {
    m_toolBar->addSeparator();
    m_toolBar->addAction(action);
}

void SheetChartPane::setCompareMode(bool on) {
    if (on) m_compare->recompute();
    Q_EMIT compareModeToggled(on);
    refreshChart();
}

void SheetChartPane::refreshChart() {
    const SheetInputs& inputs = m_document->inputs();
    // The compare panel runs the sheet shown, the own network or the seed's.
    const NetworkSheet* network = m_document->shownOwnNetwork();
    if (network && !m_compareMode->isChecked()) {
        m_chart->setCaption(networkRunCaption(network->spec()));
        m_chart->setCurves({sheetLossCurve(*network)});
        return;
    }
    if (!m_compareMode->isChecked()) {
        m_chart->setCaption(sheetRunCaption(inputs));
    } else if (m_compare->comparesLosses()) {
        m_chart->setCaption(tr("%1, both losses as ½·squared error of the outputs")
                                .arg(network ? networkName(network->spec()) : sheetActivationName(inputs)));
    } else {
        // Written out in both numbers: no translation is loaded for English, and "(s)" would show.
        const int rates = static_cast<int>(m_compare->curves().size());
        const QString name = network ? networkLossName(network->spec()) : sheetNetworkName(inputs);
        m_chart->setCaption(rates == 1 ? tr("%1, 1 learning rate").arg(name)
                                       : tr("%1, %2 learning rates").arg(name).arg(rates));
    }
    QList<LossChart::Curve> curves;
    if (m_compareMode->isChecked()) {
        for (const LossCurve& curve : m_compare->curves()) {
            curves.append({CompareRatesPanel::curveName(curve),
                           QList<double>(curve.losses.begin(), curve.losses.end()), curve.divergedAt,
                           curve.stoppedUncomputable});
        }
    } else {
        curves.append(sheetLossCurve(m_document->sheet()));
    }
    m_chart->setCurves(curves);
}

void SheetChartPane::restoreSettings(const SheetSettings& settings) {
    // Kept in the C locale, so a change of language reads them back.
    if (const auto rates = CompareRatesPanel::parseRates(settings.compareRates(), QLocale::c()))
        m_compare->setRates(*rates);
    m_compare->setTargetLoss(settings.compareTargetLoss());
    m_compare->setComparesLosses(settings.compareLosses());
    m_logScale->setChecked(settings.lossLogScale());
}

void SheetChartPane::saveSettings(SheetSettings& settings) const {
    settings.setCompareRates(CompareRatesPanel::ratesText(m_compare->rates(), QLocale::c()));
    settings.setCompareTargetLoss(m_compare->targetLoss());
    settings.setCompareLosses(m_compare->comparesLosses());
    settings.setLossLogScale(m_logScale->isChecked());
}

} // namespace bplab::ui

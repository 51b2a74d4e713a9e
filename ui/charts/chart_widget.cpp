#include "ui/charts/chart_widget.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/chart_export.h"
#include "ui/charts/chart_palette.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"
#include "ui/common/picture_look.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {
// The axis property holding the decades per tick its values asked for, before fitting to its length.
constexpr char kWantedDecadesPerTick[] = "bplabDecadesPerTick";
// The same for a linear axis: the tick step its values asked for.
constexpr char kWantedStep[] = "bplabWantedStep";
// The longest label a linear axis draws over [min, max] with ticks `step` apart, as Qt Charts
// formats it: kWholeNumberLabels rounds, the default prints up to 6 significant digits.
QString widestLinearLabel(const QValueAxis* axis, double step) {
    const bool whole = axis->labelFormat() == kWholeNumberLabels;
    QString widest;
    for (double v : {axis->min(), axis->max(), axis->min() + step, axis->max() - step}) {
        const QString label = whole ? QString::number(std::llround(v)) : QString::number(v, 'g', 6);
        if (label.size() > widest.size()) widest = label;
    }
    return widest;
}
} // namespace

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_layout(new QVBoxLayout(this)) {
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // The axes' tick labels keep the decimal point in every language ("0.15" in German too): Qt formats
    // them itself from the axis's label format, and Qt Charts 6.4 draws no label at all on a logarithmic
    // or "%d" axis when told to localize numbers (QChart::setLocalizeNumbers), so that stays off. The
    // numbers we write ourselves (titles, legend names, hover readouts, the accessible summary) go
    // through localNumber / localFixed and follow the window's locale ("0,15").
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_view, 1);
    // A shorter chart fits fewer labels: Qt Charts would elide every one of them to "...".
    connect(m_chart, &QChart::plotAreaChanged, this, &ChartWidget::fitAllTicks);
    m_view->viewport()->installEventFilter(this); // paints keep the accessible description current
    // An axis added later (a second y axis when a rate joins the loss) shows as a new plot area.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { applyChartPalette(m_chart, chartPalette()); });
}

void ChartWidget::setChartName(const QString& name) { m_view->setAccessibleName(name); }

QString ChartWidget::accessibleSummary() const {
    // The title's plain text, parsed only when the title changed: this runs on every paint.
    if (m_chart->title() != m_titleHtml) {
        m_titleHtml = m_chart->title();
        QTextDocument document;
        document.setHtml(m_titleHtml);
        m_titlePlain = document.toPlainText();
    }
    QStringList parts;
    if (!m_titlePlain.isEmpty()) parts << m_titlePlain;
    if (!alert().isEmpty()) parts << alert();
    for (const QAbstractSeries* series : m_chart->series()) {
        const auto* xy = qobject_cast<const QXYSeries*>(series);
        if (!xy || !xy->isVisible() || xy->count() == 0 || xy->name().isEmpty()) continue;
        const QPointF last = xy->at(xy->count() - 1); // (points() would copy a long curve on every paint)
        parts << tr("%1: last point %2, %3")
                     .arg(xy->name(), localNumber(last.x(), 4), localNumber(last.y(), 4));
    }
    if (parts.size() == (m_titlePlain.isEmpty() ? 0 : 1)) parts << tr("No values yet.");
    return parts.join(QStringLiteral(". "));
}

void ChartWidget::updateAccessibleDescription() {
    const QString summary = accessibleSummary();
    if (m_view->accessibleDescription() != summary) m_view->setAccessibleDescription(summary);
}

void ChartWidget::showEvent(QShowEvent* event) {
    applyPalette(); // axes the subclass added since the last time get their colours too
    QWidget::showEvent(event);
}

void ChartWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) applyPalette();
    QWidget::changeEvent(event);
}

QPalette ChartWidget::chartPalette() const {
    return isChartExporting(m_chart) ? picturePalette(this) : palette();
}

void ChartWidget::applyPalette() {
    applyChartPalette(m_chart, chartPalette());
    if (m_alert) {
        QPalette alertPalette = m_alert->palette();
        alertPalette.setColor(QPalette::WindowText,
                              readableOn(alertHue(), palette().color(QPalette::Window)));
        m_alert->setPalette(alertPalette);
    }
}

void ChartWidget::setAlert(const QString& sentence) {
    if (!m_alert) {
        m_alert = new QLabel(this);
        m_alert->setTextFormat(Qt::PlainText);
        m_alert->setWordWrap(true);
        m_layout->insertWidget(m_layout->indexOf(m_view), m_alert); // right above the chart
        applyPalette();
    }
    m_alert->setText(sentence);
    m_alert->setVisible(!sentence.isEmpty());
}

QString ChartWidget::alert() const { return m_alert && !m_alert->isHidden() ? m_alert->text() : QString(); }

bool ChartWidget::exportImage(const QString& path, QSize size, QString* error) const {
    // A picture has no alert line above it: the sentence joins the title there (an exported chart is
    // wide enough for both), and leaves it afterwards.
    const QString title = m_chart->title();
    const QString sentence = alert();
    if (!sentence.isEmpty()) {
        const QString alertHtml = QStringLiteral("<span style='color:%1'>%2</span>")
                                      .arg(alertHue().name(), sentence.toHtmlEscaped());
        m_chart->setTitle(title.isEmpty() ? alertHtml : QStringLiteral("%1<br>%2").arg(title, alertHtml));
    }
    const bool written = exportChart(m_view, path, size, error);
    m_chart->setTitle(title);
    return written;
}

void ChartWidget::enableReadout() {
    m_readout = new QLabel(this);
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setMinimumHeight(m_readout->fontMetrics().height());
    // A long read-out (several series) must not widen the pane while the mouse moves: it is clipped.
    m_readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_layout->insertWidget(0, m_readout); // above the chart, so it never covers the curves
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
}

QString ChartWidget::readout() const { return m_readout ? m_readout->text() : QString(); }

void ChartWidget::setReadoutText(const QString& text) {
    if (m_readout) m_readout->setText(text);
}

void ChartWidget::showReadoutAt(double x) {
    const QString text = readoutText(x);
    if (!text.isEmpty()) setReadoutText(text);
}

QString ChartWidget::readoutText(double /*x*/) const { return {}; }

bool ChartWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Paint) updateAccessibleDescription();
    if (m_readout && watched == m_view->viewport() && event->type() == QEvent::MouseMove) {
        const QPointF inChart =
            m_chart->mapFromScene(m_view->mapToScene(static_cast<QMouseEvent*>(event)->position().toPoint()));
        // Every series shares the chart's axes; mapping needs one that is attached to them.
        for (QAbstractSeries* series : m_chart->series()) {
            if (series->attachedAxes().isEmpty()) continue;
            if (m_chart->plotArea().contains(inChart))
                showReadoutAt(m_chart->mapToValue(inChart, series).x());
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartWidget::applyRange(QValueAxis* axis, const LinearAxisRange& range) {
    // Dynamic ticks are laid out on every change: a new range with the old step (1e249 with 0.1, a
    // diverged run) would ask for billions of ticks. Fixed ticks while both change.
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(range.min, range.max);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(range.step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setProperty(kWantedStep, range.step);
    if (!m_chart->plotArea().isEmpty()) fitLinearTicks(axis);
}

void ChartWidget::fitLinearTicks(QValueAxis* axis) {
    const double wanted = axis->property(kWantedStep).toDouble();
    const double span = axis->max() - axis->min();
    if (!(wanted > 0.0) || !(span > 0.0) || !std::isfinite(span)) return;
    const QFontMetricsF metrics(axis->labelsFont());
    const bool vertical = axis->orientation() == Qt::Vertical;
    const QRectF plot = m_chart->plotArea();
    const double length = vertical ? plot.height() : plot.width();
    const double label = vertical
                             ? metrics.height()
                             : metrics.horizontalAdvance(widestLinearLabel(axis, wanted)) + metrics.height();
    const int intervals = readableIntervals(length, label);
    const bool whole = axis->labelFormat() == kWholeNumberLabels;
    const double fitted =
        std::max(wanted, whole ? wholeNumberStep(span, intervals) : niceStep(span / intervals));
    if (axis->tickInterval() == fitted) return; // nothing to lay out again
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickInterval(fitted);
    axis->setTickType(QValueAxis::TicksDynamic);
}

void ChartWidget::applyRange(QLogValueAxis* axis, const LogAxisRange& range) {
    axis->setRange(range.min, range.max);
    axis->setProperty(kWantedDecadesPerTick, range.decadesPerTick);
    fitLogTicks(axis);
}

void ChartWidget::fitLogTicks(QLogValueAxis* axis) {
    const QFontMetricsF metrics(axis->labelsFont());
    const bool vertical = axis->orientation() == Qt::Vertical;
    const QRectF plot = m_chart->plotArea();
    // The widest label a log axis draws here is about "1e+300".
    const int intervals =
        vertical ? readableIntervals(plot.height(), metrics.height())
                 : readableIntervals(plot.width(), metrics.horizontalAdvance(QStringLiteral("1e+300")));
    const int decades = std::max(axis->property(kWantedDecadesPerTick).toInt(),
                                 decadesPerTick(axis->min(), axis->max(), intervals));
    // Minor ticks mark 2..9 × each decade; with several decades per tick they would only be clutter.
    const int minorTicks = decades == 1 ? 8 : 0;
    const double base = std::pow(10.0, decades);
    if (axis->base() == base && axis->minorTickCount() == minorTicks) return; // nothing to lay out again
    axis->setBase(base);
    axis->setMinorTickCount(minorTicks);
}

void ChartWidget::fitAllTicks() {
    for (QAbstractAxis* axis : m_chart->axes()) {
        if (auto* log = qobject_cast<QLogValueAxis*>(axis)) fitLogTicks(log);
        if (auto* linear = qobject_cast<QValueAxis*>(axis)) fitLinearTicks(linear);
    }
}

QAbstractAxis* makeValueAxis(YScale scale, const QString& logFormat, const QString& linearFormat) {
    if (scale == YScale::Logarithmic) {
        auto* axis = new QLogValueAxis;
        axis->setBase(10.0);
        axis->setLabelFormat(logFormat);
        return axis;
    }
    auto* axis = new QValueAxis;
    axis->setLabelFormat(linearFormat);
    return axis;
}

void ChartWidget::applyWholeNumberRange(QValueAxis* axis, double min, double max, int intervals) {
    applyRange(axis, LinearAxisRange{min, max, wholeNumberStep(max - min, intervals)});
}

} // namespace bplab::ui

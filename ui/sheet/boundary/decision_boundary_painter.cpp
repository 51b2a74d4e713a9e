#include "ui/sheet/boundary/decision_boundary_painter.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/picture_export.h"
#include "ui/common/colour_scales.h"
#include "ui/common/palette_colors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace bplab::ui {

namespace {

// Room around the plot, in multiples of the font's height.
constexpr double kTitleLines = 2.4;  // the summary wraps onto a second line in a narrow view
constexpr double kBottomLines = 2.8; // tick labels and x₁
constexpr double kBarWidthLines = 1.2;
const QColor kNoValue(0xbd, 0xbd, 0xbd); // where the output cannot be computed
// Angles at which a dot's rim is compared with the map around it.
constexpr int kRimSamples = 8;
constexpr double kPi = 3.14159265358979323846;

// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct DecisionBoundaryPainterText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::DecisionBoundaryPainter)
};

// About five ticks over [low, high] at a nice step, and the digits that step needs.
std::vector<double> ticksOver(double low, double high) {
    std::vector<double> ticks;
    const double step = niceStep((high - low) / 5.0);
    for (double t = std::ceil(low / step) * step; t <= high + step * 1e-9; t += step)
        ticks.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}
QString tickLabel(double value) { return QString::number(value, 'g', 4); }

double boundaryLeftMargin(const QFontMetricsF& metrics) {
    return metrics.horizontalAdvance(QStringLiteral("−0.000")) + metrics.height() * 2.0;
}
double rightMargin(const QFontMetricsF& metrics) {
    return metrics.height() * (1.0 + kBarWidthLines) + metrics.horizontalAdvance(QStringLiteral("≥ 0.75")) +
           8;
}

} // namespace

DecisionBoundaryColors DecisionBoundaryColors::of(const QPalette& palette) {
    DecisionBoundaryColors colors;
    colors.middle = palette.color(QPalette::Base);
    colors.ink = palette.color(QPalette::Text);
    // The weights' blue and red (colour_scales), so "low" and "high" look as they do elsewhere. As far
    // from the middle as text must be (not just the 3 : 1 of graphics): outputs near 0 and 1 then still
    // pass 3 : 1, and the two sides never fade into the background.
    colors.low = readableOn(diverging(-1.0), colors.middle);
    colors.high = readableOn(diverging(1.0), colors.middle);
    return colors;
}

QColor DecisionBoundaryColors::at(double output) const {
    if (std::isnan(output)) return kNoValue;
    const double t = std::clamp(output, 0.0, 1.0);
    // How far from the middle, towards the end on this side: 0 at 0.5, 1 at 0 and at 1.
    const double away = std::fabs(t - DecisionBoundaryGrid::kBoundary) / DecisionBoundaryGrid::kBoundary;
    return mixColors(t < DecisionBoundaryGrid::kBoundary ? low : high, middle, away);
}

DecisionBoundaryPainter::DecisionBoundaryPainter(std::shared_ptr<const DecisionBoundaryGrid> grid,
                                                 const QPalette& palette)
    : m_grid(std::move(grid)) {
    setPalette(palette);
}

const DecisionBoundaryGrid& DecisionBoundaryPainter::grid() const {
    static const DecisionBoundaryGrid empty;
    return m_grid ? *m_grid : empty;
}

void DecisionBoundaryPainter::setPalette(const QPalette& palette) {
    m_colors = DecisionBoundaryColors::of(palette);
    if (isEmpty()) return;
    const LossGrid& values = m_grid->values();
    m_heatMap = QImage(values.size, values.size, QImage::Format_RGB32);
    for (int j = 0; j < values.size; ++j) {
        // Row 0 of the image is the top: the highest x₂.
        auto* line = reinterpret_cast<QRgb*>(m_heatMap.scanLine(values.size - 1 - j));
        for (int i = 0; i < values.size; ++i) line[i] = m_colors.at(values.at(i, j)).rgb();
    }
}

QRectF DecisionBoundaryPainter::plotRect(const QRectF& area) const {
    const QFontMetricsF metrics{QFont()};
    const double line = metrics.height();
    const QRectF room = area.adjusted(boundaryLeftMargin(metrics), line * kTitleLines, -rightMargin(metrics),
                                      -line * kBottomLines);
    const double side = std::max(1.0, std::min(room.width(), room.height()));
    return {room.left() + (room.width() - side) / 2.0, room.top(), side, side};
}

QPointF DecisionBoundaryPainter::toPlot(const QRectF& plot, double x1, double x2) const {
    const LossGrid& values = grid().values();
    return {plot.left() + (x1 - values.aMin) / (values.aMax - values.aMin) * plot.width(),
            plot.bottom() - (x2 - values.bMin) / (values.bMax - values.bMin) * plot.height()};
}

QPointF DecisionBoundaryPainter::toInputs(const QRectF& plot, const QPointF& position) const {
    const LossGrid& values = grid().values();
    return {values.aMin + (position.x() - plot.left()) / plot.width() * (values.aMax - values.aMin),
            values.bMin + (plot.bottom() - position.y()) / plot.height() * (values.bMax - values.bMin)};
}

int DecisionBoundaryPainter::exampleAt(const QRectF& plot, const QPointF& position) const {
    const auto& examples = grid().input().examples;
    const double reach = kDotRadius + kOutlineWidth;
    for (int k = static_cast<int>(examples.size()) - 1; k >= 0; --k) {
        const auto& e = examples[static_cast<std::size_t>(k)];
        const QPointF d = toPlot(plot, e.x1, e.x2) - position;
        if (d.x() * d.x() + d.y() * d.y() <= reach * reach) return k;
    }
    return -1;
}

QColor DecisionBoundaryPainter::mapColorAt(const QRectF& plot, const QPointF& position) const {
    // The nearest grid point's colour: the heat map is that image scaled, each pixel centred on its point.
    const int last = grid().values().size - 1;
    const int i = std::clamp(
        static_cast<int>(std::lround((position.x() - plot.left()) / plot.width() * last)), 0, last);
    const int j = std::clamp(
        static_cast<int>(std::lround((plot.bottom() - position.y()) / plot.height() * last)), 0, last);
    return m_heatMap.pixelColor(i, last - j);
}

QColor DecisionBoundaryPainter::outlineAt(const QRectF& plot, const QPointF& centre) const {
    // The map just outside the rim is what the outline must stand out from (UX: 3 : 1 for graphics).
    const double radius = kDotRadius + kOutlineWidth + 1.0;
    const std::array<QColor, 2> candidates{QColor(Qt::black), QColor(Qt::white)};
    std::array<double, 2> least{21.0, 21.0};
    for (int s = 0; s < kRimSamples; ++s) {
        const double angle = 2.0 * kPi * s / kRimSamples;
        const QColor under = mapColorAt(plot, centre + radius * QPointF(std::cos(angle), std::sin(angle)));
        for (std::size_t c = 0; c < candidates.size(); ++c)
            least[c] = std::min(least[c], contrastRatio(candidates[c], under));
    }
    return least[0] >= least[1] ? candidates[0] : candidates[1];
}

void DecisionBoundaryPainter::paint(QPainter& painter, const QRectF& area) const {
    painter.save();
    painter.fillRect(area, m_colors.middle);
    painter.setPen(m_colors.ink);
    painter.setRenderHint(QPainter::Antialiasing);
    if (isEmpty()) {
        const QString text =
            m_message.isEmpty() ? DecisionBoundaryPainterText::tr("Nothing to show yet.") : m_message;
        painter.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text);
        painter.restore();
        return;
    }
    const QRectF plot = plotRect(area);
    drawHeatMap(painter, plot);
    drawBoundary(painter, plot);
    drawExamples(painter, plot);
    drawAxes(painter, plot);
    drawColorBar(painter, plot);
    drawTitle(painter, area, plot);
    painter.restore();
}

void DecisionBoundaryPainter::drawHeatMap(QPainter& painter, const QRectF& plot) const {
    // Pixel i is centred on grid point i: the image reaches half a cell beyond the plot on each side.
    const double cell = plot.width() / (m_heatMap.width() - 1);
    painter.save();
    painter.setClipRect(plot);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(plot.adjusted(-cell / 2, -cell / 2, cell / 2, cell / 2), m_heatMap);
    painter.restore();
}

void DecisionBoundaryPainter::drawBoundary(QPainter& painter, const QRectF& plot) const {
    const double scale = plot.width() / (DecisionBoundaryGrid::kSize - 1);
    std::vector<QLineF> lines;
    lines.reserve(m_grid->boundary().size());
    for (const ContourSegment& s : m_grid->boundary())
        lines.emplace_back(plot.left() + s.x1 * scale, plot.bottom() - s.y1 * scale,
                           plot.left() + s.x2 * scale, plot.bottom() - s.y2 * scale);
    painter.save();
    painter.setClipRect(plot);
    painter.setPen(QPen(m_colors.ink, 2.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLines(lines.data(), static_cast<int>(lines.size()));
    painter.restore();
}

void DecisionBoundaryPainter::drawExamples(QPainter& painter, const QRectF& plot) const {
    painter.save();
    painter.setClipRect(plot.adjusted(-kDotRadius * 2, -kDotRadius * 2, kDotRadius * 2, kDotRadius * 2));
    for (const DecisionBoundaryExample& example : m_grid->input().examples) {
        const QPointF at = toPlot(plot, example.x1, example.x2);
        if (!std::isfinite(at.x()) || !std::isfinite(at.y())) continue;
        painter.setPen(QPen(outlineAt(plot, at), kOutlineWidth));
        painter.setBrush(m_colors.at(example.target));
        painter.drawEllipse(at, kDotRadius, kDotRadius);
    }
    painter.restore();
}

void DecisionBoundaryPainter::drawAxes(QPainter& painter, const QRectF& plot) const {
    const LossGrid& values = m_grid->values();
    const double line = QFontMetricsF(painter.font()).height();
    painter.setPen(QPen(m_colors.ink, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    for (double x1 : ticksOver(values.aMin, values.aMax)) {
        const double x = toPlot(plot, x1, values.bMin).x();
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        painter.drawText(QRectF(x - 50, plot.bottom() + 5, 100, line), Qt::AlignHCenter | Qt::AlignTop,
                         tickLabel(x1));
    }
    for (double x2 : ticksOver(values.bMin, values.bMax)) {
        const double y = toPlot(plot, values.aMin, x2).y();
        painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y));
        painter.drawText(QRectF(plot.left() - 106, y - line / 2, 100, line),
                         Qt::AlignRight | Qt::AlignVCenter, tickLabel(x2));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + line * 1.4, plot.width(), line), Qt::AlignHCenter,
                     QStringLiteral("x₁"));
    const double nameRight = plot.left() - boundaryLeftMargin(QFontMetricsF(painter.font())) + line * 1.2;
    painter.drawText(QRectF(nameRight - line * 1.2, plot.center().y() - line / 2, line * 1.2, line),
                     Qt::AlignCenter, QStringLiteral("x₂"));
}

void DecisionBoundaryPainter::drawColorBar(QPainter& painter, const QRectF& plot) const {
    const double line = QFontMetricsF(painter.font()).height();
    const QRectF bar(plot.right() + line, plot.top(), line * kBarWidthLines, plot.height());
    for (int y = 0; y < static_cast<int>(bar.height()); ++y)
        painter.fillRect(QRectF(bar.left(), bar.top() + y, bar.width(), 1.0),
                         m_colors.at(1.0 - (y + 0.5) / bar.height()));
    painter.setPen(QPen(m_colors.ink, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    // The ends say that outputs beyond them take their colour; 0.5 is marked across the bar like the
    // boundary line on the map.
    const std::array<std::pair<double, QString>, 5> ticks{{{0.0, QStringLiteral("≤ 0")},
                                                           {0.25, QStringLiteral("0.25")},
                                                           {0.5, QStringLiteral("0.5")},
                                                           {0.75, QStringLiteral("0.75")},
                                                           {1.0, QStringLiteral("≥ 1")}}};
    for (const auto& [value, label] : ticks) {
        const double y = bar.bottom() - value * bar.height();
        painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        painter.drawText(QRectF(bar.right() + 6, y - line / 2, 200, line), Qt::AlignLeft | Qt::AlignVCenter,
                         label);
    }
    painter.setPen(QPen(m_colors.ink, 2.0));
    const double middle = bar.bottom() - 0.5 * bar.height();
    painter.drawLine(QPointF(bar.left(), middle), QPointF(bar.right(), middle));
}

void DecisionBoundaryPainter::drawTitle(QPainter& painter, const QRectF& area, const QRectF& plot) const {
    const double line = QFontMetricsF(painter.font()).height();
    painter.setPen(m_colors.ink);
    // Wrapped, never elided: it carries the numbers.
    const QRectF box(area.left() + 6, area.top() + line * 0.2, area.width() - 12,
                     plot.top() - area.top() - line * 0.3);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, summaryOf(*m_grid));
}

QString DecisionBoundaryPainter::summaryOf(const DecisionBoundaryGrid& grid) {
    const QString name = grid.input().outputName;
    QString text = DecisionBoundaryPainterText::tr("%1 over x₁, x₂: at or above 0.5 on %2 % of the plane")
                       .arg(name, QString::number(std::lround(grid.shareHigh() * 100.0)));
    const int count = static_cast<int>(grid.input().examples.size());
    if (count > 0)
        text += DecisionBoundaryPainterText::tr(" · %1 of %2 examples on their target's side")
                    .arg(grid.examplesOnTargetSide())
                    .arg(count);
    return text;
}

bool DecisionBoundaryPainter::exportImage(const QString& path, QSize size, QString* error) const {
    return exportPicture([this](QPainter& target, QSize area) { paint(target, QRectF(QPointF(0, 0), area)); },
                         path, size, error);
}

} // namespace bplab::ui

#include "ui/sheet/landscape/landscape_painter.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/series_colors.h"
#include "ui/common/colour_scales.h"
#include "ui/common/locale_numbers.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <optional>

namespace bplab::ui {

namespace {

// Room around the plot, in multiples of the font's height.
constexpr double kLandscapeTitleLines = 1.6;
constexpr double kLegendLines = 1.4;
constexpr double kLandscapeBottomLines = 3.0; // tick labels and the axis name
constexpr double kLandscapeBarWidthLines = 1.2;
const QColor kLandscapeNoValue(0xbd, 0xbd, 0xbd); // where the loss cannot be computed
// Beyond this many points on screen a path's dots merge into a line: only the line is drawn.
constexpr std::size_t kMaxDots = 400;

// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct LandscapePainterText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::LandscapePainter)
};
// A tick label with as many digits as the ticks' `step` needs: 0.4541 and 0.4543, not 0.454 twice.
QString numberAtStep(double value, double step) {
    const double magnitude = std::max(std::fabs(value), step);
    const int digits = step > 0.0 ? static_cast<int>(std::ceil(std::log10(magnitude / step))) + 1 : 3;
    return QString::number(value, 'g', std::clamp(digits, 3, 15));
}
double stepOf(const std::vector<double>& ticks) { return ticks.size() > 1 ? ticks[1] - ticks[0] : 0.0; }

// Tick values of a linear axis over [low, high]: multiples of a nice step, about five of them.
std::vector<double> linearTicks(double low, double high) {
    std::vector<double> ticks;
    if (!(high > low)) return ticks;
    const double step = niceStep((high - low) / 5.0);
    for (double t = std::ceil(low / step) * step; t <= high + step * 1e-9; t += step) {
        ticks.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
    }
    return ticks;
}

// Tick values of the colour bar: nice linear steps, or the powers of ten inside a log scale.
std::vector<double> scaleTicks(const LevelScale& scale) {
    if (!scale.logarithmic) return linearTicks(scale.low, scale.high);
    std::vector<double> ticks;
    const int first = static_cast<int>(std::ceil(std::log10(scale.low)));
    const int last = static_cast<int>(std::floor(std::log10(scale.high)));
    const int every = std::max(1, (last - first) / 6 + 1);
    for (int e = first; e <= last; e += every) ticks.push_back(std::pow(10.0, e));
    return ticks;
}

double landscapeLeftMargin(const QFontMetricsF& metrics) {
    return metrics.horizontalAdvance(QStringLiteral("−0.000")) + metrics.height() * 1.8;
}
double landscapeRightMargin(const QFontMetricsF& metrics) {
    return metrics.height() * (1.0 + kLandscapeBarWidthLines) +
           metrics.horizontalAdvance(QStringLiteral("0.000e-00")) + 8;
}

} // namespace

LandscapePicture makeLandscapePicture(Landscape landscape, bool trainOnlyAxes) {
    const LandscapeAxisNames names = axisNamesOf(landscape);
    const QString a = QString::fromStdString(names.labelA);
    const QString b = QString::fromStdString(names.labelB);
    LandscapePicture picture;
    picture.title =
        LandscapePainterText::tr("E_total over %1, %2 · iteration %3").arg(a, b).arg(landscape.iteration);
    if (trainOnlyAxes) picture.title += LandscapePainterText::tr(" · only %1, %2 trained").arg(a, b);
    for (const LandscapePath& path : landscape.paths) {
        QString name = QStringLiteral("η = %1").arg(localNumber(path.learningRate));
        // A diverged (or uncomputable) run ends early: its line stops there, and the name says so.
        if (path.stoppedAt)
            name += LandscapePainterText::tr(", stopped at iteration %1").arg(*path.stoppedAt);
        picture.pathNames << name;
    }
    if (picture.pathNames.size() == 1) picture.title += QStringLiteral(" · ") + picture.pathNames.first();
    picture.landscape = std::move(landscape);
    return picture;
}

LandscapePainter::LandscapePainter(LandscapePicture picture)
    : m_picture(std::move(picture)) {
    const LossGrid& grid = m_picture.landscape.grid;
    if (grid.size < 2) return;
    m_scale = levelScaleOf(grid);
    m_heatMap = QImage(grid.size, grid.size, QImage::Format_RGB32);
    for (int j = 0; j < grid.size; ++j) {
        // Row 0 of the image is the top: the highest b.
        auto* line = reinterpret_cast<QRgb*>(m_heatMap.scanLine(grid.size - 1 - j));
        for (int i = 0; i < grid.size; ++i) {
            const double loss = grid.at(i, j);
            line[i] = (std::isnan(loss) ? kLandscapeNoValue : viridis(m_scale.fraction(loss))).rgb();
        }
    }
    for (double level : contourLevels(m_scale, kContourCount))
        m_contours.push_back(contourSegments(grid, level));
}

QColor LandscapePainter::pathColor(int index) { return seriesColor(index); }

QRectF LandscapePainter::plotRect(const QRectF& area) const {
    const QFontMetricsF metrics{QFont()};
    const double line = metrics.height();
    const double top =
        line * kLandscapeTitleLines + (m_picture.pathNames.size() > 1 ? line * kLegendLines : 0.0);
    const QRectF room = area.adjusted(landscapeLeftMargin(metrics), top, -landscapeRightMargin(metrics),
                                      -line * kLandscapeBottomLines);
    const double side = std::max(1.0, std::min(room.width(), room.height()));
    return {room.left() + (room.width() - side) / 2.0, room.top(), side, side};
}

QPointF LandscapePainter::toPlot(const QRectF& plot, double a, double b) const {
    const LossGrid& grid = m_picture.landscape.grid;
    return {plot.left() + (a - grid.aMin) / (grid.aMax - grid.aMin) * plot.width(),
            plot.bottom() - (b - grid.bMin) / (grid.bMax - grid.bMin) * plot.height()};
}

QPointF LandscapePainter::toParameters(const QRectF& plot, const QPointF& position) const {
    const LossGrid& grid = m_picture.landscape.grid;
    return {grid.aMin + (position.x() - plot.left()) / plot.width() * (grid.aMax - grid.aMin),
            grid.bMin + (plot.bottom() - position.y()) / plot.height() * (grid.bMax - grid.bMin)};
}

void LandscapePainter::paint(QPainter& painter, const QRectF& area, const QPalette& palette) const {
    const QColor ink = palette.color(QPalette::Text);
    painter.save();
    painter.fillRect(area, palette.color(QPalette::Base));
    painter.setPen(ink);
    painter.setRenderHint(QPainter::Antialiasing);
    if (isEmpty()) {
        painter.drawText(area, Qt::AlignCenter, LandscapePainterText::tr("Nothing to show yet."));
        painter.restore();
        return;
    }
    const QRectF plot = plotRect(area);
    drawHeatMap(painter, plot);
    drawContours(painter, plot);
    drawPaths(painter, plot);
    drawAxes(painter, plot, ink);
    drawColorBar(painter, plot, ink);
    drawTitleAndLegend(painter, area, plot, ink);
    painter.restore();
}

void LandscapePainter::drawHeatMap(QPainter& painter, const QRectF& plot) const {
    // Pixel i is centred on grid point i: the image reaches half a cell beyond the plot on each side.
    const double cell = plot.width() / (m_picture.landscape.grid.size - 1);
    painter.save();
    painter.setClipRect(plot);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(plot.adjusted(-cell / 2, -cell / 2, cell / 2, cell / 2), m_heatMap);
    painter.restore();
}

void LandscapePainter::drawContours(QPainter& painter, const QRectF& plot) const {
    const int size = m_picture.landscape.grid.size;
    const double sx = plot.width() / (size - 1), sy = plot.height() / (size - 1);
    painter.save();
    painter.setPen(QPen(QColor(255, 255, 255, 150), 1.0));
    std::vector<QLineF> lines;
    for (const auto& level : m_contours) {
        lines.clear();
        for (const ContourSegment& s : level) {
            lines.emplace_back(plot.left() + s.x1 * sx, plot.bottom() - s.y1 * sy, plot.left() + s.x2 * sx,
                               plot.bottom() - s.y2 * sy);
        }
        painter.drawLines(lines.data(), static_cast<int>(lines.size()));
    }
    painter.restore();
}

void LandscapePainter::drawAxes(QPainter& painter, const QRectF& plot, const QColor& ink) const {
    const LossGrid& grid = m_picture.landscape.grid;
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    painter.setPen(QPen(ink, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    const std::vector<double> aTicks = linearTicks(grid.aMin, grid.aMax);
    for (double a : aTicks) {
        const double x = toPlot(plot, a, grid.bMin).x();
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        painter.drawText(QRectF(x - 50, plot.bottom() + 5, 100, line), Qt::AlignHCenter | Qt::AlignTop,
                         numberAtStep(a, stepOf(aTicks)));
    }
    const std::vector<double> bTicks = linearTicks(grid.bMin, grid.bMax);
    for (double b : bTicks) {
        const double y = toPlot(plot, grid.aMin, b).y();
        painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y));
        painter.drawText(QRectF(plot.left() - 106, y - line / 2, 100, line),
                         Qt::AlignRight | Qt::AlignVCenter, numberAtStep(b, stepOf(bTicks)));
    }
    const LandscapeAxisNames names = axisNamesOf(m_picture.landscape);
    painter.drawText(QRectF(plot.left(), plot.bottom() + line * 1.4, plot.width(), line), Qt::AlignHCenter,
                     QString::fromStdString(names.labelA));
    painter.save();
    painter.translate(plot.left() - landscapeLeftMargin(metrics) + line * 0.2, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), Qt::AlignHCenter,
                     QString::fromStdString(names.labelB));
    painter.restore();
}

void LandscapePainter::drawColorBar(QPainter& painter, const QRectF& plot, const QColor& ink) const {
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    const QRectF bar(plot.right() + line, plot.top(), line * kLandscapeBarWidthLines, plot.height());
    for (int y = 0; y < static_cast<int>(bar.height()); ++y) {
        const double f = 1.0 - (y + 0.5) / bar.height();
        painter.fillRect(QRectF(bar.left(), bar.top() + y, bar.width(), 1.0), viridis(f));
    }
    painter.setPen(QPen(ink, 1.0));
    painter.drawRect(bar);
    const std::vector<double> ticks = scaleTicks(m_scale);
    // Powers of ten need no more than three digits.
    const double step = m_scale.logarithmic ? 0.0 : stepOf(ticks);
    for (double value : ticks) {
        const double y = bar.bottom() - m_scale.fraction(value) * bar.height();
        painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        painter.drawText(QRectF(bar.right() + 6, y - line / 2, 200, line), Qt::AlignLeft | Qt::AlignVCenter,
                         numberAtStep(value, step));
    }
    const QString name =
        m_scale.logarithmic ? LandscapePainterText::tr("E_total (log)") : LandscapePainterText::tr("E_total");
    painter.drawText(QRectF(bar.left() - line, bar.top() - line * 1.2, 200, line), Qt::AlignLeft, name);
}

void LandscapePainter::drawPaths(QPainter& painter, const QRectF& plot) const {
    painter.save();
    painter.setClipRect(plot.adjusted(-6, -6, 6, 6));
    const auto& paths = m_picture.landscape.paths;
    // The last (in compare mode the fastest, usually the longest) path first: the shorter ones stay on top.
    for (int p = static_cast<int>(paths.size()) - 1; p >= 0; --p) {
        const QColor color = pathColor(p);
        const auto& points = paths[static_cast<std::size_t>(p)].points;
        QPainterPath line;
        std::vector<QPointF> dots;
        std::optional<QPointF> selected;
        for (std::size_t k = 0; k < points.size(); ++k) {
            // A diverging run leaves the picture: its points far beyond the frame are not drawn.
            const QPointF at = toPlot(plot, points[k].a, points[k].b);
            if (!std::isfinite(at.x()) || !std::isfinite(at.y()) ||
                !plot.adjusted(-1e4, -1e4, 1e4, 1e4).contains(at))
                break;
            if (points[k].iteration == m_picture.landscape.iteration) selected = at;
            // A long run takes tiny steps: points within half a pixel of the last one drawn add nothing
            // to the picture but time (100,000 iterations would take a second to draw).
            if (!dots.empty() && (at - dots.back()).manhattanLength() < 0.5) continue;
            if (dots.empty())
                line.moveTo(at);
            else
                line.lineTo(at);
            dots.push_back(at);
        }
        if (dots.empty()) continue;
        // A white halo under each stroke keeps every colour readable on every part of the colour map.
        const QPen halo(QColor(255, 255, 255, 210), 4.5);
        const QPen stroke(color, 2.0);
        painter.strokePath(line, halo);
        painter.strokePath(line, stroke);
        if (dots.size() <= kMaxDots) {
            painter.setPen(QPen(Qt::white, 0.8));
            painter.setBrush(color);
            for (const QPointF& dot : dots) painter.drawEllipse(dot, 2.8, 2.8);
        }
        // The start: a hollow square; the selected iteration: a ring.
        QPainterPath marks;
        marks.addRect(QRectF(dots.front() - QPointF(6, 6), QSizeF(12, 12)));
        if (selected) marks.addEllipse(*selected, 9.0, 9.0);
        painter.strokePath(marks, halo);
        painter.strokePath(marks, stroke);
    }
    // The selected iteration's own weights, where the surface is exact: a white cross.
    const LandscapePoint& here = m_picture.landscape.selected;
    const QPointF at = toPlot(plot, here.a, here.b);
    painter.setPen(QPen(Qt::white, 2.0));
    painter.drawLine(at - QPointF(6, 6), at + QPointF(6, 6));
    painter.drawLine(at - QPointF(6, -6), at + QPointF(6, -6));
    painter.restore();
}

void LandscapePainter::drawTitleAndLegend(QPainter& painter, const QRectF& area, const QRectF& plot,
                                          const QColor& ink) const {
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    painter.setPen(ink);
    // The colour bar's name sits on the title's line, from the plot's right edge on.
    const double width = plot.right() - area.left() - 12;
    painter.drawText(QRectF(area.left() + 6, area.top() + line * 0.3, width, line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(m_picture.title, Qt::ElideRight, width));
    if (m_picture.pathNames.size() < 2) return;
    double x = area.left() + 6;
    const double y = area.top() + line * (kLandscapeTitleLines + 0.2);
    for (int p = 0; p < m_picture.pathNames.size(); ++p) {
        painter.fillRect(QRectF(x, y + line * 0.35, line * 1.2, line * 0.3), pathColor(p));
        x += line * 1.5;
        painter.setPen(ink);
        painter.drawText(QPointF(x, y + metrics.ascent()), m_picture.pathNames[p]);
        x += metrics.horizontalAdvance(m_picture.pathNames[p]) + line;
    }
}

} // namespace bplab::ui

#pragma once

#include "ui/common/app_theme.h"
#include "ui/sheet/boundary/decision_boundary_grid.h"

#include <QColor>
#include <QImage>
#include <QPalette>
#include <QRectF>
#include <QSize>

#include <memory>

class QPainter;

namespace bplab::ui {

// The decision map's colours on one palette: the low end (blue) through the palette's base colour at
// 0.5 to the high end (red). The middle is the background itself, so the boundary line, drawn in the
// palette's text colour, is as readable as text; the ends are moved in lightness until they stand
// 4.5 : 1 from the base, so both sides read on a light, a dark and a high-contrast desktop.
struct DecisionBoundaryColors {
    QColor low, middle, high;
    QColor ink; // axes, labels and the boundary line

    static DecisionBoundaryColors of(const QPalette& palette);
    // The colour of an output: clamped to [0, 1]; NaN grey.
    QColor at(double output) const;
};

// The WCAG minimum for graphics (1.4.11): the map's ends against its middle, a dot's outline against
// the map under it.
inline constexpr double kGraphicContrast = 3.0;

// Draws a DecisionBoundaryGrid: the heat map of the output, the 0.5 contour, the examples as dots
// filled with their target's colour and outlined in black or white (whichever stands out from the map
// around the dot), the x₁ and x₂ axes with ticks, and a colour bar. The heat map image is coloured
// once per grid and palette, so a repaint only scales it; the same drawing serves screen and export.
class DecisionBoundaryPainter {
public:
    static constexpr double kDotRadius = 5.0;
    static constexpr double kOutlineWidth = 2.0;

    DecisionBoundaryPainter() = default;
    DecisionBoundaryPainter(std::shared_ptr<const DecisionBoundaryGrid> grid, const QPalette& palette);

    // The sentence drawn when there is no grid ("this network has 3 inputs").
    void setMessage(const QString& message) { m_message = message; }
    const QString& message() const { return m_message; }
    bool isEmpty() const { return !m_grid || m_grid->isEmpty(); }
    const DecisionBoundaryGrid& grid() const;
    // Recolours the heat map for `palette` (a theme change, a light export of a dark window).
    void setPalette(const QPalette& palette);
    const DecisionBoundaryColors& colors() const { return m_colors; }
    // One line of what the picture shows, with its numbers: the share of the plane at or above 0.5 and
    // how many examples lie on their target's side. The title above the map.
    static QString summaryOf(const DecisionBoundaryGrid& grid);

    void paint(QPainter& painter, const QRectF& area) const;
    // Writes the picture at `size` as PNG, or SVG when the path ends in .svg (the window's export and
    // `sheet --boundary-image` both); false with a sentence in `error`.
    bool exportImage(const QString& path, QSize size, QString* error) const;
    // The square of the heat map within `area`.
    QRectF plotRect(const QRectF& area) const;
    // An input point (x1, x2) in the plot, and back.
    QPointF toPlot(const QRectF& plot, double x1, double x2) const;
    QPointF toInputs(const QRectF& plot, const QPointF& position) const;
    // The example whose dot is under `position` (the one drawn last where dots overlap), or -1.
    int exampleAt(const QRectF& plot, const QPointF& position) const;
    // The outline of a dot at `centre`: black or white, whichever has the larger least contrast against
    // the heat map's colours on and just around the dot's rim.
    QColor outlineAt(const QRectF& plot, const QPointF& centre) const;

private:
    QColor mapColorAt(const QRectF& plot, const QPointF& position) const;
    void drawHeatMap(QPainter& painter, const QRectF& plot) const;
    void drawBoundary(QPainter& painter, const QRectF& plot) const;
    void drawExamples(QPainter& painter, const QRectF& plot) const;
    void drawAxes(QPainter& painter, const QRectF& plot) const;
    void drawColorBar(QPainter& painter, const QRectF& plot) const;
    void drawTitle(QPainter& painter, const QRectF& area, const QRectF& plot) const;

    std::shared_ptr<const DecisionBoundaryGrid> m_grid; // shared with copies made for export
    DecisionBoundaryColors m_colors = DecisionBoundaryColors::of(lightPalette());
    QImage m_heatMap; // one pixel per grid point, x₂ upwards
    QString m_message;
};

} // namespace bplab::ui

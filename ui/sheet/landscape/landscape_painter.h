#pragma once

#include "core/sheet/landscape/landscape_contours.h"
#include "core/sheet/landscape/loss_landscape.h"

#include "ui/common/app_theme.h"

#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace bplab::ui {

// What the landscape shows: the computed landscape, the title above it and a name per path (the
// legend, shown when there is more than one path).
struct LandscapePicture {
    Landscape landscape;
    QString title;
    QStringList pathNames;
};

// The picture of a landscape with its title ("E_total over w5, w6 · others at iteration 3 · η = 0.5")
// and one legend entry per path when there are several (compare mode): the window's and the command
// line's.
LandscapePicture makeLandscapePicture(Landscape landscape, bool trainOnlyAxes);

// Draws a landscape: the heat map of E_total (viridis), contour lines, a colour bar with E_total values,
// axes labelled with the two parameters, and each path as a line with dots (start and selected
// iteration marked). The same drawing serves the view on screen and the PNG/SVG export. The heat map
// and the contour lines are computed once per picture, so a repaint only scales and strokes them.
class LandscapePainter {
public:
    static constexpr int kContourCount = 10;

    LandscapePainter() = default;
    explicit LandscapePainter(LandscapePicture picture);

    const LandscapePicture& picture() const { return m_picture; }
    const LevelScale& scale() const { return m_scale; }
    bool isEmpty() const { return m_picture.landscape.grid.size < 2; }

    // Paints into `area` (background included): the card in the palette's base colour, axes and
    // text in its text colour (the colour map itself is the same on every palette). Pictures for
    // export keep the light look.
    void paint(QPainter& painter, const QRectF& area, const QPalette& palette = lightPalette()) const;
    // The square of the heat map within `area`: equal scales on both axes, so the path of gradient
    // descent crosses the contour lines at right angles, as it does in the weights' own space.
    QRectF plotRect(const QRectF& area) const;
    // A point (a, b) of the landscape in the plot, and back.
    QPointF toPlot(const QRectF& plot, double a, double b) const;
    QPointF toParameters(const QRectF& plot, const QPointF& position) const;

    // The colour of path `index`: the loss chart's colour of the same run.
    static QColor pathColor(int index);

private:
    void drawHeatMap(QPainter& painter, const QRectF& plot) const;
    void drawContours(QPainter& painter, const QRectF& plot) const;
    void drawAxes(QPainter& painter, const QRectF& plot, const QColor& ink) const;
    void drawColorBar(QPainter& painter, const QRectF& plot, const QColor& ink) const;
    void drawPaths(QPainter& painter, const QRectF& plot) const;
    void drawTitleAndLegend(QPainter& painter, const QRectF& area, const QRectF& plot,
                            const QColor& ink) const;

    LandscapePicture m_picture;
    LevelScale m_scale;
    QImage m_heatMap; // one pixel per grid point, b upwards
    std::vector<std::vector<ContourSegment>> m_contours;
};

} // namespace bplab::ui

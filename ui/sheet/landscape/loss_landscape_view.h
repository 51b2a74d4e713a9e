#pragma once

#include "ui/common/picture_look.h"
#include "ui/sheet/landscape/landscape_painter.h"

#include <QWidget>

namespace bplab::ui {

// The loss landscape on screen: paints a LandscapePicture (see LandscapePainter) and reports where the
// mouse is in the weights' coordinates, for the read-out. Exports the same drawing as PNG or SVG.
class LossLandscapeView : public QWidget {
    Q_OBJECT
public:
    explicit LossLandscapeView(QWidget* parent = nullptr);

    // Shows the picture, and says it in the accessible description (see describe).
    void setPicture(LandscapePicture picture);
    const LandscapePainter& painter() const { return m_painter; }
    // What a picture shows, as a screen reader says it: its title, the selected point with its E_total,
    // and the ranges of the two weights and of E_total on the map.
    static QString describe(const LandscapePicture& picture);
    // The heat map's square on screen (for tests that point the mouse at a weight).
    QRectF plotRect() const;

    // Writes the picture at exactly `size` pixels, whatever the size on screen: PNG, or SVG for a path
    // ending in .svg; atomically. False with a sentence in `error` (a size out of range, a failed write).
    bool exportImage(const QString& path, QSize size, QString* error) const {
        return writeImage(m_painter, path, size, error, picturePalette(this));
    }
    // The same for any picture: the command line draws one without a window.
    // In `palette`'s colours: the light look for the command line, picturePalette() for the window.
    static bool writeImage(const LandscapePainter& painter, const QString& path, QSize size, QString* error,
                           const QPalette& palette = lightPalette());

    QSize sizeHint() const override { return {520, 420}; }
    QSize minimumSizeHint() const override { return {260, 220}; }

Q_SIGNALS:
    // The mouse is over the heat map at (a, b); or it left it.
    void hovered(double a, double b);
    void hoverLeft();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    LandscapePainter m_painter;
};

} // namespace bplab::ui

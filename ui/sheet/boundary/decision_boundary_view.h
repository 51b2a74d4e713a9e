#pragma once

#include "ui/common/picture_look.h"
#include "ui/sheet/boundary/decision_boundary_painter.h"

#include <QWidget>

namespace bplab::ui {

// For a network with two inputs: its output over the input plane as a heat map, the 0.5 boundary, and
// the training examples as dots (see DecisionBoundaryPainter). Hovering shows x₁, x₂ and the output
// there (and an example's target); the accessible description says what the picture shows in numbers.
// It knows nothing of the sheet: the owner hands it a DecisionBoundaryInput after every step or change
// of η, or a sentence when there is nothing to show.
class DecisionBoundaryView : public QWidget {
    Q_OBJECT
public:
    explicit DecisionBoundaryView(QWidget* parent = nullptr);

    // Evaluates the output on the grid (about 10^4 calls, once) and repaints from the cached picture.
    void setInput(DecisionBoundaryInput input);
    // Nothing to show: `sentence` in place of the picture and as its accessible description (the owner's
    // wording, e.g. "The decision boundary needs a network with two inputs; this one has 3.").
    void showMessage(const QString& sentence);

    const DecisionBoundaryPainter& painter() const { return m_painter; }
    // The heat map's square on screen (for tests that point at an input).
    QRectF plotRect() const;
    // What the tooltip says at `position`: the example under it (its output computed exactly), else x₁,
    // x₂ and the output at the nearest grid point; empty outside the map.
    QString toolTipAt(const QPointF& position) const;
    // The accessible description of a grid: ranges, share of the plane at or above 0.5, the examples on
    // their target's side, and the output's range (with a note when it leaves [0, 1]).
    static QString describe(const DecisionBoundaryGrid& grid);

    // Writes the picture at `size` pixels as PNG (or SVG for .svg), in the export's look; false with a
    // sentence in `error`.
    bool exportImage(const QString& path, QSize size, QString* error) const;
    // The same picture of `input` without a window (the command line's --boundary-image), in the light
    // look of every export.
    static bool exportImage(DecisionBoundaryInput input, const QString& path, QSize size, QString* error);

Q_SIGNALS:
    // After setInput or showMessage: a new picture, or none.
    void pictureChanged();

public:
    QSize sizeHint() const override { return {460, 400}; }
    QSize minimumSizeHint() const override { return {260, 240}; }

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    DecisionBoundaryPainter m_painter;
};

} // namespace bplab::ui

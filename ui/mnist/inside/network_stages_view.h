#pragma once

#include "core/mnist/data/class_names.h"
#include "core/mnist/network_inspection.h"

#include <QImage>
#include <QRect>
#include <QWidget>

#include <vector>

namespace bplab::ui {

// One image's trip through the CNN, stage by stage left to right as the data flows: each stage's
// name, shape and description over its maps, drawn on a colour scale of its own whose range is
// written under it. Hovering a cell shows its stage, map, row, column and value.
class NetworkStagesView : public QWidget {
    Q_OBJECT
public:
    explicit NetworkStagesView(QWidget* parent = nullptr);

    // `classes`: what the model's outputs are called ("Most probable class: circle"; digits by default).
    void setTrace(const NetworkTrace& trace, const ClassNames& classes = ClassNames::digits());
    void clear(const QString& placeholder);
    const NetworkTrace& trace() const { return m_trace; }
    bool hasTrace() const { return !m_boxes.empty(); }

    // "conv2, map 3, row 4, col 5: 0.1234" for the cell under `point` (widget pixels); empty over
    // no cell. The hover tooltip and the read-out line show it.
    QString cellTextAt(QPoint point) const;
    // Where stage `stage`'s picture lies in the widget, and that picture (for tests and exports).
    QRect pictureRect(int stage) const;
    QImage stagePicture(int stage) const;
    int stageCount() const { return static_cast<int>(m_boxes.size()); }

    // What a trace shows, as a screen reader says it (the accessible description): each stage with its
    // shape and the range of its values, then the most probable digit (or class, by its name).
    static QString describe(const NetworkTrace& trace, const ClassNames& classes = ClassNames::digits());

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void cellHovered(const QString& text); // empty when the mouse leaves the cells

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct StageBox {
        QString title;       // "conv2  8×22×22"
        QString description; // how it was computed
        QString range;       // "0 … 3.2 (viridis)"
        QImage picture;
        QImage legend;
        QRect pictureRect;
        int zoom = 1;
        int columns = 1;
    };
    void layOut();
    int columnWidth(const StageBox& box) const; // the picture, the title, or kMinWidth
    int headerHeight() const;

    NetworkTrace m_trace;
    std::vector<StageBox> m_boxes;
    QString m_placeholder;
};

} // namespace bplab::ui

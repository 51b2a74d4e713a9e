#include "ui/mnist/inside/network_stages_view.h"

#include "ui/common/locale_numbers.h"
#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/inside/inspection_pictures.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStringList>
#include <QToolTip>

#include <algorithm>
#include <iterator>

namespace bplab::ui {

namespace {

constexpr int kGap = 2;        // background pixels between the maps of a stage
constexpr int kStageGap = 18;  // between stages
constexpr int kMinWidth = 120; // a stage column, so its title and description fit
constexpr int kLegendHeight = 8;

// How each stage is drawn (maps per row, screen pixels per value), chosen so every stage is about
// 180–200 pixels tall: conv1's 4 maps of 24×24 stacked at ×2, … the 10 scores at ×18. In the
// order of networkStageNames().
struct StageLayout {
    int columns;
    int zoom;
};
constexpr StageLayout kLayouts[] = {{1, 2}, {2, 2}, {2, 4}, {4, 5}, {4, 3}, {2, 5}, {1, 11}, {1, 18}};

QString shapeText(const PlainTensor& tensor) {
    QStringList parts;
    for (const std::int64_t d : tensor.shape) parts << QString::number(d);
    return parts.join(QStringLiteral("×"));
}

// Scores are signed logits: white is 0 there. The other stages are read by their spread.
PictureScale scaleOf(const NetworkStage& stage) {
    return stage.name == "scores" ? PictureScale::Diverging : PictureScale::Sequential;
}

} // namespace

NetworkStagesView::NetworkStagesView(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setAccessibleName(tr("Network stages"));
    clear(tr("Train a model or load one to look inside it."));
}

QString NetworkStagesView::describe(const NetworkTrace& trace, const ClassNames& classes) {
    QStringList stages;
    for (const NetworkStage& stage : trace.stages) {
        const auto [low, high] = std::minmax_element(stage.output.values.begin(), stage.output.values.end());
        const QString name = QString::fromStdString(stage.name) + QLatin1Char(' ') + shapeText(stage.output);
        stages
            << (low == stage.output.values.end()
                    ? name
                    : tr("%1 from %2 to %3").arg(name).arg(localNumber(*low, 3)).arg(localNumber(*high, 3)));
    }
    // (A trace always ends in probabilities; one made without them says the stages alone.)
    if (trace.probabilities.empty())
        return tr("The stages, as the data flows: %1.").arg(stages.join(QStringLiteral("; ")));
    const auto best = std::max_element(trace.probabilities.begin(), trace.probabilities.end());
    const int label = static_cast<int>(best - trace.probabilities.begin());
    if (!classes.areDigits())
        return tr("The stages, as the data flows: %1. Most probable class: %2 (%3 %).")
            .arg(stages.join(QStringLiteral("; ")), classLabel(classes, label), localFixed(100.0 * *best, 1));
    return tr("The stages, as the data flows: %1. Most probable digit: %2 (%3 %).")
        .arg(stages.join(QStringLiteral("; ")))
        .arg(label)
        .arg(localFixed(100.0 * *best, 1));
}

void NetworkStagesView::clear(const QString& placeholder) {
    m_trace = {};
    m_boxes.clear();
    m_placeholder = placeholder;
    setAccessibleDescription(placeholder);
    updateGeometry();
    update();
}

void NetworkStagesView::setTrace(const NetworkTrace& trace, const ClassNames& classes) {
    m_trace = trace;
    m_boxes.clear();
    setAccessibleDescription(describe(trace, classes));
    for (std::size_t i = 0; i < trace.stages.size(); ++i) {
        const NetworkStage& stage = trace.stages[i];
        const StageLayout layout = kLayouts[std::min(i, std::size(kLayouts) - 1)];
        const PictureScale scale = scaleOf(stage);
        const ScaleRange range = scaleRange(stage.output, scale);
        StageBox box;
        box.title = QStringLiteral("%1  %2").arg(QString::fromStdString(stage.name), shapeText(stage.output));
        box.description = QString::fromStdString(stage.description);
        box.range =
            scale == PictureScale::Diverging
                ? tr("blue −%1 · white 0 · red +%1").arg(localNumber(range.high, 3))
                : tr("dark %1 … yellow %2").arg(localNumber(range.low, 3)).arg(localNumber(range.high, 3));
        box.zoom = layout.zoom;
        box.columns = layout.columns;
        box.picture = mapsPicture(stage.output, scale, layout.zoom, layout.columns, kGap);
        box.legend = legendPicture(scale, range, std::max(box.picture.width(), 60), kLegendHeight);
        m_boxes.push_back(box);
    }
    layOut();
}

int NetworkStagesView::headerHeight() const { return fontMetrics().height() * 4 + 6; }

int NetworkStagesView::columnWidth(const StageBox& box) const {
    QFont bold = font();
    bold.setBold(true);
    return std::max({kMinWidth, box.picture.width(), QFontMetrics(bold).horizontalAdvance(box.title) + 4});
}

void NetworkStagesView::layOut() {
    int x = kStageGap / 2;
    for (StageBox& box : m_boxes) {
        const int width = columnWidth(box);
        box.pictureRect =
            QRect(QPoint(x + (width - box.picture.width()) / 2, headerHeight()), box.picture.size());
        x += width + kStageGap;
    }
    updateGeometry();
    update();
}

QSize NetworkStagesView::sizeHint() const {
    if (m_boxes.empty()) return {400, 120};
    int height = 0;
    for (const StageBox& box : m_boxes) height = std::max(height, box.pictureRect.bottom());
    const StageBox& last = m_boxes.back();
    return {last.pictureRect.center().x() + columnWidth(last) / 2 + kStageGap,
            height + kLegendHeight + 2 * fontMetrics().height() + 12};
}

QRect NetworkStagesView::pictureRect(int stage) const {
    return stage >= 0 && stage < stageCount() ? m_boxes[static_cast<std::size_t>(stage)].pictureRect
                                              : QRect();
}

QImage NetworkStagesView::stagePicture(int stage) const {
    return stage >= 0 && stage < stageCount() ? m_boxes[static_cast<std::size_t>(stage)].picture : QImage();
}

QString NetworkStagesView::cellTextAt(QPoint point) const {
    for (std::size_t i = 0; i < m_boxes.size(); ++i) {
        const StageBox& box = m_boxes[i];
        if (!box.pictureRect.contains(point)) continue;
        const NetworkStage& stage = m_trace.stages[i];
        const auto cell =
            mapCellAt(stage.output, point - box.pictureRect.topLeft(), box.zoom, box.columns, kGap);
        if (!cell) return {};
        const QString name = QString::fromStdString(stage.name);
        if (stage.output.shape.size() == 1) // a vector: one value per map
            return tr("%1, value %2: %3").arg(name).arg(cell->map).arg(localNumber(cell->value, 4));
        return tr("%1, map %2, row %3, col %4: %5")
            .arg(name)
            .arg(cell->map)
            .arg(cell->row)
            .arg(cell->col)
            .arg(localNumber(cell->value, 4));
    }
    return {};
}

void NetworkStagesView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().color(QPalette::Text));
    if (m_boxes.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const int line = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);
    for (const StageBox& box : m_boxes) {
        const int width = columnWidth(box);
        const int left = box.pictureRect.center().x() - width / 2;
        painter.setFont(bold);
        painter.drawText(QRect(left, 2, width, line), Qt::AlignHCenter, box.title);
        painter.setFont(font());
        painter.drawText(QRect(left, line + 4, width, headerHeight() - line - 6),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, box.description);
        painter.drawImage(box.pictureRect.topLeft(), box.picture);
        const QRect legend(QPoint(left + (width - box.legend.width()) / 2, box.pictureRect.bottom() + 6),
                           box.legend.size());
        painter.drawImage(legend.topLeft(), box.legend);
        painter.drawText(QRect(left - kStageGap / 2, legend.bottom() + 2, width + kStageGap, 2 * line),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, box.range);
    }
}

void NetworkStagesView::mouseMoveEvent(QMouseEvent* event) {
    const QString text = cellTextAt(event->position().toPoint());
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    Q_EMIT cellHovered(text);
}

void NetworkStagesView::leaveEvent(QEvent*) { Q_EMIT cellHovered({}); }

} // namespace bplab::ui

#include "ui/mnist/results/digit_gallery.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStringList>
#include <QToolTip>

#include <algorithm>

namespace bplab::ui {

namespace {
constexpr int kScale = 2;    // 28 px digits drawn at 56 px
constexpr int kSpacing = 12; // room for captions such as "7→2 87%"
// A longer caption ("triangle→square 87%") widens every cell up to this many digit widths; past it
// the caption is cut short with "…" (the tooltip has it whole).
constexpr double kWidestCell = 2.5;

// A screen reader meets the gallery as a picture (its name and description say what it shows), not
// as an empty panel: Qt gives a plain QWidget the role of a client area.
QAccessibleInterface* galleryAccessible(const QString& className, QObject* object) {
    if (className != QLatin1String(DigitGallery::staticMetaObject.className())) return nullptr;
    auto* gallery = qobject_cast<DigitGallery*>(object);
    return gallery ? new QAccessibleWidget(gallery, QAccessible::Graphic) : nullptr;
}
} // namespace

QImage digitImage(const std::uint8_t* pixels) {
    QImage image(28, 28, QImage::Format_Grayscale8);
    for (int y = 0; y < 28; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < 28; ++x) line[x] = static_cast<uchar>(255 - pixels[y * 28 + x]);
    }
    return image;
}

DigitGallery::DigitGallery(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    static const bool roleInstalled = [] {
        QAccessible::installFactory(&galleryAccessible);
        return true;
    }();
    (void)roleInstalled;
    setAccessibleName(tr("Digits"));
}

void DigitGallery::setItems(const QList<Item>& items) {
    m_items = items;
    m_widestCaption = 0;
    for (const Item& item : m_items)
        m_widestCaption = std::max(m_widestCaption, fontMetrics().horizontalAdvance(item.caption));
    describe();
    updateGeometry();
    update();
}

void DigitGallery::setPlaceholder(const QString& text) {
    m_placeholder = text;
    describe();
    update();
}

void DigitGallery::setSummary(const QString& summary) {
    m_summary = summary;
    describe();
}

void DigitGallery::describe() {
    if (m_items.isEmpty()) return setAccessibleDescription(m_placeholder);
    QStringList first;
    for (qsizetype i = 0; i < std::min<qsizetype>(kItemsDescribed, m_items.size()); ++i)
        first << (m_items[i].spoken.isEmpty() ? m_items[i].caption : m_items[i].spoken);
    if (m_items.size() > kItemsDescribed) first << QStringLiteral("…");
    QString summary = m_summary;
    if (summary.isEmpty()) // spelled out: without a translation loaded, tr()'s %n would leave "digit(s)"
        summary = m_items.size() == 1 ? tr("1 digit shown") : tr("%1 digits shown").arg(m_items.size());
    setAccessibleDescription(tr("%1: %2").arg(summary, first.join(QStringLiteral(", "))));
}

QSize DigitGallery::cellSize() const {
    const int caption = m_widestCaption;
    const int narrowest = 28 * kScale + kSpacing; // MNIST's captions fit it
    const int width =
        std::clamp(caption + 4, narrowest, static_cast<int>(kWidestCell * 28 * kScale) + kSpacing);
    return {width, 28 * kScale + fontMetrics().height() + kSpacing + 2};
}

int DigitGallery::columns(int width) const { return std::max(1, width / cellSize().width()); }

int DigitGallery::heightForWidth(int width) const {
    const int rows = (static_cast<int>(m_items.size()) + columns(width) - 1) / columns(width);
    return std::max(cellSize().height(), rows * cellSize().height());
}

QSize DigitGallery::sizeHint() const {
    return {cellSize().width() * 10, heightForWidth(cellSize().width() * 10)};
}

void DigitGallery::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_items.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSize cell = cellSize();
    const int perRow = columns(width());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // crisp pixels, as the model sees them
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QRect image = itemRect(static_cast<int>(i));
        painter.drawImage(image, m_items[i].image);
        painter.setPen(palette().color(QPalette::Mid)); // a light digit's edge on a light base
        painter.drawRect(image.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::Text));
        const int left = static_cast<int>(i % perRow) * cell.width();
        painter.drawText(QRect(left, image.bottom() + 1, cell.width(), fontMetrics().height() + 2),
                         Qt::AlignHCenter | Qt::AlignTop,
                         fontMetrics().elidedText(m_items[i].caption, Qt::ElideRight, cell.width() - 2));
    }
}

bool DigitGallery::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int index = itemAt(help->pos());
        if (index >= 0 && !m_items[index].tooltip.isEmpty()) {
            QToolTip::showText(help->globalPos(), m_items[index].tooltip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

int DigitGallery::itemAt(QPoint point) const {
    const QSize cell = cellSize();
    if (point.x() < 0 || point.y() < 0 || point.x() >= columns(width()) * cell.width()) return -1;
    const int index = (point.y() / cell.height()) * columns(width()) + point.x() / cell.width();
    return index < m_items.size() ? index : -1;
}

QRect DigitGallery::itemRect(int index) const {
    const QSize cell = cellSize();
    const int perRow = columns(width());
    // The digit in the middle of its cell (a wide caption widens the cell, not the digit).
    return {(index % perRow) * cell.width() + (cell.width() - 28 * kScale) / 2,
            (index / perRow) * cell.height() + kSpacing / 2, 28 * kScale, 28 * kScale};
}

void DigitGallery::mouseReleaseEvent(QMouseEvent* event) {
    const int index = itemAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0 && m_items[index].source >= 0)
        Q_EMIT digitActivated(m_items[index].source);
    QWidget::mouseReleaseEvent(event);
}

} // namespace bplab::ui

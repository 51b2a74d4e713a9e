#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

#include <cstdint>

namespace bplab::ui {

// A 28×28 MNIST image as a greyscale QImage (ink dark on white, as people write).
QImage digitImage(const std::uint8_t* pixels);

// A wrapping grid of digit images, each with a caption ("7", or "true 4 → 9 (87 %)"). A screen reader
// meets a picture (role Graphic) with a name (the owner's, else "Digits") and a description: what is
// shown, how many, and the first few items in words ("60 mistakes shown, most confident first: 7 read
// as 2 (92 %), …"); while empty, the placeholder.
class DigitGallery : public QWidget {
    Q_OBJECT
public:
    struct Item {
        QImage image;
        QString caption;
        QString tooltip;
        int source = -1; // the image's index in its set (test or training); a click reports it
        // The item for a screen reader ("7 read as 2 (92 %)"); the caption when empty. "{}" lets the
        // brace lists of the four fields above leave it out.
        QString spoken{};
    };
    static constexpr int kItemsDescribed = 5; // the description lists this many items, then "…"

    explicit DigitGallery(QWidget* parent = nullptr);

    void setItems(const QList<Item>& items);
    void setPlaceholder(const QString& text); // shown while there are no items
    // What the items are, said before the first few of them ("60 mistakes shown, most confident
    // first"); empty: "N digits shown".
    void setSummary(const QString& summary);
    int itemCount() const { return static_cast<int>(m_items.size()); }
    const QList<Item>& items() const { return m_items; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    // Where item `index` is drawn (its digit, without the caption).
    QRect itemRect(int index) const;

Q_SIGNALS:
    // A digit with a source index was clicked: "Inside the network" looks at that image.
    void digitActivated(int source);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    int columns(int width) const;
    int itemAt(QPoint point) const; // -1 where there is none
    QSize cellSize() const;
    void describe();

    QList<Item> m_items;
    int m_widestCaption = 0; // in pixels, measured once per setItems (the cells' width follows it)
    QString m_placeholder;
    QString m_summary;
};

} // namespace bplab::ui

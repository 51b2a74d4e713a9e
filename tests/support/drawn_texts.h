#pragma once

// The texts a chart's scene draws, as a reader sees them: every visible text item (axis labels,
// titles, legend entries) with its place, lines a label wraps onto joined by spaces. The chart tests
// read what is drawn, not what was asked for, since Qt Charts may elide or drop a label.
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QList>
#include <QRectF>
#include <QString>

namespace bplab::test {

struct DrawnText {
    QString text;
    QRectF box; // scene coordinates
};

inline QList<DrawnText> drawnTexts(const QGraphicsScene& scene) {
    QList<DrawnText> texts;
    for (QGraphicsItem* item : scene.items()) {
        if (!item->isVisible()) continue;
        QString text;
        if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
            text = rich->toPlainText();
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            text = simple->text();
        else
            continue;
        for (const QChar separator :
             {QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator), QChar('\n')})
            text.replace(separator, QLatin1Char(' '));
        if (!text.isEmpty()) texts.append({text, item->sceneBoundingRect()});
    }
    return texts;
}

} // namespace bplab::test

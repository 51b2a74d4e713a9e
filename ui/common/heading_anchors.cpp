#include "ui/common/heading_anchors.h"

#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace bplab::ui {

QString headingAnchor(const QString& renderedText) {
    QString anchor;
    for (const QChar c : renderedText.toLower()) {
        if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
        else if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
    }
    return anchor;
}

int addHeadingAnchors(QTextDocument* document) {
    QHash<QString, int> seen;
    int named = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.length() <= 1) continue;
        const QString base = headingAnchor(block.text());
        const int repeats = seen.value(base);
        seen.insert(base, repeats + 1);
        const QString name = repeats == 0 ? base : base + QLatin1Char('-') + QString::number(repeats);
        if (block.begin().fragment().charFormat().anchorNames().contains(name)) continue;
        QTextCursor heading(block);
        heading.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true); // no href: a target to scroll to, not a link
        anchor.setAnchorNames({name});
        heading.mergeCharFormat(anchor);
        ++named;
    }
    return named;
}

} // namespace bplab::ui

#pragma once

#include <QString>

class QTextDocument;

namespace bplab::ui {

// Qt's Markdown reader gives headings no anchors, so a link to "exports.md#the-workbook" would open
// the page at its top. These name each heading as GitHub does, the rule tests/docs/check_links.py
// checks the docs' links with.

// GitHub's id for a heading's rendered text (code and emphasis marks already gone): lower case, every
// character that is not a letter, digit, mark, space, hyphen or underscore dropped, spaces as hyphens.
QString headingAnchor(const QString& renderedText);
// Makes every heading of `document` an anchor named by headingAnchor(), a repeated name getting -1,
// -2, … in page order; a heading that already carries its name is left alone. Returns how many
// headings it named (0: the document is left unchanged).
int addHeadingAnchors(QTextDocument* document);

} // namespace bplab::ui

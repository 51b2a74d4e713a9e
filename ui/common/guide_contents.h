#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace bplab::ui {

// The user guide as the resources hold it: docs/ compiled in under qrc:/docs/ (ui/common/CMakeLists.txt),
// each file at its repository path, so the pages' relative links and pictures resolve as on disk.

// One entry of the help window's page list: its title and its path under docs/ ("guide/sheet.md").
struct GuidePage {
    QString title;
    QString path;
};

// The language of the guide's pages: that of the default QLocale (which View › Language sets) where
// docs/ has a translation of the index (docs/de/README.md), else empty (the English pages).
QString guideLanguage();
// The address of a page given by its path under docs/ ("guide/exports.md", "guide/exports.md#anchor");
// an empty path is the index (docs/README.md). In a translated window, the page's translation where
// there is one (docs/de/guide/exports.md).
QUrl guideUrl(const QString& page);
// The licence (the repository's LICENSE file), compiled in beside the guide.
QUrl licenceUrl();
// The path under docs/ of a guide address ("guide/sheet.md"), without its #anchor; empty for an
// address outside the compiled-in docs.
QString guidePathOf(const QUrl& url);
// Whether the resources hold the file at this qrc: address.
bool isCompiledIn(const QUrl& url);
// The index first, then every page docs/README.md links to that the resources hold, in its order,
// titled by the link's text: the list cannot drift from the index.
QList<GuidePage> guideContents();

} // namespace bplab::ui

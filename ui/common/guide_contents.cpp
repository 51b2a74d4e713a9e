#include "ui/common/guide_contents.h"

#include "ui/common/app_language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace bplab::ui {

namespace {
const QString kDocsRoot = QStringLiteral("/docs/");
const QString kIndex = QStringLiteral("README.md");
} // namespace

QString guideLanguage() {
    const QString language = languageCodeOf(QLocale());
    return QFile::exists(QLatin1Char(':') + kDocsRoot + language + QLatin1Char('/') + kIndex) ? language
                                                                                              : QString();
}

QUrl guideUrl(const QString& page) {
    QString path = page.section(QLatin1Char('#'), 0, 0);
    if (path.isEmpty()) path = kIndex;
    // The page in the window's language where the guide has it (docs/de/guide/sheet.md); a path that
    // already names a language, or a page with no translation, stays as it is.
    const QString language = guideLanguage();
    if (!language.isEmpty() &&
        QFile::exists(QLatin1Char(':') + kDocsRoot + language + QLatin1Char('/') + path))
        path = language + QLatin1Char('/') + path;
    QUrl url;
    url.setScheme(QStringLiteral("qrc"));
    url.setPath(kDocsRoot + path);
    if (page.contains(QLatin1Char('#'))) url.setFragment(page.section(QLatin1Char('#'), 1));
    return url;
}

QUrl licenceUrl() { return QUrl(QStringLiteral("qrc:/LICENSE")); }

QString guidePathOf(const QUrl& url) {
    if (url.scheme() != QLatin1String("qrc") || !url.path().startsWith(kDocsRoot)) return {};
    return url.path().mid(kDocsRoot.size());
}

bool isCompiledIn(const QUrl& url) {
    return url.scheme() == QLatin1String("qrc") && QFile::exists(QLatin1Char(':') + url.path());
}

QList<GuidePage> guideContents() {
    QList<GuidePage> pages{{QCoreApplication::translate("GuideContents", "Contents"), kIndex}};
    QFile index(QLatin1Char(':') + guideUrl({}).path());
    if (!index.open(QIODevice::ReadOnly)) return pages;
    const QString text = QString::fromUtf8(index.readAll());
    // [title](path.md) or [title](path.md#anchor); pictures (![…]) are no pages.
    static const QRegularExpression link(QStringLiteral(R"((?<!!)\[([^\]]+)\]\(([^)#\s]+\.md)(#[^)]*)?\))"));
    for (auto match = link.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        const QUrl target = guideUrl({}).resolved(QUrl(found.captured(2)));
        const QString path = guidePathOf(target);
        const bool listed = std::any_of(pages.cbegin(), pages.cend(),
                                        [&](const GuidePage& page) { return page.path == path; });
        if (!path.isEmpty() && !listed && isCompiledIn(target)) pages.append({found.captured(1), path});
    }
    return pages;
}

} // namespace bplab::ui

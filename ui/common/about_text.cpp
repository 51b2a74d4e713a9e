#include "ui/common/about_text.h"

#include "ui/common/guide_contents.h"

#include <QCoreApplication>
#include <QFile>
#include <QtGlobal>

namespace bplab::ui {

namespace {
// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct AboutTextText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::AboutText)
};

QString row(const QString& name, const QString& value) {
    return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value);
}
} // namespace

QString licenceName() {
    QFile licence(QLatin1Char(':') + licenceUrl().path());
    if (!licence.open(QIODevice::ReadOnly)) return {};
    while (!licence.atEnd()) {
        const QString line = QString::fromUtf8(licence.readLine()).trimmed();
        if (!line.isEmpty()) return line;
    }
    return {};
}

QString aboutText(const AboutFacts& facts) {
    const QString licence = licenceName();
    const QString licenceLine =
        licence.isEmpty()
            ? AboutTextText::tr("see the file LICENSE that comes with Backprop Lab")
            : AboutTextText::tr("%1; read it under Help › User guide › Licence").arg(licence.toHtmlEscaped());
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1String(QT_VERSION_STR))
        qt = AboutTextText::tr("%1 (built with %2)").arg(qt, QLatin1String(QT_VERSION_STR));
    const QString kernels =
        facts.instructionSet.isEmpty()
            ? AboutTextText::tr("none on this processor (no AVX2): LibTorch's own operators train")
            : AboutTextText::tr("%1 (native CPU kernels)").arg(facts.instructionSet.toHtmlEscaped());
    return AboutTextText::tr(
               "<h3>Backprop Lab %1</h3><p>See how a neural network learns: backpropagation cell by cell, "
               "and a small CNN trained on MNIST.</p>")
               .arg(facts.version.toHtmlEscaped()) +
           QStringLiteral("<table>") + row(AboutTextText::tr("Licence"), licenceLine) +
           row(AboutTextText::tr("Qt"), qt) +
           row(AboutTextText::tr("LibTorch"), facts.libtorchVersion.toHtmlEscaped()) +
           row(AboutTextText::tr("Instruction set"), kernels) + QStringLiteral("</table>");
}

} // namespace bplab::ui

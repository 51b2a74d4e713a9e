#include "ui/common/about_text.h"

#include "ui/common/guide_contents.h"

#include <QCoreApplication>
#include <QFile>
#include <QtGlobal>

namespace bplab::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("AboutText", text); }

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
        licence.isEmpty() ? tr("see the file LICENSE that comes with Backprop Lab")
                          : tr("%1; read it under Help › User guide › Licence").arg(licence.toHtmlEscaped());
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1String(QT_VERSION_STR))
        qt = tr("%1 (built with %2)").arg(qt, QLatin1String(QT_VERSION_STR));
    const QString kernels = facts.instructionSet.isEmpty()
                                ? tr("none on this processor (no AVX2): LibTorch's own operators train")
                                : tr("%1 (native CPU kernels)").arg(facts.instructionSet.toHtmlEscaped());
    return tr("<h3>Backprop Lab %1</h3><p>See how a neural network learns: backpropagation cell by cell, "
              "and a small CNN trained on MNIST.</p>")
               .arg(facts.version.toHtmlEscaped()) +
           QStringLiteral("<table>") + row(tr("Licence"), licenceLine) + row(tr("Qt"), qt) +
           row(tr("LibTorch"), facts.libtorchVersion.toHtmlEscaped()) + row(tr("Instruction set"), kernels) +
           QStringLiteral("</table>");
}

} // namespace bplab::ui

#include "ui/common/sentence.h"

namespace bplab::ui {

QString asSentence(const QString& clause) {
    QString sentence = clause.trimmed();
    if (sentence.isEmpty()) return sentence;
    sentence[0] = sentence[0].toUpper();
    const QChar last = sentence.back();
    if (last != u'.' && last != u'!' && last != u'?' && last != QChar(0x2026)) sentence += u'.';
    return sentence;
}

} // namespace bplab::ui

#include "ui/common/sentence.h"

namespace bplab::ui {

QString asSentence(const QString& clause) {
    QString sentence = clause.trimmed();
    if (sentence.isEmpty()) return sentence;
    // A word ("the learning rate …") gets its capital; a symbol or name ("η must …", "w1 is …") keeps its
    // case, which is its meaning.
    const bool word = sentence.size() > 1 && sentence[0].isLower() && sentence[0].unicode() < 128 &&
                      (sentence[1].isLower() || sentence[1].isSpace());
    if (word) sentence[0] = sentence[0].toUpper();
    const QChar last = sentence.back();
    if (last != u'.' && last != u'!' && last != u'?' && last != QChar(0x2026)) sentence += u'.';
    return sentence;
}

} // namespace bplab::ui

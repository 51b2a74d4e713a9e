#pragma once

#include <QString>

namespace bplab::ui {

// The core words its problems as clauses ("the learning rate must be …") so that a caller can put
// them inside a sentence of its own. Where one stands alone, followed by another sentence, it needs a
// capital first and a full stop last (UX.md: errors are sentences); this adds what is missing.
QString asSentence(const QString& clause);

} // namespace bplab::ui

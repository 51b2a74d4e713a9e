#pragma once

#include "core/sheet/sheet_inputs.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace bplab::ui {

class SheetDocument;

// A one-sentence bar under the η control for a student who drags η high on a network that cannot
// diverge (bplab::cannotDiverge, measured at the slider's end): it says why and offers the divergence
// lesson. Hidden on every other network and below bplab::kHighLearningRate.
class DivergenceHint : public QFrame {
    Q_OBJECT
public:
    explicit DivergenceHint(const SheetDocument* document, QWidget* parent = nullptr);

    // Whether the hint applies to the document's current values (it shows exactly then).
    bool applies() const { return m_applies; }
    QString text() const;
    // The hint's link takes the Tab key right after `previous` (the η box it sits under); the last
    // control of the hint in the Tab order, for what comes after it.
    void followInTabOrder(QWidget* previous);
    QWidget* lastInTabOrder() const;

Q_SIGNALS:
    // The student clicked the link to the divergence lesson.
    void lessonRequested();

private:
    void follow();
    bool appliesAtSliderEnd(const SheetInputs& inputs, int iterations);

    const SheetDocument* m_document;
    QLabel* m_label;
    bool m_applies = false;
    // The measured answer for the last network (η aside): a drag changes only η, so it runs once.
    std::optional<std::pair<SheetInputs, int>> m_measuredFor;
    bool m_measured = false;
};

} // namespace bplab::ui

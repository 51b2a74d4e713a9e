#pragma once

#include "core/mnist/mnist_data.h"
#include "core/mnist/train_types.h"

#include <QObject>

#include <memory>

class QSplitter;
class QWidget;

namespace bplab::ui {

class ConfusionMatrixView;
class MistakesPanel;
class PerClassPanel;
struct MnistTabActions;

// The MNIST tab's results of an evaluation: the confusion matrix with the per-class bars beside it
// (one page, matrixPage()) and the misclassified digits (a page of their own, mistakes()). A matrix
// cell picked shows its mistakes; the bars' exports are served here. A QObject that wires the widgets,
// not a widget, because its two pages sit in different lower tabs (which own them).
class ResultsPane : public QObject {
    Q_OBJECT
public:
    // The widgets are made with `parent` (which also parents the export dialogs); serves `actions`'
    // per-class chart and CSV exports.
    ResultsPane(const MnistTabActions& actions, QWidget* parent);

    QSplitter* matrixPage() const { return m_matrixPage; }
    ConfusionMatrixView* confusion() const { return m_confusion; }
    PerClassPanel* perClass() const { return m_perClass; }
    MistakesPanel* mistakes() const { return m_mistakes; }

    // An evaluation's matrix, bars and mistakes; the mistakes' indices refer to `mnist`'s test images.
    void showEvaluation(std::shared_ptr<const MnistData> mnist, const Evaluation& evaluation);
    void clear(); // a new run: no results yet
    // A data set was loaded: what its images show (digits, or classes of the learner's own).
    void setClasses(const ClassNames& classes);

Q_SIGNALS:
    void notice(const QString& message); // a sentence for the status line
    // A matrix cell's mistakes are shown: the tab brings mistakes() to the front.
    void mistakesChosen();

private:
    void connectExports(const MnistTabActions& actions);
    // A confusion-matrix cell picked: shows its mistakes, or all again when it was already shown.
    void showCellMistakes(int trueDigit, int predicted);

    QWidget* m_dialogParent;
    ConfusionMatrixView* m_confusion;
    PerClassPanel* m_perClass;
    MistakesPanel* m_mistakes;
    QSplitter* m_matrixPage;
};

} // namespace bplab::ui

#include "ui/mnist/results/results_pane.h"

#include "ui/common/export_flow.h"
#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/mnist_tab_actions.h"
#include "ui/mnist/mnist_tab_text.h"
#include "ui/mnist/results/confusion_matrix_view.h"
#include "ui/mnist/results/mistakes_panel.h"
#include "ui/mnist/results/per_class_panel.h"

#include <QAction>
#include <QSplitter>

namespace bplab::ui {

ResultsPane::ResultsPane(const MnistTabActions& actions, QWidget* parent)
    : QObject(parent)
    , m_dialogParent(parent)
    , m_confusion(new ConfusionMatrixView(parent))
    , m_perClass(new PerClassPanel(parent))
    , m_mistakes(new MistakesPanel(parent))
    , m_matrixPage(new QSplitter(Qt::Horizontal, parent)) {
    // The per-class bars beside the matrix rather than under it: the lower strip is wide and short.
    m_matrixPage->addWidget(m_confusion);
    m_matrixPage->addWidget(m_perClass);
    m_matrixPage->setStretchFactor(1, 1);
    m_matrixPage->setSizes({360, 640}); // the matrix's square, and the rest for the bars
    connect(m_confusion, &ConfusionMatrixView::cellActivated, this, &ResultsPane::showCellMistakes);
    connect(m_mistakes, &MistakesPanel::filterChanged, this, [this] {
        const auto& filter = m_mistakes->filter();
        m_confusion->setChosenCell(filter ? std::optional(std::pair{filter->trueDigit, filter->predicted})
                                          : std::nullopt);
    });
    connectExports(actions);
}

void ResultsPane::connectExports(const MnistTabActions& actions) {
    auto notifyIfAny = [this](const QString& message) {
        if (!message.isEmpty()) Q_EMIT notice(message); // empty: the dialog was cancelled
    };
    connect(actions.exportPerClassChart, &QAction::triggered, this, [this, notifyIfAny] {
        notifyIfAny(askAndExportChart(m_dialogParent, QStringLiteral("per-class.png"),
                                      [this](const QString& path, QSize size, QString* error) {
                                          return m_perClass->exportImage(path, size, error);
                                      }));
    });
    connect(actions.exportPerClassCsv, &QAction::triggered, this, [this, notifyIfAny] {
        notifyIfAny(askAndSaveFile(
            m_dialogParent, MnistTabText::tr("Export per-class metrics"),
            QStringLiteral("mnist-per-class.csv"), MnistTabText::tr("CSV files (*.csv)"),
            [this](const QString& path, QString* error) { return m_perClass->exportCsv(path, error); },
            MnistTabText::tr("Per-class metrics saved to %1")));
    });
    // Right-click on the bars offers their exports, as the File menu does.
    m_perClass->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_perClass->addActions({actions.exportPerClassChart, actions.exportPerClassCsv});
}

void ResultsPane::showEvaluation(std::shared_ptr<const MnistData> mnist, const Evaluation& evaluation) {
    const QStringList names = mnist ? classLabels(mnist->classes) : QStringList();
    m_confusion->setMatrix(evaluation.confusion, names);
    m_perClass->setMatrix(evaluation.confusion, names);
    m_mistakes->setMistakes(std::move(mnist), evaluation.misclassified);
}

void ResultsPane::clear() {
    m_confusion->clear();
    m_perClass->clear();
    m_mistakes->clear();
}

void ResultsPane::setClasses(const ClassNames& classes) { m_mistakes->setClasses(classes); }

void ResultsPane::showCellMistakes(int trueDigit, int predicted) {
    const int count = m_confusion->matrix().at(trueDigit, predicted);
    if (trueDigit == predicted) {
        Q_EMIT notice(MnistTabText::tr(
                          "true %1, predicted %1: %2 correct answers. Only the mistakes are kept as images; "
                          "pick a cell off the diagonal to see them.")
                          .arg(trueDigit)
                          .arg(count));
        return;
    }
    const MistakesPanel::Cell cell{trueDigit, predicted};
    if (m_mistakes->filter() == cell) {
        m_mistakes->showAll();
        Q_EMIT notice(MnistTabText::tr("Showing all mistakes again."));
        return;
    }
    m_mistakes->showOnly(cell);
    Q_EMIT mistakesChosen();
    m_mistakes->setFocus(); // Esc shows all again
    Q_EMIT notice(
        MnistTabText::tr("%1. Show all (Esc) brings back every mistake.").arg(m_mistakes->filterText()));
}

} // namespace bplab::ui

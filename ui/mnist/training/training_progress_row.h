#pragma once

#include "core/mnist/train_types.h"
#include "ui/mnist/training/divergence_text.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace bplab::ui {

// Below the charts: a progress bar for the current epoch's batches, and the speed, time left and
// loss beside it.
class TrainingProgressRow : public QWidget {
    Q_OBJECT
public:
    enum class End { Completed, Stopped, Failed };

    explicit TrainingProgressRow(QWidget* parent = nullptr);

    void showStarting(int epochs);
    void showProgress(const BatchProgress& progress);
    // Clears the speed; the bar says "done" or "stopped", or keeps its last state after a failure.
    void showEnd(End end, int epochsDone);
    // The bar stays where the run diverged and says so ("diverged at epoch 2, batch 37 (η = 10)"),
    // with what set η (divergence_text.h).
    void showDiverged(const Divergence& divergence, const DivergenceRate& rate = {});
    QProgressBar* progressBar() const { return m_bar; }

private:
    void describe(); // the bar's accessible description: its text and the speed beside it

    QProgressBar* m_bar;
    QLabel* m_speed;
};

} // namespace bplab::ui

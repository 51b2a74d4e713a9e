#pragma once

#include "core/mnist/lr_range_test.h"

#include <optional>
#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace bplab::ui {

class LrRangeChart;
class LrRangeJob;

// "Find a learning rate": runs the range test on a fresh model built from the settings panel's
// recipe, draws smoothed loss against rate as it comes, marks the steepest descent and the blow-up,
// and offers the suggested one-cycle peak with one click (useRate). Non-modal: the tab stays usable.
class LrRangeDialog : public QDialog {
    Q_OBJECT
public:
    explicit LrRangeDialog(QWidget* parent = nullptr);
    ~LrRangeDialog() override;

    // The recipe and data the next test uses (the tab keeps them current).
    void setInput(const TrainConfig& recipe, std::shared_ptr<const MnistData> mnist);
    // While training runs, the test does not start (two LibTorch jobs would halve each other's speed),
    // and the Start button says so.
    void setTrainingRunning(bool running);
    bool isTestRunning() const;

    // Starts with the bounds typed in the dialog; false with a sentence in the status line otherwise.
    bool startTest();
    void cancelTest();

    LrRangeChart* chart() const { return m_chart; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* useButton() const { return m_use; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QSpinBox* batchesBox() const { return m_batches; }
    QString statusText() const;
    const LrRangeResult& result() const;

Q_SIGNALS:
    void useRate(double rate);
    void testRunningChanged(bool running);

private:
    void drainPoints();
    void onFinished(const QString& error);
    void updateControls();
    // The bar at the end of a test: full, with how it ended ("done: stopped at the blow-up after 57
    // of 60 batches"), or where a cancel or an error left it.
    void showEndOnProgressBar(const LrRangeResult& result, bool failed);
    // The bounds typed in the dialog; nothing, with a sentence in `error`, for text that is no usable rate.
    std::optional<LrRangeSettings> typedSettings(QString* error) const;

    LrRangeJob* m_job;
    LrRangeChart* m_chart;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QSpinBox* m_batches;
    QPushButton* m_start;
    QPushButton* m_use;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTimer* m_poll; // drains the worker's points into the chart, 10 times a second
    TrainConfig m_recipe;
    LrRangeSettings m_settings; // of the test shown
    std::shared_ptr<const MnistData> m_data;
    bool m_trainingRunning = false;
    int m_pointsShown = 0;
};

} // namespace bplab::ui

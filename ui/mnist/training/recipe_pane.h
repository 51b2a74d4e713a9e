#pragma once

#include "core/mnist/mnist_data.h"
#include "core/mnist/train_types.h"

#include <QGroupBox>

#include <memory>

class QTimer;

namespace bplab::ui {

class LrRangeDialog;
class TrainSettingsPanel;
struct MnistTabActions;

// The MNIST tab's "Hyperparameters" box: the recipe's fields (TrainSettingsPanel), Find a learning
// rate… (the range-test dialog, which trains on the recipe and data as they are when Start is
// pressed, and whose suggested rate comes back into the field) and Restore defaults.
class RecipePane : public QGroupBox {
    Q_OBJECT
public:
    // Shows and serves `actions`' findLearningRate and restoreDefaults.
    RecipePane(const MnistTabActions& actions, QWidget* parent = nullptr);

    TrainSettingsPanel* settings() const { return m_settings; }
    TrainConfig config() const;
    void setConfig(const TrainConfig& config);
    // The rate the current model trains at next (its peak, or a smaller one after a divergence).
    void setLearningRate(double rate);
    // A loaded checkpoint's recipe; the device stays this machine's (a checkpoint holds none).
    void showLoadedRecipe(const TrainConfig& config);
    // The data the range test trains on; nullptr while none is loaded.
    void setData(std::shared_ptr<const MnistData> mnist);

    // Training and the range test never run at once: the range test's action is off while training
    // runs (its tip says why), and the tab's training actions while the test runs.
    void showTrainingState(bool training, bool loaded);
    bool isRangeTestRunning() const;
    LrRangeDialog* rangeTestDialog() const { return m_rangeDialog; } // nullptr until first opened

Q_SIGNALS:
    void edited();
    // A second after the last edit: the time to save the recipe.
    void settled();
    void rangeTestRunningChanged();
    void notice(const QString& message); // a sentence for the status line

private:
    void restoreDefaults();
    void openRangeTest();
    void feedRangeTest(); // the recipe and the data, for the dialog's next Start
    void useRangeTestRate(double rate);

    const MnistTabActions& m_actions;
    TrainSettingsPanel* m_settings;
    QTimer* m_settleTimer;
    std::shared_ptr<const MnistData> m_data;
    LrRangeDialog* m_rangeDialog = nullptr; // made on first use
    bool m_training = false;
};

} // namespace bplab::ui

#pragma once

#include "core/mnist/train_types.h"

#include <QWidget>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

class QSpinBox;

namespace bplab::ui {

// The hyperparameters of an MNIST run, as widgets: one row per field of trainFields() (epochs, batch
// size, learning rate, ..., how many images to use), built from that table.
class TrainSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainSettingsPanel(QWidget* parent = nullptr);

    TrainConfig config() const;
    void setConfig(const TrainConfig& config);

    // The editor of the field with this key (its object name is the key too); nullptr for none.
    QWidget* editor(std::string_view key) const;
    QSpinBox* epochsBox() const;
    QSpinBox* trainLimitBox() const;
    QSpinBox* testLimitBox() const;
    QSpinBox* threadsBox() const;

    // The fields take the Tab key right after `previous`, top to bottom: the tab makes this panel before
    // the buttons drawn above it, so by creation order Tab would reach the fields first. The last field,
    // for what follows it.
    void followInTabOrder(QWidget* previous);
    QWidget* lastInTabOrder() const { return m_editors.back(); }

Q_SIGNALS:
    void edited();
    // A sentence for the status line about something the panel did on its own (the learning rate it
    // and weight decay it proposed when the optimizer changed).
    void notice(const QString& message);

private:
    void disableCudaWithoutGpu();
    void nameNativeKernels();
    // Greys out the fields that the chosen optimizer ignores (momentum for Adam, β for SGD).
    void showWhichFieldsApply();
    // After the user picks another optimizer: a rate and a weight decay still at the old optimizer's
    // suggestion become the new one's (Adam wants ~30× less rate than SGD; AdamW its own decay); values
    // the user chose stay.
    void proposeSuggestions(const std::string& previousOptimizer);
    // Sets the field `key` to suggestion(new optimizer) when it holds suggestion(previousOptimizer) and
    // the two differ; returns (old, new) then.
    std::optional<std::pair<double, double>> proposeValue(std::string_view key,
                                                          double (*suggestion)(std::string_view),
                                                          const std::string& previousOptimizer);

    std::vector<QWidget*> m_editors; // parallel to trainFields()
    std::string m_optimizer;         // the optimizer shown
    std::string m_previousOptimizer; // the one shown before it: what the user switched from
};

} // namespace bplab::ui

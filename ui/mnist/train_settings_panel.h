#pragma once

#include "core/mnist/train_types.h"

#include <QWidget>

#include <string_view>
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

Q_SIGNALS:
    void edited();

private:
    void disableCudaWithoutGpu();

    std::vector<QWidget*> m_editors; // parallel to trainFields()
};

} // namespace bplab::ui

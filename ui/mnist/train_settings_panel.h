#pragma once

#include "core/mnist/train_types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace bplab::ui {

// The hyperparameters of an MNIST run, as widgets: epochs, batch size, learning rate, momentum,
// schedule, dropout, augmentation, seed, threads, and how many images to use.
class TrainSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainSettingsPanel(QWidget* parent = nullptr);

    TrainConfig config() const;
    void setConfig(const TrainConfig& config);

    QSpinBox* epochsBox() const { return m_epochs; }
    QSpinBox* trainLimitBox() const { return m_trainLimit; }
    QSpinBox* testLimitBox() const { return m_testLimit; }
    QSpinBox* threadsBox() const { return m_threads; }

Q_SIGNALS:
    void edited();

private:
    QSpinBox* m_epochs;
    QSpinBox* m_batchSize;
    QDoubleSpinBox* m_learningRate;
    QDoubleSpinBox* m_momentum;
    QComboBox* m_schedule;
    QDoubleSpinBox* m_dropout;
    QCheckBox* m_augment;
    QSpinBox* m_seed;
    QSpinBox* m_threads;
    QComboBox* m_device;
    QSpinBox* m_trainLimit;
    QSpinBox* m_testLimit;
};

} // namespace bplab::ui

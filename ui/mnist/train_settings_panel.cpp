#include "ui/mnist/train_settings_panel.h"

#include "core/mnist/mnist_trainer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QStandardItemModel>

#include <thread>

namespace bplab::ui {

TrainSettingsPanel::TrainSettingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_epochs(new QSpinBox(this))
    , m_batchSize(new QSpinBox(this))
    , m_learningRate(new QDoubleSpinBox(this))
    , m_momentum(new QDoubleSpinBox(this))
    , m_schedule(new QComboBox(this))
    , m_dropout(new QDoubleSpinBox(this))
    , m_augment(new QCheckBox(tr("rotate ±7°, shift ±2 px"), this))
    , m_seed(new QSpinBox(this))
    , m_threads(new QSpinBox(this))
    , m_device(new QComboBox(this))
    , m_trainLimit(new QSpinBox(this))
    , m_testLimit(new QSpinBox(this)) {
    m_epochs->setRange(1, 1000);
    m_epochs->setToolTip(tr("Passes over the training set. Resume trains on up to this number."));
    m_batchSize->setRange(1, 60000);
    m_batchSize->setToolTip(tr("Images per SGD step"));
    m_learningRate->setDecimals(4);
    m_learningRate->setRange(0.0001, 10.0);
    m_learningRate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_learningRate->setToolTip(
        tr("Peak learning rate of the one-cycle schedule (the constant rate without it)"));
    m_momentum->setDecimals(3);
    m_momentum->setRange(0.0, 0.999);
    m_momentum->setSingleStep(0.05);
    m_momentum->setToolTip(tr("SGD momentum"));
    m_schedule->addItem(tr("one-cycle"), true);
    m_schedule->addItem(tr("constant"), false);
    m_schedule->setToolTip(tr("One-cycle: warm up to the peak rate over 30 % of the steps, then anneal"));
    m_dropout->setDecimals(2);
    m_dropout->setRange(0.0, 0.9);
    m_dropout->setSingleStep(0.05);
    m_dropout->setToolTip(tr("Probability of dropping an activation in the three dropout layers"));
    m_augment->setToolTip(tr("Random small rotations and shifts of the training images"));
    m_seed->setRange(0, 1'000'000);
    m_seed->setToolTip(tr("Same seed and thread count: the same run"));
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    m_threads->setRange(0, 1024);
    m_threads->setSpecialValueText(tr("all %1 cores").arg(cores));
    m_threads->setToolTip(tr("LibTorch threads for training (0: all cores)"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("GPU (CUDA)"), QStringLiteral("cuda"));
    if (!MnistTrainer::cudaAvailable()) {
        // Listed but unavailable, so users learn that a CUDA-enabled LibTorch would enable it.
        qobject_cast<QStandardItemModel*>(m_device->model())->item(1)->setEnabled(false);
        m_device->setToolTip(
            tr("Training device. This LibTorch has no CUDA support (or sees no GPU): CPU only."));
    } else {
        m_device->setToolTip(tr("Training device"));
    }
    m_trainLimit->setRange(0, 60000);
    m_trainLimit->setSingleStep(1000);
    m_trainLimit->setSpecialValueText(tr("all 60,000"));
    m_trainLimit->setToolTip(tr("Train on the first N images only, for a quick experiment"));
    m_testLimit->setRange(0, 10000);
    m_testLimit->setSingleStep(1000);
    m_testLimit->setSpecialValueText(tr("all 10,000"));
    m_testLimit->setToolTip(tr("Test on the first N test images only"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("&Batch size:"), m_batchSize);
    form->addRow(tr("&Learning rate:"), m_learningRate);
    form->addRow(tr("&Momentum:"), m_momentum);
    form->addRow(tr("Sc&hedule:"), m_schedule);
    form->addRow(tr("&Dropout:"), m_dropout);
    form->addRow(tr("&Augmentation:"), m_augment);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("&Threads:"), m_threads);
    form->addRow(tr("De&vice:"), m_device);
    form->addRow(tr("Training images:"), m_trainLimit);
    form->addRow(tr("Test images:"), m_testLimit);

    for (QSpinBox* box : {m_epochs, m_batchSize, m_seed, m_threads, m_trainLimit, m_testLimit}) {
        connect(box, &QSpinBox::valueChanged, this, &TrainSettingsPanel::edited);
    }
    for (QDoubleSpinBox* box : {m_learningRate, m_momentum, m_dropout}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainSettingsPanel::edited);
    }
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &TrainSettingsPanel::edited);
    connect(m_device, &QComboBox::currentIndexChanged, this, &TrainSettingsPanel::edited);
    connect(m_augment, &QCheckBox::toggled, this, &TrainSettingsPanel::edited);
    setConfig(TrainConfig{});
}

TrainConfig TrainSettingsPanel::config() const {
    TrainConfig config;
    config.epochs = m_epochs->value();
    config.batchSize = m_batchSize->value();
    config.learningRate = m_learningRate->value();
    config.momentum = m_momentum->value();
    config.oneCycle = m_schedule->currentData().toBool();
    config.dropout = m_dropout->value();
    config.augment = m_augment->isChecked();
    config.seed = static_cast<std::uint64_t>(m_seed->value());
    config.threads = m_threads->value();
    config.device = m_device->currentData().toString().toStdString();
    config.trainLimit = m_trainLimit->value();
    config.testLimit = m_testLimit->value();
    return config;
}

void TrainSettingsPanel::setConfig(const TrainConfig& config) {
    m_epochs->setValue(config.epochs);
    m_batchSize->setValue(config.batchSize);
    m_learningRate->setValue(config.learningRate);
    m_momentum->setValue(config.momentum);
    m_schedule->setCurrentIndex(config.oneCycle ? 0 : 1);
    m_dropout->setValue(config.dropout);
    m_augment->setChecked(config.augment);
    m_seed->setValue(static_cast<int>(config.seed));
    m_threads->setValue(config.threads);
    const int device = m_device->findData(QString::fromStdString(config.device));
    m_device->setCurrentIndex(device >= 0 ? device : 0);
    m_trainLimit->setValue(config.trainLimit);
    m_testLimit->setValue(config.testLimit);
}

} // namespace bplab::ui

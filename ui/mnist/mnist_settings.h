#pragma once

#include "core/mnist/train_types.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace bplab::ui {

// The MNIST trainer's persistent settings, each with its key and default.
class MnistSettings {
public:
    MnistSettings() = default;

    TrainConfig config() const; // default: the recipe that reaches 99.4 %
    void setConfig(const TrainConfig& config);
    QString dataDirectory() const; // default: empty, meaning the set-up's download folder
    void setDataDirectory(const QString& directory);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);

private:
    QSettings m_settings;
};

} // namespace bplab::ui

#pragma once

#include "core/sheet/sheet_inputs.h"
#include "core/mnist/train_types.h"

#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QString>

namespace bplab::ui {

// Every persistent setting of the app, with its key and default, in one place. Uses the
// organisation and application names that main() sets, so tests that enable
// QStandardPaths::setTestModeEnabled never touch a user's real settings.
class AppSettings {
public:
    AppSettings() = default;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    int currentTab() const; // default 0: the Backprop sheet
    void setCurrentTab(int index);

    // ---- Backprop sheet: what the student typed survives a restart ----
    // Default: the seed values. Unusable stored values (edited by hand) fall back to the seed.
    SheetInputs sheetInputs() const;
    void setSheetInputs(const SheetInputs& inputs);
    int sheetIterations() const; // default 100
    void setSheetIterations(int iterations);
    QByteArray sheetSplitterState(const QString& splitter) const;
    void setSheetSplitterState(const QString& splitter, const QByteArray& state);
    bool lossLogScale() const; // default false
    void setLossLogScale(bool logScale);
    QString compareRates() const; // default "0.1, 0.2, 0.5, 0.8, 1, 2"
    void setCompareRates(const QString& rates);
    double compareTargetLoss() const; // default 0.05
    void setCompareTargetLoss(double loss);
    int playStepsPerSecond() const; // default 8
    void setPlayStepsPerSecond(int steps);
    bool playByIteration() const; // default false: cell by cell
    void setPlayByIteration(bool byIteration);

    // ---- MNIST trainer ----
    TrainConfig mnistConfig() const; // default: the recipe that reaches 99.4 %
    void setMnistConfig(const TrainConfig& config);
    QString mnistDataDirectory() const; // default: empty, meaning the set-up's download folder
    void setMnistDataDirectory(const QString& directory);
    QByteArray mnistSplitterState() const;
    void setMnistSplitterState(const QByteArray& state);

    // ---- export ----
    QSize exportSize() const; // default 1200 × 800
    void setExportSize(QSize size);
    QString exportDirectory() const; // default: the user's Pictures folder
    void setExportDirectory(const QString& directory);

private:
    QSettings m_settings;
};

} // namespace bplab::ui

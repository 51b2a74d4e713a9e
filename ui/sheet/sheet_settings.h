#pragma once

#include "core/sheet/sheet_inputs.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace bplab::ui {

// The Backprop sheet's persistent settings, each with its key and default: what the student typed
// survives a restart. Unusable stored values (edited by hand) fall back to the defaults.
class SheetSettings {
public:
    SheetSettings() = default;

    SheetInputs inputs() const; // default: the seed values (no biases, squared error)
    void setInputs(const SheetInputs& inputs);
    int iterations() const; // default BackpropSheet::kDefaultIterationLimit
    void setIterations(int iterations);
    QByteArray splitterState(const QString& splitter) const;
    void setSplitterState(const QString& splitter, const QByteArray& state);
    bool lossLogScale() const; // default false
    void setLossLogScale(bool logScale);
    QString compareRates() const; // default "0.1, 0.2, 0.5, 0.8, 1, 2"
    void setCompareRates(const QString& rates);
    bool compareLosses() const; // default false: compare rates on the sheet's own loss only
    void setCompareLosses(bool both);
    double compareTargetLoss() const; // default 0.05
    void setCompareTargetLoss(double loss);
    int playStepsPerSecond() const; // default 8
    void setPlayStepsPerSecond(int steps);
    bool playByIteration() const; // default false: cell by cell
    void setPlayByIteration(bool byIteration);
    // The loss landscape's two axes as ids, "w5,w6" (default LandscapeAxes{}); checked by the pane.
    QString landscapeAxes() const;
    void setLandscapeAxes(const QString& axes);
    bool landscapeTrainOnlyAxes() const; // default false: the table's path
    void setLandscapeTrainOnlyAxes(bool only);
    bool saturationLogScale() const; // default false: the gradient's length on a linear axis
    void setSaturationLogScale(bool logScale);
    bool timeTravelRanksRelative() const; // default false: ranked by |B − A|
    void setTimeTravelRanksRelative(bool relative);
    // The own network as a version-2 scenario file's bytes (empty: none built yet), its iterations
    // included; checked by whoever reads it, as a file is.
    QByteArray ownNetwork() const;
    void setOwnNetwork(const QByteArray& scenarioJson);
    bool showsOwnNetwork() const; // default false: the seed sheet
    void setShowsOwnNetwork(bool shown);
    // How the own network's starting weights are drawn: "xavier,0.5,1" (init name, r, seed).
    QString ownNetworkStart() const;
    void setOwnNetworkStart(const QString& start);

private:
    QSettings m_settings;
};

} // namespace bplab::ui

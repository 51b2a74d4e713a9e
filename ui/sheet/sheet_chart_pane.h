#pragma once

#include <QWidget>

class QAction;
class QToolBar;

namespace bplab::ui {

class CompareRatesPanel;
class LossChart;
class SheetDocument;
class SheetSettings;

// The loss chart with its toolbar: the current run's curve, or in compare mode the compare panel's
// curves overlaid, on a linear or logarithmic axis. The sweep reruns only when the inputs change
// (SheetDocument::inputsChanged), never on a step.
class SheetChartPane : public QWidget {
    Q_OBJECT
public:
    SheetChartPane(const SheetDocument* document, CompareRatesPanel* compare, QWidget* parent = nullptr);

    LossChart* lossChart() const { return m_chart; }
    QAction* compareAction() const { return m_compareMode; }
    QAction* logScaleAction() const { return m_logScale; }
    // Puts `action` at the end of the toolbar, after a separator (the export, owned elsewhere).
    void appendToolBarAction(QAction* action);

    void refreshChart();
    void restoreSettings(const SheetSettings& settings);
    void saveSettings(SheetSettings& settings) const;

Q_SIGNALS:
    // Compare mode was switched on or off: the compare panel should be shown, or may be hidden.
    void compareModeToggled(bool on);

private:
    void createActions();
    void setCompareMode(bool on);

    const SheetDocument* m_document;
    CompareRatesPanel* m_compare;
    LossChart* m_chart;
    QToolBar* m_toolBar;
    QAction* m_compareMode = nullptr;
    QAction* m_logScale = nullptr;
};

} // namespace bplab::ui

#pragma once

#include "core/sheet/sheet_inputs.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace bplab::ui {

class CompareRatesPanel;
class DecisionBoundaryPane;
class FormulaBar;
class GradientCheckPanel;
class LossChart;
class LossLandscapePane;
class NetworkDiagram;
class NetworkValuesPanel;
class OwnNetworkController;
class OwnNetworkDiagram;
class QuizPanel;
class SaturationPanel;
class SheetChartPane;
class SheetDocument;
class SheetExports;
class SheetInputsPanel;
class SheetLessons;
class SheetSplitters;
class SheetStepper;
class SheetTableModel;
class SheetTableView;
class SheetValuesStack;
class TimeTravelPanel;

// The "Backprop sheet" tab: the values panel and step controls on the left, the formula bar on top,
// the sheet, the live network diagram and gradient check, and the loss chart (one rate or several
// compared). Owns the SheetDocument every part reads from, and wires the parts to it and to the
// settings. Each part does one job: SheetTableView, SheetStepper, SheetChartPane, SheetExports,
// SheetSplitters.
class BackpropSheetTab : public QWidget {
    Q_OBJECT
public:
    explicit BackpropSheetTab(QWidget* parent = nullptr);
    ~BackpropSheetTab() override;

    SheetDocument* document() const { return m_document; }
    SheetInputsPanel* inputsPanel() const { return m_inputs; }
    NetworkValuesPanel* networkValuesPanel() const { return m_networkValues; }
    SheetValuesStack* valuesStack() const { return m_values; }
    SheetTableModel* tableModel() const;
    QTableView* tableView() const;
    FormulaBar* formulaBar() const { return m_formulaBar; }
    LossChart* lossChart() const;
    NetworkDiagram* networkDiagram() const { return m_diagram; }
    OwnNetworkDiagram* ownNetworkDiagram() const { return m_ownDiagram; }
    DecisionBoundaryPane* decisionBoundary() const { return m_boundary; }
    GradientCheckPanel* gradientCheck() const { return m_gradientCheck; }
    CompareRatesPanel* comparePanel() const { return m_compare; }
    LossLandscapePane* landscapePane() const { return m_landscape; }
    // The Lessons menu's actions, the lesson panel and the divergence hint.
    SheetLessons* lessons() const { return m_lessons; }
    QuizPanel* quizPanel() const { return m_quiz; }
    SaturationPanel* saturationPanel() const { return m_saturation; }
    TimeTravelPanel* timeTravelPanel() const { return m_timeTravel; }
    QTabWidget* lowerTabs() const { return m_lowerTabs; }

    // Actions for the window's "Sheet" menu, with window-wide shortcuts.
    QList<QAction*> sheetActions() const;
    // The window switches the actions off while another tab is shown (and back on).
    void setActionsEnabled(bool enabled);
    QAction* stepCellAction() const;
    QAction* stepIterationAction() const;
    QAction* playAction() const;
    QAction* runToEndAction() const;
    QAction* resetAction() const;
    QAction* resetValuesAction() const { return m_resetValues; }
    // Loads the classic worked example's lesson (bplab::classicWorkedExample's values) in one click.
    QAction* workedExampleAction() const { return m_workedExample; }
    QAction* compareAction() const;
    QAction* quizAction() const;
    QAction* logScaleAction() const;
    QAction* exportChartAction() const;
    QAction* exportCsvAction() const;
    QAction* exportWorkbookAction() const;
    // What the window's File menu holds while the sheet is shown: the scenario files; the loss chart and
    // the table; then each lower view's exports.
    QList<QList<QAction*>> fileSections() const;

    bool exportChart(const QString& path, QSize size, QString* error);
    bool exportCsv(const QString& path, QString* error);
    bool exportWorkbook(const QString& path, QString* error);
    void saveSettings() const;
    // Emits statusMessage with a sentence about where the sheet stands.
    void announceStatus();

Q_SIGNALS:
    // A sentence for the status bar: what happened, or what is wrong and what to do.
    void statusMessage(const QString& message);

protected:
    // A new palette (View › Theme, or the desktop's) recolours the stage legend.
    void changeEvent(QEvent* event) override;

private:
    QWidget* createSheetPane();
    QTabWidget* createLowerTabs();
    void createActionGroup();
    void connectParts();
    void connectViews(); // the quiz, saturation and time-travel tabs
    void restoreSettings();
    void onInputsEdited();
    void onIterationsEdited(int iterations);
    void showValues(const SheetInputs& inputs); // into the values panel, then into the document
    // The seed sheet or an own network is shown: the seed's diagram, or the own network's diagram and
    // its decision boundary (with its export), and the help page and Reset values that go with it.
    void showSheetKind(bool seed);

    SheetDocument* m_document;
    SheetInputsPanel* m_inputs;
    NetworkValuesPanel* m_networkValues;
    SheetValuesStack* m_values;
    OwnNetworkController* m_ownNetwork;
    SheetTableView* m_table;
    FormulaBar* m_formulaBar;
    NetworkDiagram* m_diagram;
    OwnNetworkDiagram* m_ownDiagram;
    DecisionBoundaryPane* m_boundary;
    GradientCheckPanel* m_gradientCheck;
    CompareRatesPanel* m_compare;
    SheetChartPane* m_chartPane;
    SheetExports* m_exports;
    QAction* m_resetValues;
    QAction* m_workedExample;
    QTimer* m_saveTimer; // saves what was typed shortly after the last edit, not only on close
    QTabWidget* m_lowerTabs = nullptr;
    QLabel* m_legend = nullptr; // the stage colours above the table
    LossLandscapePane* m_landscape = nullptr;
    QuizPanel* m_quiz = nullptr;             // made with the lower tabs
    SaturationPanel* m_saturation = nullptr; // made with the lower tabs
    TimeTravelPanel* m_timeTravel = nullptr; // made with the lower tabs
    SheetStepper* m_stepper = nullptr;
    SheetSplitters* m_splitters = nullptr;
    SheetLessons* m_lessons = nullptr;
    QActionGroup* m_actionGroup = nullptr;
};

} // namespace bplab::ui

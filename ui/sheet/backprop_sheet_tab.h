#pragma once

#include <QWidget>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace bplab::ui {

class CompareRatesPanel;
class FormulaBar;
class GradientCheckPanel;
class LossChart;
class NetworkDiagram;
class SheetDocument;
class SheetInputsPanel;
class SheetTableModel;

// The "Backprop sheet" tab: the values panel and step controls on the left, the formula bar on top,
// the sheet, the live network diagram and gradient check, and the loss chart (one rate or several
// compared). Owns the SheetDocument every part reads from.
class BackpropSheetTab : public QWidget {
    Q_OBJECT
public:
    explicit BackpropSheetTab(QWidget* parent = nullptr);
    ~BackpropSheetTab() override;

    SheetDocument* document() const { return m_document; }
    SheetInputsPanel* inputsPanel() const { return m_inputs; }
    SheetTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    FormulaBar* formulaBar() const { return m_formulaBar; }
    LossChart* lossChart() const { return m_chart; }
    NetworkDiagram* networkDiagram() const { return m_diagram; }
    GradientCheckPanel* gradientCheck() const { return m_gradientCheck; }
    CompareRatesPanel* comparePanel() const { return m_compare; }

    // Actions for the window's "Sheet" menu, with window-wide shortcuts.
    QList<QAction*> sheetActions() const;
    // The window switches the actions off while another tab is shown (and back on).
    void setActionsEnabled(bool enabled);
    QAction* stepCellAction() const { return m_stepCell; }
    QAction* stepIterationAction() const { return m_stepIteration; }
    QAction* playAction() const { return m_play; }
    QAction* runToEndAction() const { return m_runToEnd; }
    QAction* resetAction() const { return m_reset; }
    QAction* resetValuesAction() const { return m_resetValues; }
    QAction* compareAction() const { return m_compareMode; }
    QAction* logScaleAction() const { return m_logScale; }
    QAction* exportChartAction() const { return m_exportChart; }
    QAction* exportCsvAction() const { return m_exportCsv; }

    bool exportChart(const QString& path, QSize size, QString* error);
    bool exportCsv(const QString& path, QString* error);
    void saveSettings() const;
    // Emits statusMessage with a sentence about where the sheet stands.
    void announceStatus();

Q_SIGNALS:
    // A sentence for the status bar: what happened, or what is wrong and what to do.
    void statusMessage(const QString& message);

private:
    void createActions();
    QWidget* createControls();
    QWidget* createChartPane();
    void restoreSettings();
    void onInputsEdited();
    void onIterationsEdited(int iterations);
    void onDocumentChanged();
    void onTableClicked(const QModelIndex& index);
    void refreshChart();
    void setPlaying(bool playing);
    void playTick();
    void showCurrentCell(); // scrolls the table to the cell under the cursor
    void askExportChart();
    void askExportCsv();

    SheetDocument* m_document;
    SheetInputsPanel* m_inputs;
    SheetTableModel* m_model;
    QTableView* m_table;
    FormulaBar* m_formulaBar;
    LossChart* m_chart;
    NetworkDiagram* m_diagram;
    GradientCheckPanel* m_gradientCheck;
    CompareRatesPanel* m_compare;
    QTimer* m_playTimer;
    QTimer* m_saveTimer; // saves what was typed shortly after the last edit, not only on close
    QSpinBox* m_playSpeed = nullptr;
    QComboBox* m_playMode = nullptr;
    QTabWidget* m_lowerTabs = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_rightSplitter = nullptr;
    QSplitter* m_bottomSplitter = nullptr;

    QActionGroup* m_actionGroup = nullptr;
    QAction* m_stepCell = nullptr;
    QAction* m_stepIteration = nullptr;
    QAction* m_play = nullptr;
    QAction* m_runToEnd = nullptr;
    QAction* m_reset = nullptr;
    QAction* m_resetValues = nullptr;
    QAction* m_compareMode = nullptr;
    QAction* m_logScale = nullptr;
    QAction* m_exportChart = nullptr;
    QAction* m_exportCsv = nullptr;
};

} // namespace bplab::ui

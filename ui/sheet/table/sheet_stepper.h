#pragma once

#include <QGroupBox>

class QAction;
class QComboBox;
class QSpinBox;
class QTimer;

namespace bplab::ui {

class SheetDocument;
class SheetSettings;

// The "Step through" box: Step cell, Step iteration, Play/Pause, Run to end and Reset, each an action
// with its shortcut, plus Play's speed and whether it steps cell by cell or row by row. Every step
// goes to the document; the views follow the document.
class SheetStepper : public QGroupBox {
    Q_OBJECT
public:
    // `resetValues` (the values panel's reset, owned elsewhere) gets a button beside Reset.
    SheetStepper(SheetDocument* document, QAction* resetValues, QWidget* parent = nullptr);

    QAction* stepCellAction() const { return m_stepCell; }
    QAction* stepIterationAction() const { return m_stepIteration; }
    QAction* playAction() const { return m_play; }
    QAction* runToEndAction() const { return m_runToEnd; }
    QAction* resetAction() const { return m_reset; }
    // Play's speed and mode: the last controls of the left column, in the Tab order too.
    QSpinBox* playSpeedBox() const { return m_playSpeed; }
    QComboBox* playModeBox() const { return m_playMode; }
    // Puts Play's speed and mode right after `previous` in the Tab order: the tab makes this box after
    // the table and the lower views, so by creation order Tab would reach it last.
    void followInTabOrder(QWidget* previous);

    void setPlaying(bool playing);
    // Matches the actions to the sheet: nothing left to run, or a Play that reached the end.
    void followDocument();
    void restoreSettings(const SheetSettings& settings);
    void saveSettings(SheetSettings& settings) const;

Q_SIGNALS:
    // A step moved the cursor (not a reset or an edit): the table scrolls to the new cell.
    void stepped();

private:
    void connectActions();
    void createControls(QAction* resetValues);
    void step(bool wholeIteration); // a user's step: a finished run starts over
    void advance(bool wholeIteration);
    void playTick();

    SheetDocument* m_document;
    QTimer* m_playTimer;
    QAction* m_stepCell;
    QAction* m_stepIteration;
    QAction* m_play;
    QAction* m_runToEnd;
    QAction* m_reset;
    QSpinBox* m_playSpeed = nullptr; // made with the other controls
    QComboBox* m_playMode = nullptr;
};

} // namespace bplab::ui

#include "ui/sheet/table/sheet_stepper.h"

#include "ui/common/widget_helpers.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_settings.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace bplab::ui {

namespace {
// Shortcut lists as functions, not braces in the constructor's initializer list: lupdate takes the first
// brace there for the body and files the later tr() strings under the wrong context.
// A menu shows only the first shortcut: F10, the one that also works while a text box has the focus
// (Space types there).
QList<QKeySequence> stepCellShortcuts() { return {Qt::Key_F10, Qt::Key_Space}; }
QList<QKeySequence> shortcut(const QKeySequence& key) { return {key}; }
} // namespace

SheetStepper::SheetStepper(SheetDocument* document, QAction* resetValues, QWidget* parent)
    : QGroupBox(tr("Step through"), parent)
    , m_document(document)
    , m_playTimer(new QTimer(this))
    , m_stepCell(makeAction(tr("Step &cell"),
                            tr("Evaluate the next cell (Space or F10); a finished run starts over"),
                            stepCellShortcuts(), this))
    , m_stepIteration(
          makeAction(tr("Step &iteration"),
                     tr("Evaluate up to the end of the iteration (F11); a finished run starts over"),
                     shortcut(Qt::Key_F11), this))
    , m_play(makeAction(tr("&Play"), tr("Step automatically at the chosen speed (Ctrl+P)"),
                        shortcut(Qt::CTRL | Qt::Key_P), this))
    , m_runToEnd(makeAction(tr("Run to &end"), tr("Evaluate every iteration (Ctrl+End)"),
                            shortcut(Qt::CTRL | Qt::Key_End), this))
    , m_reset(makeAction(tr("&Reset"),
                         tr("Back to iteration 0 with nothing computed, to step from the start (Ctrl+R)"),
                         shortcut(Qt::CTRL | Qt::Key_R), this)) {
    m_play->setCheckable(true);
    connectActions();
    createControls(resetValues);
    connect(m_playTimer, &QTimer::timeout, this, &SheetStepper::playTick);
    connect(m_document, &SheetDocument::changed, this, &SheetStepper::followDocument);
}

void SheetStepper::connectActions() {
    connect(m_stepCell, &QAction::triggered, this, [this] { step(/*wholeIteration=*/false); });
    connect(m_stepIteration, &QAction::triggered, this, [this] { step(/*wholeIteration=*/true); });
    connect(m_runToEnd, &QAction::triggered, m_document, &SheetDocument::runToEnd);
    connect(m_reset, &QAction::triggered, this, [this] {
        setPlaying(false);
        m_document->reset();
    });
    connect(m_play, &QAction::toggled, this, &SheetStepper::setPlaying);
}

void SheetStepper::createControls(QAction* resetValues) {
    auto* grid = new QGridLayout(this);
    grid->addWidget(makeActionButton(m_stepCell, this), 0, 0);
    grid->addWidget(makeActionButton(m_stepIteration, this), 0, 1);
    grid->addWidget(makeActionButton(m_play, this), 1, 0);
    grid->addWidget(makeActionButton(m_runToEnd, this), 1, 1);
    grid->addWidget(makeActionButton(m_reset, this), 2, 0);
    grid->addWidget(makeActionButton(resetValues, this), 2, 1);
    // Space steps the sheet from anywhere in the window. A focused button would take Space as its own
    // click (Reset instead of Step), so these buttons never take focus; each has a shortcut and a menu entry.
    for (QToolButton* button : findChildren<QToolButton*>()) button->setFocusPolicy(Qt::NoFocus);
    m_playSpeed = new QSpinBox(this);
    m_playSpeed->setRange(1, 60);
    m_playSpeed->setSuffix(tr(" steps/s"));
    m_playSpeed->setToolTip(tr("How fast Play steps"));
    m_playMode = new QComboBox(this);
    m_playMode->addItems({tr("cell by cell"), tr("row by row")});
    m_playMode->setToolTip(tr("Whether Play evaluates one cell or one whole iteration per step"));
    // Named for a screen reader: unnamed, both would be called after the group box ("Step through"),
    // and on Linux a combo box is named only by its label.
    m_playSpeed->setAccessibleName(tr("Play speed"));
    auto* playLabel = new QLabel(tr("Play:"), this);
    playLabel->setBuddy(m_playMode);
    auto* playRow = new QHBoxLayout;
    playRow->addWidget(playLabel);
    playRow->addWidget(m_playSpeed, 1);
    playRow->addWidget(m_playMode, 1);
    grid->addLayout(playRow, 3, 0, 1, 2);
    connect(m_playSpeed, &QSpinBox::valueChanged, this,
            [this](int stepsPerSecond) { m_playTimer->setInterval(1000 / stepsPerSecond); });
}

void SheetStepper::followInTabOrder(QWidget* previous) {
    QWidget::setTabOrder(previous, m_playSpeed);
    QWidget::setTabOrder(m_playSpeed, m_playMode);
}

void SheetStepper::restoreSettings(const SheetSettings& settings) {
    m_playSpeed->setValue(settings.playStepsPerSecond());
    m_playTimer->setInterval(1000 / m_playSpeed->value());
    m_playMode->setCurrentIndex(settings.playByIteration() ? 1 : 0);
}

void SheetStepper::saveSettings(SheetSettings& settings) const {
    settings.setPlayStepsPerSecond(m_playSpeed->value());
    settings.setPlayByIteration(m_playMode->currentIndex() == 1);
}

void SheetStepper::step(bool wholeIteration) {
    // Stepping a finished run starts it over from iteration 0, so Step is never a dead button.
    if (m_document->engine().atEnd()) m_document->reset();
    advance(wholeIteration);
}

void SheetStepper::advance(bool wholeIteration) {
    if (wholeIteration)
        m_document->stepIteration();
    else
        m_document->stepCell();
    Q_EMIT stepped();
}

void SheetStepper::followDocument() {
    const bool atEnd = m_document->engine().atEnd();
    m_runToEnd->setEnabled(!atEnd);
    if (atEnd && m_play->isChecked()) m_play->setChecked(false);
}

void SheetStepper::setPlaying(bool playing) {
    if (playing && m_document->engine().atEnd()) {
        // Playing a finished run would do nothing: start it over, which is what Play means here.
        m_document->reset();
    }
    if (playing)
        m_playTimer->start();
    else
        m_playTimer->stop();
    if (m_play->isChecked() != playing) m_play->setChecked(playing);
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
}

void SheetStepper::playTick() {
    advance(/*wholeIteration=*/m_playMode->currentIndex() == 1);
    if (m_document->engine().atEnd()) setPlaying(false);
}

} // namespace bplab::ui

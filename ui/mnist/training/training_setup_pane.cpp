#include "ui/mnist/training/training_setup_pane.h"

#include "ui/common/widget_helpers.h"
#include "ui/mnist/data/mnist_data_pane.h"
#include "ui/mnist/mnist_tab_actions.h"
#include "ui/mnist/mnist_tab_text.h"
#include "ui/mnist/training/recipe_pane.h"
#include "ui/mnist/training/train_settings_panel.h"
#include "ui/mnist/training/training_controller.h"

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

TrainingSetupPane::TrainingSetupPane(const MnistTabActions& actions, const TrainingController* controller,
                                     QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_controller(controller)
    , m_data(new MnistDataPane(actions, this))
    , m_recipe(new RecipePane(actions, this)) {
    // Train, Stop and Resume never scroll away: the boxes above them do.
    QWidget* panel = makeSidePanel({m_data, m_recipe}, {createRunBox()}, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel);
    // Tab goes top to bottom, as drawn. (After makeSidePanel: a widget that changes parent moves to
    // the end of the focus chain, which would undo an order set before.)
    m_recipe->settings()->followInTabOrder(m_data->chooseButton());

    connect(m_data, &MnistDataPane::notice, this, &TrainingSetupPane::notice);
    connect(m_recipe, &RecipePane::notice, this, &TrainingSetupPane::notice);
    connect(m_data, &MnistDataPane::loaded, this, [this] {
        m_recipe->setData(m_data->data());
        updateActions();
    });
    connect(m_data, &MnistDataPane::fetchingChanged, this, &TrainingSetupPane::updateActions);
    connect(m_recipe, &RecipePane::edited, this, &TrainingSetupPane::updateActions);
    connect(m_recipe, &RecipePane::rangeTestRunningChanged, this, &TrainingSetupPane::updateActions);
}

QWidget* TrainingSetupPane::createRunBox() {
    auto* run = new QGroupBox(MnistTabText::tr("Run"), this);
    auto* grid = new QGridLayout(run);
    grid->addWidget(makeActionButton(m_actions.train, run), 0, 0);
    grid->addWidget(makeActionButton(m_actions.stop, run), 0, 1);
    grid->addWidget(makeActionButton(m_actions.resume, run), 1, 0, 1, 2);
    grid->addWidget(makeActionButton(m_actions.saveModel, run), 2, 0);
    grid->addWidget(makeActionButton(m_actions.loadModel, run), 2, 1);
    return run;
}

void TrainingSetupPane::updateActions() {
    const bool running = m_controller->isRunning();
    const bool model = m_controller->hasModel();
    const bool loaded = m_data->data() != nullptr;
    m_actions.train->setEnabled(!running && loaded);
    m_actions.stop->setEnabled(running);
    // A loaded model being evaluated belongs to the worker until then; Train and Load make a new one.
    const bool evaluating = m_controller->isEvaluating();
    m_actions.resume->setEnabled(!running && !evaluating && model && loaded &&
                                 m_controller->completedEpochs() <
                                     m_recipe->settings()->epochsBox()->value());
    m_actions.saveModel->setEnabled(!running && !evaluating && model);
    m_actions.loadModel->setEnabled(!running && loaded);
    m_actions.chooseData->setEnabled(!running);
    m_actions.getMnist->setEnabled(!running && !m_data->isFetching());
    m_actions.restoreDefaults->setEnabled(!running);
    m_recipe->showTrainingState(running, loaded);
    if (m_recipe->isRangeTestRunning()) { // the range test's model and a run would share the processor
        m_actions.train->setEnabled(false);
        m_actions.resume->setEnabled(false);
        m_actions.loadModel->setEnabled(false);
    }
}

} // namespace bplab::ui

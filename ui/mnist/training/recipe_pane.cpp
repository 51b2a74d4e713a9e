#include "ui/mnist/training/recipe_pane.h"

#include "ui/common/help_page.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/widget_helpers.h"
#include "ui/mnist/lr_range/lr_range_dialog.h"
#include "ui/mnist/mnist_tab_actions.h"
#include "ui/mnist/mnist_tab_text.h"
#include "ui/mnist/training/train_settings_panel.h"

#include <QAction>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

RecipePane::RecipePane(const MnistTabActions& actions, QWidget* parent)
    : QGroupBox(MnistTabText::tr("Hyperparameters"), parent)
    , m_actions(actions)
    , m_settings(new TrainSettingsPanel(this))
    , m_settleTimer(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addWidget(makeActionButton(actions.findLearningRate, this));
    layout->addWidget(makeActionButton(actions.restoreDefaults, this));
    connect(actions.findLearningRate, &QAction::triggered, this, &RecipePane::openRangeTest);
    connect(actions.restoreDefaults, &QAction::triggered, this, &RecipePane::restoreDefaults);
    connect(m_settings, &TrainSettingsPanel::edited, this, &RecipePane::edited);
    connect(m_settings, &TrainSettingsPanel::notice, this, &RecipePane::notice);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(1000);
    connect(m_settings, &TrainSettingsPanel::edited, m_settleTimer, qOverload<>(&QTimer::start));
    connect(m_settleTimer, &QTimer::timeout, this, &RecipePane::settled);
}

TrainConfig RecipePane::config() const { return m_settings->config(); }

void RecipePane::setConfig(const TrainConfig& config) { m_settings->setConfig(config); }

void RecipePane::setLearningRate(double rate) {
    TrainConfig config = m_settings->config();
    config.learningRate = rate;
    m_settings->setConfig(config);
}

void RecipePane::showLoadedRecipe(const TrainConfig& loaded) {
    TrainConfig config = loaded;
    config.device = m_settings->config().device;
    m_settings->setConfig(config);
}

void RecipePane::setData(std::shared_ptr<const MnistData> mnist) {
    m_data = std::move(mnist);
    if (m_rangeDialog) feedRangeTest();
}

void RecipePane::restoreDefaults() {
    m_settings->setConfig(TrainConfig{});
    Q_EMIT settled(); // saved at once: the user asked for it
    Q_EMIT edited();
    Q_EMIT notice(MnistTabText::tr("Every hyperparameter is back to the recipe's default."));
}

void RecipePane::openRangeTest() {
    if (!m_rangeDialog) {
        m_rangeDialog = new LrRangeDialog(this);
        setHelpPage(m_rangeDialog, QStringLiteral("guide/lr-range-test.md"));
        connect(m_rangeDialog, &LrRangeDialog::useRate, this, &RecipePane::useRangeTestRate);
        connect(m_rangeDialog, &LrRangeDialog::testRunningChanged, this,
                &RecipePane::rangeTestRunningChanged);
        // The test trains on the recipe as it is when Start is pressed.
        connect(m_settings, &TrainSettingsPanel::edited, this, &RecipePane::feedRangeTest);
    }
    feedRangeTest();
    m_rangeDialog->setTrainingRunning(m_training);
    m_rangeDialog->show();
    m_rangeDialog->raise();
    m_rangeDialog->activateWindow();
}

void RecipePane::feedRangeTest() {
    const TrainConfig config = m_settings->config();
    m_rangeDialog->setInput(config, m_data ? limitedMnist(m_data, config.trainLimit, 0) : nullptr);
}

void RecipePane::useRangeTestRate(double rate) {
    setLearningRate(rate);
    Q_EMIT notice(
        MnistTabText::tr("Learning rate set to %1, the range test's suggestion%2.")
            .arg(localNumber(m_settings->config().learningRate, 4))
            .arg(m_settings->config().oneCycle ? MnistTabText::tr(" for the one-cycle peak") : QString()));
}

bool RecipePane::isRangeTestRunning() const { return m_rangeDialog && m_rangeDialog->isTestRunning(); }

void RecipePane::showTrainingState(bool training, bool loaded) {
    m_training = training;
    m_settings->setEnabled(!training);
    QAction* find = m_actions.findLearningRate;
    find->setEnabled(!training && loaded);
    find->setToolTip(
        training ? MnistTabText::tr(
                       "Disabled while training runs: the range test trains a model of its own, and the two "
                       "would share the processor. Stop the training, or wait until it ends.")
        : !loaded ? MnistTabText::tr("Load the MNIST data first: the range test trains on it.")
                  : find->statusTip()); // the action's own tip
    if (m_rangeDialog) m_rangeDialog->setTrainingRunning(training);
}

} // namespace bplab::ui

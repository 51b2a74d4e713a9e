#pragma once

#include <QWidget>

namespace bplab::ui {

class MnistDataPane;
class RecipePane;
class TrainingController;
struct MnistTabActions;

// The MNIST tab's left column, "training settings and run": the Data box, the Hyperparameters box and
// the Run buttons (Train, Stop, Resume, Save and Load model), which never scroll away. It decides
// which of the tab's actions can be used now, from the data, the recipe and the controller's state.
class TrainingSetupPane : public QWidget {
    Q_OBJECT
public:
    // `controller` is only read (is a run in progress, is there a model): the run pane drives it.
    TrainingSetupPane(const MnistTabActions& actions, const TrainingController* controller,
                      QWidget* parent = nullptr);

    MnistDataPane* data() const { return m_data; }
    RecipePane* recipe() const { return m_recipe; }

    // Enables each action for what the tab is doing now; call it when the controller's state changed.
    void updateActions();

Q_SIGNALS:
    void notice(const QString& message); // a sentence of the data or recipe box for the status line

private:
    QWidget* createRunBox();

    const MnistTabActions& m_actions;
    const TrainingController* m_controller;
    MnistDataPane* m_data;
    RecipePane* m_recipe;
};

} // namespace bplab::ui

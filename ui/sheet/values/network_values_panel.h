#pragma once

#include "core/sheet/network/network_spec.h"
#include "core/sheet/weight_init.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace bplab::ui {

class LearningRateControl;
class NetworkArchitectureEditor;
class TrainingSetEditor;

// How an own network's starting weights are drawn: a named initialisation with a seed, so a class sees
// the same numbers (core/sheet/weight_init.h).
// The default is the XOR lesson's (resources/lessons/xor-hidden-layer.json), measured to learn XOR.
struct StartingWeights {
    WeightInit init = WeightInit::Uniform;
    double uniformRange = 1.0;
    std::uint64_t seed = 1;
};

// Every value of an own network a student may set, in the sheet tab's left column: the architecture,
// the training set, the loss and how a step uses the examples, the starting weights, η and the number
// of iterations. Each edit is announced at once as the whole new spec; a change of shape draws new
// starting weights (biases start at 0), and the training set follows the input and output layers.
class NetworkValuesPanel : public QWidget {
    Q_OBJECT
public:
    explicit NetworkValuesPanel(QWidget* parent = nullptr);

    // Shows these values without announcing them.
    void showSpec(const NetworkSpec& spec);
    const NetworkSpec& spec() const { return m_spec; }
    void showIterations(int iterations, int maxIterations);
    const StartingWeights& startingWeights() const { return m_start; }
    void setStartingWeights(const StartingWeights& start); // without announcing

    NetworkArchitectureEditor* architecture() const { return m_architecture; }
    TrainingSetEditor* trainingSet() const { return m_trainingSet; }
    LearningRateControl* learningRateControl() const { return m_learningRate; }
    QComboBox* lossBox() const { return m_loss; }
    QComboBox* reductionBox() const { return m_reduction; }
    QSpinBox* batchBox() const { return m_batch; }
    QComboBox* initBox() const { return m_init; }
    QSpinBox* seedBox() const { return m_seed; }
    QSpinBox* iterationsBox() const { return m_iterations; }

    // The network a student gets the first time: the XOR lesson's 2-2-1 sigmoid network with learned
    // biases at η = 2, its weights drawn by `start`; it learns XOR in kFirstNetworkIterations.
    static NetworkSpec firstNetwork(const StartingWeights& start);
    static constexpr int kFirstNetworkIterations = 1000;
    // `spec` with starting weights drawn by `start` for its layers and every bias at 0.
    static NetworkSpec withDrawnParameters(NetworkSpec spec, const StartingWeights& start);

Q_SIGNALS:
    void specEdited(const bplab::NetworkSpec& spec);
    void iterationsEdited(int iterations);
    // A sentence for the status bar: what was refused and why.
    void problem(const QString& sentence);

private:
    QWidget* createTrainingGroup();
    QWidget* createStartGroup();
    void onArchitectureEdited();
    void onTrainingSetEdited(const TrainingSet& set);
    void onStartEdited();
    void announce(const NetworkSpec& spec);

    NetworkSpec m_spec;
    StartingWeights m_start;
    NetworkArchitectureEditor* m_architecture;
    TrainingSetEditor* m_trainingSet;
    QComboBox* m_loss;
    QComboBox* m_reduction;
    QSpinBox* m_batch;
    QComboBox* m_init;
    QDoubleSpinBox* m_range;
    QSpinBox* m_seed;
    QPushButton* m_redraw;
    QSpinBox* m_iterations;
    LearningRateControl* m_learningRate;
    bool m_showing = false; // set while showSpec fills the boxes: no announcement then
};

} // namespace bplab::ui

#include "ui/sheet/values/network_messages.h"

#include "ui/common/locale_numbers.h"

namespace bplab::ui {

namespace {
// The problem's k-th value as it came (a count, a name such as "t1"), or empty.
QString problemValue(const NetworkProblem& problem, std::size_t k) {
    return k < problem.values.size() ? QString::fromStdString(problem.values[k]) : QString();
}
// The k-th value as a count, for the words that change with it.
int countOf(const NetworkProblem& problem, std::size_t k) { return problemValue(problem, k).toInt(); }
// The k-th value as a number of the window's locale (the engines write "1.5").
QString problemNumber(const NetworkProblem& problem, std::size_t k) {
    return withLocaleDecimals(problemValue(problem, k));
}
} // namespace

QString NetworkMessages::problem(const NetworkProblem& problem) {
    switch (problem.kind) {
    case NetworkProblemKind::LayerCount:
    case NetworkProblemKind::InputLayerSize:
    case NetworkProblemKind::OutputLayerSize:
    case NetworkProblemKind::HiddenLayerSize:
        return layerProblem(problem);
    case NetworkProblemKind::NoExamples:
    case NetworkProblemKind::TooManyExamples:
    case NetworkProblemKind::ExampleInputCount:
    case NetworkProblemKind::ExampleTargetCount:
    case NetworkProblemKind::RaggedExample:
    case NetworkProblemKind::NotFiniteExampleValue:
    case NetworkProblemKind::CrossEntropyTarget:
        return trainingSetProblem(problem);
    default:
        return parameterProblem(problem);
    }
}

QString NetworkMessages::layerProblem(const NetworkProblem& problem) {
    const auto v = [&problem](std::size_t k) { return problemValue(problem, k); };
    const auto c = [&problem](std::size_t k) { return countOf(problem, k); };
    switch (problem.kind) {
    case NetworkProblemKind::LayerCount:
        return tr("the network has %1: it needs an input layer, %2 to %3 hidden layers and an output layer")
            .arg(layers(c(0)), v(1), v(2));
    case NetworkProblemKind::InputLayerSize:
        return tr("the input layer has %1: it may have %2 to %3").arg(units(c(0)), v(1), v(2));
    case NetworkProblemKind::OutputLayerSize:
        return tr("the output layer has %1: it may have %2 to %3").arg(units(c(0)), v(1), v(2));
    default: // HiddenLayerSize
        return tr("hidden layer %1 has %2: it may have %3 to %4").arg(v(0), units(c(1)), v(2), v(3));
    }
}

QString NetworkMessages::trainingSetProblem(const NetworkProblem& problem) {
    const auto v = [&problem](std::size_t k) { return problemValue(problem, k); };
    const auto c = [&problem](std::size_t k) { return countOf(problem, k); };
    const auto n = [&problem](std::size_t k) { return problemNumber(problem, k); };
    switch (problem.kind) {
    case NetworkProblemKind::NoExamples:
        return tr("the training set has no examples: add at least %1").arg(v(0));
    case NetworkProblemKind::TooManyExamples:
        return tr("the training set has %1 examples: at most %2 fit on the sheet").arg(v(0), v(1));
    case NetworkProblemKind::ExampleInputCount:
        return tr("example %1 has %2: an example has %3 to %4 inputs").arg(v(0), inputs(c(1)), v(2), v(3));
    case NetworkProblemKind::ExampleTargetCount:
        return tr("example %1 has %2: an example has %3 to %4 targets").arg(v(0), targets(c(1)), v(2), v(3));
    case NetworkProblemKind::RaggedExample:
        return tr("example %1 has %2 inputs and %3 targets, but example 1 has %4 and %5: every example needs "
                  "the same numbers")
            .arg(v(0), v(1), v(2), v(3), v(4));
    case NetworkProblemKind::NotFiniteExampleValue:
        return tr("example %1: %2 = %3 is not a finite number").arg(v(0), v(1), n(2));
    default: // CrossEntropyTarget
        return tr("cross-entropy needs targets between 0 and 1, but example %1 has %2 = %3: change the "
                  "target "
                  "or use ½·squared error")
            .arg(v(0), v(1), n(2));
    }
}

QString NetworkMessages::parameterProblem(const NetworkProblem& problem) {
    const auto v = [&problem](std::size_t k) { return problemValue(problem, k); };
    const auto c = [&problem](std::size_t k) { return countOf(problem, k); };
    const auto n = [&problem](std::size_t k) { return problemNumber(problem, k); };
    const QString afterInputs =
        c(1) == 1 ? tr("1 layer after the inputs") : tr("%1 layers after the inputs").arg(v(1));
    switch (problem.kind) {
    case NetworkProblemKind::ActivationCount:
        return tr("the network has %1 for %2: give one per layer")
            .arg(c(0) == 1 ? tr("1 activation") : tr("%1 activations").arg(v(0)), afterInputs);
    case NetworkProblemKind::WeightMatrixCount:
        return tr("the network has %1 for %2: give one per layer")
            .arg(c(0) == 1 ? tr("1 weight matrix") : tr("%1 weight matrices").arg(v(0)), afterInputs);
    case NetworkProblemKind::BiasVectorCount:
        return tr("the network has %1 for %2: give one per layer")
            .arg(c(0) == 1 ? tr("1 bias vector") : tr("%1 bias vectors").arg(v(0)), afterInputs);
    case NetworkProblemKind::DataSize:
        return tr("the examples have %1 and %2, but the network has %3 and %4")
            .arg(inputs(c(0)), targets(c(1)), inputs(c(2)), outputs(c(3)));
    case NetworkProblemKind::WeightMatrixShape:
        return tr("the weights into layer %1 must be a %2×%3 matrix (one row per unit of layer %1, one "
                  "column "
                  "per unit of layer %4)")
            .arg(v(0), v(1), v(2), v(3));
    case NetworkProblemKind::BiasesToLearnWithout:
        return tr(
            "the network has no biases to learn: choose shared or per-unit biases, or do not learn them");
    case NetworkProblemKind::BiasesGivenWithout:
        return tr("the network has no biases, but biases are given: leave them out or choose shared or "
                  "per-unit biases");
    case NetworkProblemKind::SharedBiasCount:
        return c(1) == 1
                   ? tr("layer %1 needs 1 bias (one shared by its units), but 1 is given").arg(v(0))
                   : tr("layer %1 needs 1 bias (one shared by its units), but %2 are given").arg(v(0), v(1));
    case NetworkProblemKind::PerUnitBiasCount:
        return c(2) == 1
                   ? tr("layer %1 needs %2 biases (one per unit), but 1 is given").arg(v(0), v(1))
                   : tr("layer %1 needs %2 biases (one per unit), but %3 are given").arg(v(0), v(1), v(2));
    case NetworkProblemKind::NotFiniteWeight:
        return tr("the weight into unit %1 of layer %2 from unit %3 is %4: weights must be finite numbers")
            .arg(v(0), v(1), v(2), n(3));
    case NetworkProblemKind::NotFiniteBias:
        return tr("a bias of layer %1 is %2: biases must be finite numbers").arg(v(0), n(1));
    case NetworkProblemKind::UnusableLearningRate:
        return tr("the learning rate η is %1: it must be a finite number greater than 0").arg(n(0));
    case NetworkProblemKind::BatchSizeOutsideTheSet:
        return tr("a step cannot use %1 of a training set of %2: choose 1 to %2, or the full batch")
            .arg(examples(c(0)), v(1));
    default:
        return QString::fromStdString(problem.english); // a problem this class does not word yet
    }
}

QString NetworkMessages::layers(int n) { return n == 1 ? tr("1 layer") : tr("%1 layers").arg(n); }
QString NetworkMessages::units(int n) { return n == 1 ? tr("1 unit") : tr("%1 units").arg(n); }
QString NetworkMessages::inputs(int n) { return n == 1 ? tr("1 input") : tr("%1 inputs").arg(n); }
QString NetworkMessages::targets(int n) { return n == 1 ? tr("1 target") : tr("%1 targets").arg(n); }
QString NetworkMessages::outputs(int n) { return n == 1 ? tr("1 output") : tr("%1 outputs").arg(n); }
QString NetworkMessages::examples(int n) { return n == 1 ? tr("1 example") : tr("%1 examples").arg(n); }

} // namespace bplab::ui

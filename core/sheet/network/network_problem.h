#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace bplab {

// What makes an own network or its training set unusable. Each names, in order, the values its sentence
// quotes (`NetworkProblem::values`): counts and positions as whole numbers, other numbers as the files
// write them ("1.5", "nan").
enum class NetworkProblemKind {
    // The layer list (architectureProblems).
    LayerCount,      // layers, fewest hidden layers, most hidden layers
    InputLayerSize,  // units, fewest, most
    OutputLayerSize, // units, fewest, most
    HiddenLayerSize, // hidden layer, units, fewest, most
    // The training set (trainingSetProblems).
    NoExamples,            // fewest
    TooManyExamples,       // examples, most
    ExampleInputCount,     // example, inputs, fewest, most
    ExampleTargetCount,    // example, targets, fewest, most
    RaggedExample,         // example, its inputs, its targets, example 1's inputs, example 1's targets
    NotFiniteExampleValue, // example, value's name (i1, t2), value
    CrossEntropyTarget,    // example, target's name (t1), value
    // The rest of the spec (networkProblems).
    ActivationCount,        // activations, layers after the inputs
    DataSize,               // the examples' inputs, their targets, the network's inputs, its outputs
    WeightMatrixCount,      // weight matrices, layers after the inputs
    WeightMatrixShape,      // layer, rows, columns, the layer before
    BiasesToLearnWithout,   // —
    BiasesGivenWithout,     // —
    BiasVectorCount,        // bias vectors, layers after the inputs
    SharedBiasCount,        // layer, biases given
    PerUnitBiasCount,       // layer, biases needed, biases given
    NotFiniteWeight,        // unit, layer, unit of the layer before, value
    NotFiniteBias,          // layer, value
    UnusableLearningRate,   // value
    BatchSizeOutsideTheSet, // batch size (0 for a negative one), examples
};

// One problem: the values the window words in the student's language (ui/sheet/values/network_messages), and
// the English sentence the command line, the files and the tests read.
struct NetworkProblem {
    NetworkProblemKind kind = NetworkProblemKind::NoExamples;
    std::vector<std::string> values;
    std::string english;
};

// Thrown where a network or a training set is refused (validate): what() is the problem's English.
class NetworkError : public std::invalid_argument {
public:
    explicit NetworkError(NetworkProblem problem)
        : std::invalid_argument(problem.english)
        , m_problem(std::move(problem)) {}

    const NetworkProblem& problem() const { return m_problem; }

private:
    NetworkProblem m_problem;
};

// The English sentences of `problems`, in order.
inline std::vector<std::string> englishOf(const std::vector<NetworkProblem>& problems) {
    std::vector<std::string> sentences;
    sentences.reserve(problems.size());
    for (const NetworkProblem& problem : problems) sentences.push_back(problem.english);
    return sentences;
}

} // namespace bplab

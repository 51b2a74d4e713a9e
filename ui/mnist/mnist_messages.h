#pragma once

#include "core/mnist/data/data_set_error.h"
#include "core/mnist/mnist_errors.h"
#include "core/mnist/train_recipe.h"

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace bplab::ui {

// The MNIST engine's refusals worded in the window's language from the values the core returns (a
// refused recipe, a checkpoint that cannot be read or written, a damaged IDX file, a refused data set);
// files and the
// command line keep the core's English. Words quoted from a library (zlib, LibTorch, the system) stay as
// they are. No trailing period: a sentence may go on after it.
class MnistMessages {
    Q_DECLARE_TR_FUNCTIONS(MnistMessages)

public:
    // Any error of the MNIST side: one of the core's own worded, anything else its own text.
    static QString problem(const std::exception& error);
    static QString recipeProblem(const RecipeError& error);
    static QString checkpointProblem(const CheckpointError& error);
    static QString idxProblem(const IdxError& error);
    static QString dataSetProblem(const DataSetError& error);
    // What is wrong with a list of class names (a classes.txt's lines), without the file's name.
    static QString classNamesProblem(const ClassNamesError& error);

private:
    // "a whole number from 1 to 1000", "a number in (0, 10]", "SGD, Adam or AdamW", in the window's words.
    static QString allowedValues(const TrainField& field);
};

} // namespace bplab::ui

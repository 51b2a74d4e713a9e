#pragma once

// Three classes named as shapes (circle, triangle, square), for the tests of the views on a data set of
// the learner's own.
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_data.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/support/idx_files.h"
#include "tests/support/mnist_test_data.h"

#include <QDir>
#include <QFile>

#include <QStringList>

#include <memory>

namespace bplab::testing {

inline QStringList shapeNames() {
    return {QStringLiteral("circle"), QStringLiteral("triangle"), QStringLiteral("square")};
}
inline ClassNames shapeClasses() { return ClassNames({"circle", "triangle", "square"}); }

// One blank image of each shape in both splits: enough to build a network of three outputs and start a
// run, not to learn anything.
inline std::shared_ptr<MnistData> blankShapesData() {
    auto data = std::make_shared<MnistData>();
    for (MnistSplit* split : {&data->train, &data->test}) {
        split->labels = {0, 1, 2};
        split->pixels.assign(3 * static_cast<std::size_t>(kMnistPixels), 0);
    }
    data->classes = shapeClasses();
    return data;
}

// An untrained network of the three shapes: its answers are what they are; the views must call them
// by their names.
inline MnistClassifier untrainedShapesClassifier() {
    TrainConfig config;
    config.threads = 1;
    return MnistTrainer(config, blankShapesData()).classifier();
}

// MNIST's zeros, ones and twos cut from the set-up's data, written as an IDX set into `folder` with a
// classes.txt naming them circle, triangle and square. False without MNIST or when a file could not be
// written.
inline bool writeShapesFolder(const QString& folder) {
    const auto mnist = smallMnist(300, 100);
    if (!mnist) return false;
    writeFirstClassesSet(folder.toStdString(), *mnist, 3);
    QFile classes(QDir(folder).filePath(QStringLiteral("classes.txt")));
    return classes.open(QIODevice::WriteOnly) && classes.write("circle\ntriangle\nsquare\n") > 0;
}

} // namespace bplab::testing

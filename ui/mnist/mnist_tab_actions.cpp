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
    : group(makeActionGroup(tab))
    , train(makeAction(group, tab, tr("&Train"), tr("Train a new model with these settings (Ctrl+T)"),
                       {QKeySequence(Qt::CTRL | Qt::Key_T)}))
    , stop(makeAction(group, tab, tr("&Stop"),
                      tr("Stop after the current batch; the epochs done are kept (Ctrl+.)"),
                      {QKeySequence(Qt::CTRL | Qt::Key_Period)}))
    , resume(makeAction(group, tab, tr("&Resume"),
                        tr("Continue the current model up to the number of epochs set (Ctrl+Shift+T)"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}))
    , saveModel(makeAction(group, tab, tr("Save &model…"),
                           tr("Save the model, optimizer and history as a checkpoint (Ctrl+S)"),
                           {QKeySequence(QKeySequence::Save)}))
    , loadModel(makeAction(group, tab, tr("&Load model…"),
                           tr("Load a saved checkpoint to try it or train it further (Ctrl+O)"),
                           {QKeySequence(QKeySequence::Open)}))
    , chooseData(makeAction(group, tab, tr("Choose &data folder…"),
                            tr("Use MNIST files from another folder (raw or .gz)")))
    , exportAccuracy(
          makeAction(group, tab, tr("Export &accuracy chart…"), tr("Save the accuracy chart as PNG or SVG")))
    , exportLoss(makeAction(group, tab, tr("Export l&oss chart…"), tr("Save the loss chart as PNG or SVG")))
    , exportCsv(makeAction(group, tab, tr("Export &metrics as CSV…"),
                           tr("Save epoch, losses, accuracy and seconds per epoch"))) {}

QList<QAction*> MnistTabActions::all() const {
    return {train, stop, resume, saveModel, loadModel, chooseData, exportAccuracy, exportLoss, exportCsv};
}

} // namespace bplab::ui

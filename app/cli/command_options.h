#pragma once

#include "app/cli/train_options.h"
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/sheet_inputs.h"
#include "ui/common/chart_export_limits.h"

#include <QCommandLineOption>
#include <QString>

namespace bplab::app {

// The options of each command, declared once: the command reads its parser through these members, and
// the command table (command_table.h) lists them, in --help's order, for the parser, the man page and the
// shell completions. A value name of FILE or DIR, or of lower-case words ("sum|mean"), also tells the
// completions what to offer.

// `backprop-lab sheet`, the seed sheet's own options (the general network's are NetworkSheetOptions, the
// landscape's LandscapeCommandOptions).
struct SheetOptions {
    QCommandLineOption scenario{
        "scenario",
        "Start from a lesson: a built-in one by name (see 'backprop-lab lessons') or a "
        "scenario file. The other options change its values.",
        "NAME|FILE"};
    QCommandLineOption learningRate{
        "lr", QStringLiteral("Learning rate η (> 0). Default: %1.").arg(SheetInputs{}.learningRate), "X"};
    QCommandLineOption iterations{"iterations",
                                  QStringLiteral("Number of iterations (rows), 1..%1. Default: %2.")
                                      .arg(BackpropSheet::kMaxIterationLimit)
                                      .arg(BackpropSheet::kDefaultIterationLimit),
                                  "N"};
    QCommandLineOption activation{
        "activation",
        "Activation: sigmoid (default), tanh, relu or identity; for every layer, or "
        "one per layer after the inputs, e.g. tanh,sigmoid.",
        "A[,A...]"};
    QCommandLineOption loss{"loss", "Loss per output: squared (½·squared error, default) or cross-entropy.",
                            "L"};
    QCommandLineOption learnBiases{
        "learn-biases", "Update the biases (b1 and b2 of the seed sheet) by gradient descent like the "
                        "weights."};
    QCommandLineOption set{"set",
                           "Set a starting value: i1, i2, t1, t2, w1..w8, b1, b2 or eta, e.g. --set b1=0.35. "
                           "Repeat for several.",
                           "name=value"};
    QCommandLineOption csv{
        "csv", "Write the table to FILE instead of standard output ('-': standard output).", "FILE"};
    QCommandLineOption xlsx{
        "xlsx",
        "Also write the run as an .xlsx workbook to FILE: every cell a live formula, so a "
        "spreadsheet recomputes the sheet when you change eta or a starting value.",
        "FILE"};
    QCommandLineOption chart{
        "chart", "Also render the loss chart to FILE (.png, or .svg), off screen: no display needed.",
        "FILE"};
    QCommandLineOption chartSize{"chart-size",
                                 QStringLiteral("Size of the chart image in pixels. Default: %1x%2.")
                                     .arg(ui::kDefaultChartExportWidth)
                                     .arg(ui::kDefaultChartExportHeight),
                                 "WxH"};
    QCommandLineOption logY{"log-y", "Use a logarithmic loss axis in the chart."};
    QCommandLineOption boundaryImage{
        "boundary-image",
        "Also draw the decision boundary to FILE (.png or .svg; size: --chart-size): a two-input network's "
        "first output over the input plane with the last row's parameters (before that row's update), the "
        "examples as dots. With --layers, --data or a version 2 scenario.",
        "FILE"};
};

// `backprop-lab train`: the options besides the recipe's (which come from trainFields() through
// TrainFieldOptions).
struct TrainOptions {
    TrainFieldOptions fields;
    QCommandLineOption data = mnistDataOption();
    QCommandLineOption csv{"csv", "Write epoch,train_loss,test_loss,test_accuracy,seconds to FILE.", "FILE"};
    QCommandLineOption save{"save", "Save a checkpoint to FILE after every epoch.", "FILE"};
    QCommandLineOption resume{"resume", "Continue training from the checkpoint FILE.", "FILE"};
};

// `backprop-lab lr-find`: the range test's own options and the recipe's.
struct LrFindOptions {
    TrainFieldOptions fields;
    QCommandLineOption data = mnistDataOption();
    QCommandLineOption from{"from", "The first batch's learning rate. Default: 1e-05.", "X"};
    QCommandLineOption to{"to", "The last batch's learning rate. Default: 10.", "X"};
    QCommandLineOption batches{"batches", "Batches to train (fewer when the loss blows up). Default: 300.",
                               "N"};
    QCommandLineOption csv{"csv", "Write batch,learning_rate,loss,smoothed_loss to FILE.", "FILE"};
    QCommandLineOption chart{
        "chart", "Render the chart (smoothed loss against the rate) to FILE (.png or .svg), off screen.",
        "FILE"};
};

// `backprop-lab summary`.
struct SummaryOptions {
    QCommandLineOption data{
        "data",
        "Count the parameters for the classes of the data set in DIR (MNIST's format, with a "
        "classes.txt naming its classes): one output per class. Default: MNIST's ten digits.",
        "DIR"};
};

// `backprop-lab explain`.
struct ExplainOptions {
    QCommandLineOption model{
        "model", "The trained model: a checkpoint saved by 'train --save' or the window.", "FILE"};
    QCommandLineOption data = mnistDataOption();
    QCommandLineOption testImage{"test-image", "Explain image N of the MNIST test set (from 0).", "N"};
    QCommandLineOption image{
        "image",
        "Explain this picture (PNG, JPEG, ...): read as grey (transparent as white), inverted when its "
        "border is light (dark ink on "
        "paper; MNIST's ink is light on dark), scaled to fit 28×28 keeping its aspect ratio and centred.",
        "FILE"};
    QCommandLineOption classIndex{
        "class",
        "The class the saliency map explains: its number (0-9 for MNIST's digits) or its name (as the "
        "model's data set named it). Default: the predicted one.",
        "K"};
    QCommandLineOption saliency{"saliency",
                                "input-x-gradient (pixel × ∂score/∂pixel, 0 where there is no ink; the "
                                "default) or gradient (∂score/∂pixel).",
                                "KIND"};
    QCommandLineOption outDir{"out", "The folder to write the files to (created if missing).", "DIR"};
};

} // namespace bplab::app

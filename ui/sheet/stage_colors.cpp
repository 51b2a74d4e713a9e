#include "ui/sheet/stage_colors.h"

#include <QCoreApplication>
#include <QStringList>

namespace bplab::ui {

QColor stageColor(Stage stage) {
    switch (stage) {
    case Stage::Given:
        return QColor(0x55, 0x55, 0x55);
    case Stage::Weight:
        return QColor(0x7a, 0x5c, 0x2e); // brown: the parameters being learned
    case Stage::Forward:
        return QColor(0x1f, 0x6f, 0xb4); // blue
    case Stage::Loss:
        return QColor(0xc6, 0x28, 0x28); // red
    case Stage::Gradient:
        return QColor(0x7b, 0x3f, 0xa8); // purple
    case Stage::Update:
        return QColor(0x2e, 0x7d, 0x32); // green
    }
    return Qt::black;
}

QColor stageTint(Stage stage) {
    // The stage hue mixed 12 % into white: distinct groups, numbers stay readable.
    const QColor c = stageColor(stage);
    auto mix = [](int channel) { return 255 - (255 - channel) * 12 / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QString stageName(Stage stage) {
    switch (stage) {
    case Stage::Given:
        return QCoreApplication::translate("Stage", "Given");
    case Stage::Weight:
        return QCoreApplication::translate("Stage", "Weights");
    case Stage::Forward:
        return QCoreApplication::translate("Stage", "Forward pass");
    case Stage::Loss:
        return QCoreApplication::translate("Stage", "Loss");
    case Stage::Gradient:
        return QCoreApplication::translate("Stage", "Gradients");
    case Stage::Update:
        return QCoreApplication::translate("Stage", "Weight update");
    }
    return {};
}

QColor currentCellColor() { return QColor(0xff, 0xd5, 0x4f); }   // amber
QColor precedentCellColor() { return QColor(0x80, 0xde, 0xea); } // cyan

QString stageLegendHtml() {
    auto chip = [](const QColor& color, const QString& text) {
        return QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2")
            .arg(color.name(), text.toHtmlEscaped());
    };
    QStringList parts;
    for (Stage stage : {Stage::Weight, Stage::Forward, Stage::Loss, Stage::Gradient, Stage::Update}) {
        parts << chip(stageColor(stage), stageName(stage));
    }
    parts << chip(currentCellColor(), QCoreApplication::translate("Stage", "selected cell"))
          << chip(precedentCellColor(), QCoreApplication::translate("Stage", "cells it reads"));
    return parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;"));
}

} // namespace bplab::ui

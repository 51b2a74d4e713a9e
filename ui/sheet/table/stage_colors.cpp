#include "ui/sheet/table/stage_colors.h"

#include "ui/common/palette_colors.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

namespace bplab::ui {

namespace {
// The stage hues as chosen for a white page; stageColor() keeps them readable on other bases.
QColor stageHue(Stage stage) {
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

// A dark base needs more of the hue than a white one for the groups to tell apart.
int tintPercent(const QPalette& palette) { return isDarkPalette(palette) ? 24 : 12; }
} // namespace

QColor stageColor(Stage stage, const QPalette& palette) {
    // Readable on the stage's own tint (the column names sit on it), and so on the base too: the
    // tint lies between the base and the hue. A style draws a header's background a little lighter
    // than the colour it is given (Fusion: a gradient up to half as light again on dark colours): on a dark
    // palette the text must also read on that.
    const QColor tint = stageTint(stage, palette);
    return readableOn(stageHue(stage), isDarkPalette(palette) ? tint.lighter(150) : tint);
}

QColor stageTint(Stage stage, const QPalette& palette) {
    // The stage hue mixed 12 % into the base colour (24 % into a dark one): distinct groups, and the
    // palette's text stays readable on it (fewer percent where it would not). On white this is the
    // seed's integer arithmetic, to the last digit.
    const QColor hue = stageHue(stage);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (int percent = tintPercent(palette); percent > 0; percent -= 2) {
        auto mix = [percent](int hueChannel, int baseChannel) {
            return baseChannel - (baseChannel - hueChannel) * percent / 100;
        };
        const QColor tint(mix(hue.red(), base.red()), mix(hue.green(), base.green()),
                          mix(hue.blue(), base.blue()));
        if (contrastRatio(text, tint) >= kReadableContrast) return tint;
    }
    return base;
}

QColor stageColor(Stage stage) { return stageColor(stage, QGuiApplication::palette()); }
QColor stageTint(Stage stage) { return stageTint(stage, QGuiApplication::palette()); }

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

// On a light palette the full highlight hue; on a dark one as much of it over the base as leaves the
// palette's (light) text readable.
QColor currentCellColor(const QPalette& palette) {
    return tintFor(QColor(0xff, 0xd5, 0x4f), palette, isDarkPalette(palette) ? 0.45 : 1.0); // amber
}
QColor precedentCellColor(const QPalette& palette) {
    return tintFor(QColor(0x80, 0xde, 0xea), palette, isDarkPalette(palette) ? 0.45 : 1.0); // cyan
}
QColor currentCellColor() { return currentCellColor(QGuiApplication::palette()); }
QColor precedentCellColor() { return precedentCellColor(QGuiApplication::palette()); }

QString stageLegendHtml(const QPalette& palette) {
    auto chip = [](const QColor& color, const QString& text) {
        // An entry never breaks inside (its spaces are non-breaking), the legend only between entries: a
        // narrow pane wraps it into lines of whole entries, whatever the language's words.
        return QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2")
            .arg(color.name(), text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    };
    QStringList parts;
    for (Stage stage : {Stage::Weight, Stage::Forward, Stage::Loss, Stage::Gradient, Stage::Update}) {
        parts << chip(stageColor(stage, palette), stageName(stage));
    }
    parts << chip(currentCellColor(palette), QCoreApplication::translate("Stage", "selected cell"))
          << chip(precedentCellColor(palette), QCoreApplication::translate("Stage", "cells it reads"));
    return parts.join(QStringLiteral("&nbsp;&nbsp; "));
}

} // namespace bplab::ui

#pragma once

#include "core/sheet/sheet_cells.h"

#include <QColor>

namespace bplab::ui {

// One hue per stage, used by the table, the formula bar, the network diagram and the legend, so a
// colour always means the same thing. The two highlight colours are used for nothing else.
QColor stageColor(Stage stage); // strong: text, edges, chart accents
QColor stageTint(Stage stage);  // light: table backgrounds
QString stageName(Stage stage);

QColor currentCellColor();   // the cell under the cursor / selected
QColor precedentCellColor(); // the cells the current one reads

// The legend above the sheet: a colour chip and a name for each stage shown and for both highlights.
QString stageLegendHtml();

} // namespace bplab::ui

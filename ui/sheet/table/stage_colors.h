#pragma once

#include "core/sheet/sheet_cells.h"

#include <QColor>

class QPalette;

namespace bplab::ui {

// One hue per stage, used by the table, the formula bar, the network diagram and the legend, so a
// colour always means the same thing. The two highlight colours are used for nothing else.
//
// Each colour is worked out for a palette (ui/common/palette_colors.h), so it reads on a light and
// a dark desktop alike (text at least 4.5 : 1 on its background); on the light default palette they
// are the seed's colours, the blue and green a shade darker to reach that on their tints. The overloads
// without a palette use the application's, for views that draw on screen; pictures for export pass
// lightPalette().
QColor stageColor(Stage stage, const QPalette& palette); // strong: text, edges, chart accents
QColor stageTint(Stage stage, const QPalette& palette);  // faint: table backgrounds
QColor stageColor(Stage stage);
QColor stageTint(Stage stage);
QString stageName(Stage stage);

QColor currentCellColor(const QPalette& palette);   // the cell under the cursor / selected
QColor precedentCellColor(const QPalette& palette); // the cells the current one reads
QColor currentCellColor();
QColor precedentCellColor();

// The legend above the sheet: a colour chip and a name for each stage shown and for both highlights.
QString stageLegendHtml(const QPalette& palette);

} // namespace bplab::ui

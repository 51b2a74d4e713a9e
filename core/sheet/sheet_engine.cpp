#include "core/sheet/sheet_engine.h"

namespace bplab {

CellSnapshot SheetEngine::snapshot(CellPosition position) const {
    CellSnapshot result;
    result.position = position;
    result.quantity = quantityOfCell(position.cell);
    result.value = value(position.iteration, result.quantity);
    result.formula = formula(position.cell);
    result.formulaWithNumbers = formulaWithNumbers(position.iteration, position.cell);
    return result;
}

} // namespace bplab

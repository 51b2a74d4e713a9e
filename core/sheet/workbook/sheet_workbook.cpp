#include "core/sheet/workbook/sheet_workbook.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/workbook/spreadsheet_formula.h"

#include <stdexcept>

namespace bplab {

namespace {

// Row 0 reads a parameter; a learned one (a weight, a learned bias) reads the row before's update in
// every later row, as the engines carry it.
GivenSource parameterSource(const SheetEngine& engine, int row, int quantity, int parameter) {
    if (row > 0 && engine.isCarriedParameter(quantity)) {
        return {GivenSource::Kind::PreviousRow, engine.updateOf(quantity), 0};
    }
    return {GivenSource::Kind::Parameter, parameter, 0};
}

// η, a starting weight or a starting bias, from the spec (a sheet just reset has no row 0 to read).
double startingValue(const NetworkSpec& spec, const NetworkQuantity& quantity) {
    const auto at = [](int i) { return static_cast<std::size_t>(i); };
    switch (quantity.kind) {
    case QuantityKind::LearningRate:
        return spec.learningRate;
    case QuantityKind::Weight:
        return spec.weights.at(at(quantity.layer - 1)).at(at(quantity.unit)).at(at(quantity.fromUnit));
    case QuantityKind::Bias:
        return spec.biases.at(at(quantity.layer - 1)).at(at(quantity.unit < 0 ? 0 : quantity.unit));
    default:
        throw std::logic_error("the network's quantity " + quantity.id + " is not a parameter");
    }
}

} // namespace

std::string stopMessage(const SheetEngine& engine) {
    const std::optional<int> stopped = engine.divergedAt();
    if (!stopped) return {};
    return std::string(engine.stoppedAtUncomputableCell() ? "Stopped" : "Diverged") + " at iteration " +
           std::to_string(*stopped) + ": " + engine.stopReason();
}

SheetWorkbook seedWorkbook(const BackpropSheet& sheet, std::string title) {
    SheetWorkbook workbook;
    workbook.engine = &sheet;
    workbook.title = std::move(title);
    workbook.message = stopMessage(sheet);
    workbook.quantityCount = kQuantityCount;
    const SheetInputs& inputs = sheet.inputs();
    // Parameter k is quantity parameterQuantities[k].
    std::vector<int> parameterQuantities{quantity::i1, quantity::i2, quantity::t1, quantity::t2,
                                         quantity::eta};
    for (int k = 0; k < 8; ++k) parameterQuantities.push_back(quantity::w1 + k);
    if (inputs.usesBiases())
        parameterQuantities.insert(parameterQuantities.end(), {quantity::b1, quantity::b2});
    std::vector<int> parameterOfQuantity(kQuantityCount, -1);
    for (const int q : parameterQuantities) {
        parameterOfQuantity[static_cast<std::size_t>(q)] = static_cast<int>(workbook.parameters.size());
        // From the inputs, not row 0: a sheet just reset has no row yet.
        workbook.parameters.push_back(
            {spreadsheetName(sheet.idOf(q)), sheet.labelOf(q), inputValue(inputs, sheet.idOf(q))});
    }
    workbook.columns = sheet.columns();
    workbook.templateOfCell = [&sheet](int cell) -> const std::string& {
        return sheet.cells().at(static_cast<std::size_t>(cell)).formulaTemplate;
    };
    workbook.sourceOf = [&sheet, parameterOfQuantity](int row, int q) {
        const int parameter = parameterOfQuantity.at(static_cast<std::size_t>(q));
        if (parameter < 0)
            throw std::logic_error("the seed sheet's quantity " + sheet.idOf(q) + " is not given");
        return parameterSource(sheet, row, q, parameter);
    };
    return workbook;
}

SheetWorkbook networkWorkbook(const NetworkSheet& sheet, std::string title) {
    SheetWorkbook workbook;
    workbook.engine = &sheet;
    workbook.title = std::move(title);
    workbook.message = stopMessage(sheet);
    workbook.quantityCount = sheet.quantityCount();
    const NetworkSpec& spec = sheet.spec();
    std::vector<int> parameterOfQuantity(static_cast<std::size_t>(sheet.quantityCount()), -1);
    for (int q = 0; q < sheet.quantityCount(); ++q) {
        const QuantityKind kind = sheet.quantities()[q].kind;
        if (kind != QuantityKind::LearningRate && kind != QuantityKind::Weight && kind != QuantityKind::Bias)
            continue;
        parameterOfQuantity[static_cast<std::size_t>(q)] = static_cast<int>(workbook.parameters.size());
        workbook.parameters.push_back(
            {spreadsheetName(sheet.idOf(q)), sheet.labelOf(q), startingValue(spec, sheet.quantities()[q])});
    }
    const int inputCount = spec.layers.front();
    const int targetCount = spec.layers.back();
    for (int j = 1; j <= inputCount; ++j) workbook.exampleFields.push_back("x" + std::to_string(j));
    for (int j = 1; j <= targetCount; ++j) workbook.exampleFields.push_back("t" + std::to_string(j));
    for (const TrainingExample& example : spec.data.examples) {
        std::vector<double> fields = example.inputs;
        fields.insert(fields.end(), example.targets.begin(), example.targets.end());
        workbook.examples.push_back(std::move(fields));
    }
    workbook.columns = sheet.columns();
    workbook.columns.push_back(sheet.layout().index().eta); // as writeNetworkCsv: last
    workbook.examplesOfRow = [&sheet](int row) {
        std::string text;
        for (const int example : sheet.examplesOfRow(row))
            text += (text.empty() ? "" : " ") + std::to_string(example + 1);
        return text;
    };
    workbook.templateOfCell = [&sheet](int cell) -> const std::string& {
        return sheet.cells().at(static_cast<std::size_t>(cell)).formulaTemplate;
    };
    workbook.sourceOf = [&sheet, parameterOfQuantity, inputCount](int row, int q) {
        const NetworkQuantity& quantity = sheet.quantities()[q];
        if (quantity.kind == QuantityKind::Input || quantity.kind == QuantityKind::Target) {
            const int example = sheet.examplesOfRow(row).at(
                static_cast<std::size_t>(quantity.example < 0 ? 0 : quantity.example));
            const int field = quantity.unit + (quantity.kind == QuantityKind::Target ? inputCount : 0);
            return GivenSource{GivenSource::Kind::Example, example, field};
        }
        const int parameter = parameterOfQuantity.at(static_cast<std::size_t>(q));
        if (parameter < 0) throw std::logic_error("the network's quantity " + quantity.id + " is not given");
        return parameterSource(sheet, row, q, parameter);
    };
    return workbook;
}

} // namespace bplab

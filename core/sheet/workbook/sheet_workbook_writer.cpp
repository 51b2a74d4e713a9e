#include "core/sheet/workbook/sheet_workbook_writer.h"

#include "core/sheet/sheet_csv.h"
#include "core/sheet/vector_index.h"
#include "core/sheet/workbook/spreadsheet_formula.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace bplab {

namespace {

void check(lxw_error error, const char* what) {
    if (error != LXW_NO_ERROR) throw std::runtime_error(std::string(what) + ": " + lxw_strerror(error));
}

// Where each block of the worksheet is (rows and columns counted from 0).
struct WorksheetLayout {
    static constexpr int kTitleRow = 0, kMessageRow = 1, kNamesRow = 3, kValuesRow = 4, kFirstValueColumn = 1;
    int examplesRow = -1; // the training set's header row, when it has a block
    int headerRow = 0;    // the table's
    int firstQuantityColumn = 1;

    explicit WorksheetLayout(const SheetWorkbook& workbook) {
        int next = kValuesRow + 2;
        if (!workbook.examples.empty()) {
            examplesRow = next;
            next += 1 + static_cast<int>(workbook.exampleFields.size()) + 1;
        }
        headerRow = next;
        firstQuantityColumn = workbook.examplesOfRow ? 2 : 1;
    }
    int tableRow(int iteration) const { return headerRow + 1 + iteration; }
    // The training set's value of `field` of example `example`.
    std::string exampleCell(int example, int field) const {
        return cellAddress(examplesRow + 1 + field, kFirstValueColumn + example, /*absolute=*/true);
    }
};

class WorksheetWriter {
public:
    WorksheetWriter(const SheetWorkbook& workbook, lxw_workbook* file)
        : m_book(workbook)
        , m_engine(*workbook.engine)
        , m_file(file)
        , m_layout(workbook) {
        m_sheet = workbook_add_worksheet(file, kWorkbookSheetName);
        if (!m_sheet) throw std::runtime_error("the worksheet could not be added");
        for (int q = 0; q < workbook.quantityCount; ++q) m_indexOfId.emplace(m_engine.idOf(q), q);
        m_columnOf.assign(at(workbook.quantityCount), -1);
        for (std::size_t c = 0; c < workbook.columns.size(); ++c) {
            m_columnOf[at(workbook.columns[c])] = m_layout.firstQuantityColumn + static_cast<int>(c);
        }
        addFormats();
    }

    void write() {
        writeTitle();
        writeParameters();
        writeExamples();
        writeHeader();
        const int rows = m_engine.rowCount();
        for (int r = 0; r < rows; ++r) {
            // Often enough for a progress bar, seldom enough to cost nothing.
            if (r % kRowsBetweenProgress == 0) tellProgress(r);
            writeRow(r);
        }
        tellProgress(rows);
        worksheet_freeze_panes(m_sheet, static_cast<lxw_row_t>(m_layout.headerRow + 1),
                               static_cast<lxw_col_t>(m_layout.firstQuantityColumn));
    }

    // The table's E_total cells, as a chart series reads them; empty when no row has one.
    std::string lossRange() const {
        const int total = lossColumn();
        if (total < 0 || m_engine.rowCount() == 0) return {};
        return "='" + std::string(kWorkbookSheetName) + "'!" +
               cellAddress(m_layout.tableRow(0), total, true) + ":" +
               cellAddress(m_layout.tableRow(m_engine.rowCount() - 1), total, true);
    }
    std::string iterationRange() const {
        return "='" + std::string(kWorkbookSheetName) + "'!" + cellAddress(m_layout.tableRow(0), 0, true) +
               ":" + cellAddress(m_layout.tableRow(m_engine.rowCount() - 1), 0, true);
    }

private:
    static constexpr int kRowsBetweenProgress = 64;

    void tellProgress(int rowsWritten) const {
        if (m_book.keepGoing && !m_book.keepGoing(rowsWritten))
            throw WorkbookCancelled("the export was cancelled");
    }

    int lossColumn() const {
        const auto found = m_indexOfId.find("E_total");
        return found == m_indexOfId.end() ? -1 : m_columnOf[at(found->second)];
    }

    void addFormats() {
        m_bold = workbook_add_format(m_file);
        format_set_bold(m_bold);
        m_title = workbook_add_format(m_file);
        format_set_bold(m_title);
        format_set_font_size(m_title, 13);
        m_warning = workbook_add_format(m_file);
        format_set_bold(m_warning);
        format_set_font_color(m_warning, 0xb71c1c);
        for (std::size_t s = 0; s < m_book.stageFills.size(); ++s) {
            m_cell[s] = workbook_add_format(m_file);
            format_set_bg_color(m_cell[s], m_book.stageFills[s]);
            m_header[s] = workbook_add_format(m_file);
            format_set_bg_color(m_header[s], m_book.stageFills[s]);
            format_set_bold(m_header[s]);
            format_set_bottom(m_header[s], LXW_BORDER_THIN);
        }
    }
    lxw_format* cellFormat(int quantity) const {
        return m_cell[at(static_cast<int>(m_engine.stageOf(quantity)))];
    }
    lxw_format* headerFormat(int quantity) const {
        return m_header[at(static_cast<int>(m_engine.stageOf(quantity)))];
    }

    void writeText(int row, int column, const std::string& text, lxw_format* format) {
        check(worksheet_write_string(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                     text.c_str(), format),
              ("writing the text cell " + cellAddress(row, column)).c_str());
    }

    // A value the formulas read, to the last bit: libxlsxwriter writes numbers with 16 significant
    // digits, which do not always read back to the same double (0.30000000000000004 becomes 0.3), and
    // one ulp in a starting weight grows, where the partials cancel, past the 1e-12 a recalculating
    // spreadsheet must match. Such a value is written as a constant formula of its shortest exact text.
    void writeExactNumber(int row, int column, double value, lxw_format* format) {
        char sixteenDigits[32];
        std::snprintf(sixteenDigits, sizeof sixteenDigits, "%.16G", value);
        const auto r = static_cast<lxw_row_t>(row);
        const auto c = static_cast<lxw_col_t>(column);
        if (std::strtod(sixteenDigits, nullptr) == value) {
            check(worksheet_write_number(m_sheet, r, c, value, format), "writing a value");
            return;
        }
        const std::string formula = "=" + formatExact(value);
        check(worksheet_write_formula_num(m_sheet, r, c, formula.c_str(), format, value), "writing a value");
    }

    void writeTitle() {
        writeText(WorksheetLayout::kTitleRow, 0, m_book.title, m_title);
        if (!m_book.message.empty()) writeText(WorksheetLayout::kMessageRow, 0, m_book.message, m_warning);
    }

    // A row of defined names over a row of values, each value named: formulas read "eta", "w_5".
    void writeParameters() {
        writeText(WorksheetLayout::kNamesRow, 0, "name", m_bold);
        // Row by row: in constant-memory mode a row is final once a later one is started.
        for (std::size_t p = 0; p < m_book.parameters.size(); ++p) {
            writeText(WorksheetLayout::kNamesRow, WorksheetLayout::kFirstValueColumn + static_cast<int>(p),
                      m_book.parameters[p].name, m_bold);
        }
        writeText(WorksheetLayout::kValuesRow, 0, "start", m_bold);
        for (std::size_t p = 0; p < m_book.parameters.size(); ++p) {
            const WorkbookParameter& parameter = m_book.parameters[p];
            const int column = WorksheetLayout::kFirstValueColumn + static_cast<int>(p);
            writeExactNumber(WorksheetLayout::kValuesRow, column, parameter.value,
                             m_cell[at(static_cast<int>(Stage::Given))]);
            const std::string where = "='" + std::string(kWorkbookSheetName) + "'!" +
                                      cellAddress(WorksheetLayout::kValuesRow, column, /*absolute=*/true);
            check(workbook_define_name(m_file, parameter.name.c_str(), where.c_str()), "naming a parameter");
        }
    }

    void writeExamples() {
        if (m_layout.examplesRow < 0) return;
        writeText(m_layout.examplesRow, 0, "example", m_bold);
        for (std::size_t e = 0; e < m_book.examples.size(); ++e) {
            check(worksheet_write_number(
                      m_sheet, static_cast<lxw_row_t>(m_layout.examplesRow),
                      static_cast<lxw_col_t>(WorksheetLayout::kFirstValueColumn + static_cast<int>(e)),
                      static_cast<double>(e + 1), m_bold),
                  "writing the training set");
        }
        for (std::size_t f = 0; f < m_book.exampleFields.size(); ++f) {
            const int row = m_layout.examplesRow + 1 + static_cast<int>(f);
            writeText(row, 0, m_book.exampleFields[f], m_bold);
            for (std::size_t e = 0; e < m_book.examples.size(); ++e) {
                writeExactNumber(row, WorksheetLayout::kFirstValueColumn + static_cast<int>(e),
                                 m_book.examples[e].at(f), m_cell[at(static_cast<int>(Stage::Given))]);
            }
        }
    }

    std::string headerComment(int quantity) const {
        const std::string& label = m_engine.labelOf(quantity);
        const int cell = m_engine.cellOfQuantity(quantity);
        if (cell >= 0) {
            std::string text = label + " = " + m_engine.formula(cell);
            if (!m_engine.noteOfCell(cell).empty()) text += "\n(" + m_engine.noteOfCell(cell) + ")";
            return text;
        }
        const GivenSource first = m_book.sourceOf(0, quantity);
        switch (first.kind) {
        case GivenSource::Kind::Parameter: {
            const std::string& name = m_book.parameters.at(at(first.index)).name;
            if (!m_engine.isCarriedParameter(quantity))
                return label + ": the starting value " + name + " in every row";
            return label + ": row 0 reads the starting value " + name + ", every later row " +
                   m_engine.labelOf(m_engine.updateOf(quantity)) + " of the row before";
        }
        case GivenSource::Kind::Example:
            return label + ": from the training set, of the example the row's \"examples\" column names";
        case GivenSource::Kind::PreviousRow:
            break;
        }
        return label;
    }

    void writeHeader() {
        const int row = m_layout.headerRow;
        writeText(row, 0, "iteration", m_bold);
        if (m_book.examplesOfRow) writeText(row, 1, "examples", m_bold);
        check(worksheet_set_column(m_sheet, 0, 0, 10, nullptr), "sizing a column");
        for (std::size_t c = 0; c < m_book.columns.size(); ++c) {
            const int q = m_book.columns[c];
            const int column = m_layout.firstQuantityColumn + static_cast<int>(c);
            writeText(row, column, m_engine.idOf(q), headerFormat(q));
            const std::string comment = headerComment(q);
            check(worksheet_write_comment(m_sheet, static_cast<lxw_row_t>(row),
                                          static_cast<lxw_col_t>(column), comment.c_str()),
                  "writing a column's formula as a comment");
            // Wide enough for the name and for a General number of about 11 characters.
            const double width = std::max(12.0, static_cast<double>(m_engine.idOf(q).size()) + 2.0);
            check(worksheet_set_column(m_sheet, static_cast<lxw_col_t>(column),
                                       static_cast<lxw_col_t>(column), width, nullptr),
                  "sizing a column");
        }
        if (m_book.examplesOfRow) check(worksheet_set_column(m_sheet, 1, 1, 11, nullptr), "sizing a column");
    }

    // What a formula of row `row` reads for quantity `q`: its cell in this row when the table shows it,
    // else where the given value comes from.
    std::string referenceOf(int row, int q) const {
        const int column = m_columnOf[at(q)];
        if (column >= 0) return cellAddress(m_layout.tableRow(row), column);
        return sourceReference(row, m_book.sourceOf(row, q));
    }
    std::string sourceReference(int row, const GivenSource& source) const {
        switch (source.kind) {
        case GivenSource::Kind::Parameter:
            return m_book.parameters.at(at(source.index)).name;
        case GivenSource::Kind::PreviousRow: {
            const int column = m_columnOf.at(at(source.index));
            if (column < 0 || row == 0)
                throw std::logic_error("a row continues a quantity the table does not show");
            return cellAddress(m_layout.tableRow(row - 1), column);
        }
        case GivenSource::Kind::Example:
            return m_layout.exampleCell(source.index, source.field);
        }
        throw std::logic_error("unknown source of a given value");
    }

    void writeRow(int r) {
        const auto sheetRow = static_cast<lxw_row_t>(m_layout.tableRow(r));
        check(worksheet_write_number(m_sheet, sheetRow, 0, r, nullptr), "writing an iteration");
        if (m_book.examplesOfRow) writeText(m_layout.tableRow(r), 1, m_book.examplesOfRow(r), nullptr);
        const auto indexOf = [this](std::string_view id) {
            const auto found = m_indexOfId.find(std::string(id));
            return found == m_indexOfId.end() ? -1 : found->second;
        };
        const auto reference = [this, r](int q) { return referenceOf(r, q); };
        for (const int q : m_book.columns) {
            const int cell = m_engine.cellOfQuantity(q);
            const std::string formula =
                cell >= 0 ? spreadsheetFormula(m_book.templateOfCell(cell), indexOf, reference)
                          : sourceReference(r, m_book.sourceOf(r, q));
            const double value = m_engine.value(r, q);
            const bool known = (cell < 0 || m_engine.isEvaluated(r, cell)) && std::isfinite(value);
            const auto column = static_cast<lxw_col_t>(m_columnOf[at(q)]);
            const std::string text = "=" + formula;
            // Without a finite value to cache, none: a spreadsheet shows what it computes (#NUM!, …).
            check(known ? worksheet_write_formula_num(m_sheet, sheetRow, column, text.c_str(), cellFormat(q),
                                                      value)
                        : worksheet_write_formula_str(m_sheet, sheetRow, column, text.c_str(), cellFormat(q),
                                                      ""),
                  "writing a formula");
        }
    }

    const SheetWorkbook& m_book;
    const SheetEngine& m_engine;
    lxw_workbook* m_file;
    WorksheetLayout m_layout;
    lxw_worksheet* m_sheet = nullptr;
    std::unordered_map<std::string, int> m_indexOfId;
    std::vector<int> m_columnOf; // the table's column of each quantity, -1 where it has none
    lxw_format* m_bold = nullptr;
    lxw_format* m_title = nullptr;
    lxw_format* m_warning = nullptr;
    std::array<lxw_format*, 6> m_cell{};
    std::array<lxw_format*, 6> m_header{};
};

void addLossChart(lxw_workbook* file, const WorksheetWriter& sheet) {
    const std::string values = sheet.lossRange();
    if (values.empty()) return;
    lxw_chartsheet* chartsheet = workbook_add_chartsheet(file, kWorkbookChartName);
    lxw_chart* chart = workbook_add_chart(file, LXW_CHART_SCATTER_STRAIGHT);
    if (!chartsheet || !chart) throw std::runtime_error("the loss chart could not be added");
    const std::string categories = sheet.iterationRange();
    lxw_chart_series* series = chart_add_series(chart, categories.c_str(), values.c_str());
    if (!series) throw std::runtime_error("the loss chart's series could not be added");
    chart_series_set_name(series, "E_total");
    chart_title_set_name(chart, "Loss E_total per iteration");
    chart_axis_set_name(chart->x_axis, "iteration");
    chart_axis_set_name(chart->y_axis, "E_total");
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    check(chartsheet_set_chart(chartsheet, chart), "placing the loss chart");
}

struct WorkbookCloser {
    void operator()(lxw_workbook* file) const { workbook_close(file); }
};

} // namespace

void writeSheetWorkbook(const SheetWorkbook& workbook, const std::string& path) {
    if (!workbook.engine || !workbook.sourceOf || !workbook.templateOfCell) {
        throw std::logic_error("a workbook needs its engine, sources and templates");
    }
    // Large runs (100,000 rows) would hold every cell in memory otherwise; rows go out in order.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    std::unique_ptr<lxw_workbook, WorkbookCloser> file(workbook_new_opt(path.c_str(), &options));
    if (!file) throw WorkbookFileError("the workbook file could not be created");
    lxw_doc_properties properties{};
    std::string title = workbook.title; // libxlsxwriter takes char*, and only reads it
    properties.title = title.data();
    properties.created = static_cast<time_t>(workbook.createdAt);
    check(workbook_set_properties(file.get(), &properties), "setting the document's properties");
    WorksheetWriter sheet(workbook, file.get());
    sheet.write();
    addLossChart(file.get(), sheet);
    const lxw_error closed = workbook_close(file.release());
    if (closed != LXW_NO_ERROR)
        throw WorkbookFileError(std::string("saving the workbook: ") + lxw_strerror(closed));
}

} // namespace bplab

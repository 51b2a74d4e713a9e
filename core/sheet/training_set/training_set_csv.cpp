#include "core/sheet/training_set/training_set_csv.h"

#include "core/plain_text.h"
#include "core/sheet/input_error.h"
#include "core/sheet/sheet_csv.h"

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <stdexcept>
#include <system_error>
#include <utility>
#include <vector>

namespace bplab {

namespace {

constexpr const char kConvention[] =
    "name the inputs i1, i2, … and then the targets t1, t2, …, e.g. i1,i2,t1";

// The window words `problem` from `values`; the command line prints `english`.
[[noreturn]] void refuse(InputProblem problem, std::vector<std::string> values, const std::string& english) {
    throw InputError(problem, std::move(values), english);
}

std::vector<std::string_view> fieldsOf(std::string_view line) {
    std::vector<std::string_view> fields;
    for (std::size_t start = 0;;) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(trimmedOfSpacesAndTabs(
            line.substr(start, comma == std::string_view::npos ? comma : comma - start)));
        if (comma == std::string_view::npos) return fields;
        start = comma + 1;
    }
}

// The text's lines one at a time, numbered from 1, without their "\n" or "\r\n"; skips blank ones.
class LineReader {
public:
    explicit LineReader(std::string_view text)
        : m_rest(withoutByteOrderMark(text)) {}
    // False at the end of the text.
    bool nextNonBlank(std::string_view& line) {
        while (m_more) {
            const std::size_t end = m_rest.find('\n');
            line = m_rest.substr(0, end);
            m_more = end != std::string_view::npos;
            m_rest.remove_prefix(m_more ? end + 1 : m_rest.size());
            ++m_number;
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (!trimmedOfSpacesAndTabs(line).empty()) return true;
        }
        return false;
    }
    std::size_t number() const { return m_number; }

private:
    std::string_view m_rest;
    std::size_t m_number = 0;
    bool m_more = true;
};

struct Column {
    bool input = true;
    int number = 1; // from 1
    std::string name() const { return (input ? "i" : "t") + std::to_string(number); }
};

// A field as a sentence quotes it: at most 24 bytes of it, so a stray binary file gets a short sentence.
std::string clipped(std::string_view field) {
    constexpr std::size_t kLongest = 24;
    if (field.size() <= kLongest) return std::string(field);
    std::size_t cut = kLongest; // not inside a UTF-8 character: back to the byte that starts one
    while (cut > 0 && (static_cast<unsigned char>(field[cut]) & 0xC0U) == 0x80U) --cut;
    return std::string(field.substr(0, cut)) + "…";
}
std::string quoted(std::string_view field) { return "'" + clipped(field) + "'"; }

// Where a field sits: its line and column, both from 1.
struct Place {
    std::size_t line = 0;
    std::size_t column = 0;
    std::string english() const {
        return "line " + std::to_string(line) + ", column " + std::to_string(column);
    }
    std::vector<std::string> values() const { return {std::to_string(line), std::to_string(column)}; }
    std::vector<std::string> values(std::initializer_list<std::string> more) const {
        std::vector<std::string> all = values();
        all.insert(all.end(), more);
        return all;
    }
};

// The header's columns: i1..in, then t1..tm, each 1..kMaxExampleValues.
std::vector<Column> readHeader(std::string_view line, std::size_t lineNumber) {
    std::vector<Column> columns;
    for (const std::string_view field : fieldsOf(line)) {
        const Place place{lineNumber, columns.size() + 1};
        const std::string at = place.english();
        const bool inInputs = columns.empty() || columns.back().input;
        Column next{inInputs, columns.empty() ? 1 : columns.back().number + 1};
        int number = 0;
        const char* end = field.data() + field.size();
        const auto parsed = field.size() >= 2
                                ? std::from_chars(field.data() + 1, end, number)
                                : std::from_chars_result{field.data(), std::errc::invalid_argument};
        // (The size check first: field[0] of an empty field does not exist.)
        const bool named =
            parsed.ec == std::errc() && parsed.ptr == end && (field[0] == 'i' || field[0] == 't');
        if (!named) {
            const bool semicolons = field.find(';') != std::string_view::npos;
            refuse(semicolons ? InputProblem::CsvSemicolons : InputProblem::CsvNotAColumnName,
                   place.values({clipped(field)}),
                   at + ": " + quoted(field) + " is not a column name: " +
                       (semicolons ? "separate the columns with commas, and " : "") + kConvention);
        }
        if (field[0] == 't' && inInputs && !columns.empty()) next = {false, 1}; // the first target
        if (field[0] == 'i' && !inInputs) {
            refuse(InputProblem::CsvInputAfterTargets, place.values({clipped(field)}),
                   at + ": " + quoted(field) + " after the targets: " + kConvention);
        }
        if (field[0] == (next.input ? 'i' : 't') && number == next.number && number > kMaxExampleValues) {
            refuse(next.input ? InputProblem::CsvTooManyInputs : InputProblem::CsvTooManyTargets,
                   place.values({clipped(field), std::to_string(kMaxExampleValues)}),
                   at + ": " + quoted(field) + ": at most " + std::to_string(kMaxExampleValues) + " " +
                       (next.input ? "inputs" : "targets"));
        }
        if (field[0] != (next.input ? 'i' : 't') || number != next.number) {
            refuse(InputProblem::CsvColumnOutOfOrder, place.values({clipped(field), next.name()}),
                   at + ": " + quoted(field) + " where " + next.name() + " belongs: " + kConvention);
        }
        columns.push_back(next);
    }
    if (columns.back().input) {
        refuse(InputProblem::CsvNoTargetColumn, {std::to_string(lineNumber)},
               "line " + std::to_string(lineNumber) + ": no target column: " + kConvention);
    }
    return columns;
}

// `column` names the field's column ("i1"): the sentences say where and what.
double readValue(std::string_view field, const Place& place, const std::string& column) {
    const std::string at = place.english() + " (" + column + ")";
    if (field.empty())
        refuse(InputProblem::CsvEmptyValue, place.values({column}), at + " is empty: write a number");
    // from_chars reads a decimal point whatever the locale, but takes no "+" sign.
    const std::string_view digits =
        field.size() > 1 && field[0] == '+' && field[1] != '-' ? field.substr(1) : field;
    double value = 0.0;
    const char* end = digits.data() + digits.size();
    const auto [ptr, error] = std::from_chars(digits.data(), end, value);
    if (error == std::errc::result_out_of_range) {
        refuse(InputProblem::CsvValueOutOfRange, place.values({column, clipped(field)}),
               at + ": " + quoted(field) + " is beyond the range of numbers the sheet computes with");
    }
    if (error != std::errc() || ptr != end) {
        refuse(InputProblem::CsvNotANumber, place.values({column, clipped(field)}),
               at + ": " + quoted(field) + " is not a number");
    }
    if (!std::isfinite(value)) {
        refuse(InputProblem::CsvNotFiniteValue, place.values({column, clipped(field)}),
               at + ": " + quoted(field) + " is not a finite number");
    }
    return value;
}

TrainingExample readExample(std::string_view line, std::size_t lineNumber,
                            const std::vector<Column>& columns) {
    const std::vector<std::string_view> fields = fieldsOf(line);
    const std::string headerColumns = std::to_string(columns.size());
    if (fields.size() > columns.size()) {
        const Place place{lineNumber, columns.size() + 1};
        refuse(InputProblem::CsvExtraValue, place.values({headerColumns}),
               place.english() + ": a value more than the header's " + headerColumns + " columns");
    }
    if (fields.size() < columns.size()) {
        const Place place{lineNumber, fields.size() + 1};
        const std::string missing = columns[fields.size()].name();
        const std::string given = std::to_string(fields.size());
        refuse(InputProblem::CsvMissingValue, place.values({missing, given, headerColumns}),
               place.english() + " (" + missing + "): missing: the line has " + given +
                   " values, the header names " + headerColumns);
    }
    TrainingExample example;
    for (std::size_t k = 0; k < columns.size(); ++k) {
        const double value = readValue(fields[k], Place{lineNumber, k + 1}, columns[k].name());
        (columns[k].input ? example.inputs : example.targets).push_back(value);
    }
    return example;
}

} // namespace

TrainingSet readTrainingSetCsv(std::string_view text) {
    LineReader lines(text);
    std::string_view line;
    if (!lines.nextNonBlank(line)) {
        refuse(InputProblem::CsvEmptyFile, {},
               "the file is empty: its first line names the columns, e.g. i1,i2,t1");
    }
    const std::vector<Column> columns = readHeader(line, lines.number());
    TrainingSet set;
    while (lines.nextNonBlank(line)) {
        if (set.examples.size() == static_cast<std::size_t>(kMaxTrainingExamples)) {
            const std::string most = std::to_string(kMaxTrainingExamples);
            refuse(InputProblem::CsvTooManyExamples, {std::to_string(lines.number()), most},
                   "line " + std::to_string(lines.number()) + ": a training set has at most " + most +
                       " examples, and this is one more");
        }
        set.examples.push_back(readExample(line, lines.number(), columns));
    }
    if (set.examples.empty()) {
        refuse(InputProblem::CsvNoExamples, {},
               "the file has no examples: add one line of numbers per example after the header");
    }
    return set;
}

std::string trainingSetCsv(const TrainingSet& set) {
    validate(set, Loss::SquaredError);
    std::string text;
    for (int k = 1; k <= set.inputCount(); ++k) text += "i" + std::to_string(k) + ",";
    for (int k = 1; k <= set.targetCount(); ++k)
        text += "t" + std::to_string(k) + (k < set.targetCount() ? "," : "\n");
    for (const TrainingExample& example : set.examples) {
        for (const double value : example.inputs) text += formatExact(value) + ",";
        for (std::size_t k = 0; k < example.targets.size(); ++k) {
            text += formatExact(example.targets[k]) + (k + 1 < example.targets.size() ? "," : "\n");
        }
    }
    return text;
}

} // namespace bplab

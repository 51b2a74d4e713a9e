#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace bplab {

// What is wrong with a value a student typed or a file they opened. Each names, in order, the values its
// sentence quotes (`InputError::values`), numbers written as the files write them.
enum class InputProblem {
    // Values (SheetInputs): typed in the window or read from a lesson.
    NotFinite,                 // name
    UnusableLearningRate,      // —
    CrossEntropyTarget,        // target, value
    LearningRateOutsideWindow, // value, lowest, highest
    ValueOutsideWindow,        // name, value, lowest, highest
    // A lesson (Scenario).
    EmptyTitle,           // —
    IterationsOutOfRange, // most, value
    TooManyCompareRates,  // most, count
    UnusableCompareRate,  // —
    // A training set's CSV file.
    CsvEmptyFile,         // —
    CsvNoExamples,        // —
    CsvTooManyExamples,   // line, most
    CsvNotAColumnName,    // line, column, text
    CsvSemicolons,        // line, column, text: not a column name, and the columns are split by ";"
    CsvInputAfterTargets, // line, column, text
    CsvTooManyInputs,     // line, column, text, most
    CsvTooManyTargets,    // line, column, text, most
    CsvColumnOutOfOrder,  // line, column, text, the column that belongs there
    CsvNoTargetColumn,    // line
    CsvExtraValue,        // line, column, the header's column count
    CsvMissingValue,      // line, column, column name, values on the line, the header's column count
    CsvEmptyValue,        // line, column, column name
    CsvValueOutOfRange,   // line, column, column name, text
    CsvNotANumber,        // line, column, column name, text
    CsvNotFiniteValue,    // line, column, column name, text
};

// Thrown where a value or a file is refused: what() is the English sentence the command line and the
// tests read; the window words `problem` and `values` in the student's language (ui/sheet/sheet_messages).
class InputError : public std::invalid_argument {
public:
    InputError(InputProblem problem, std::vector<std::string> values, const std::string& english)
        : std::invalid_argument(english)
        , m_problem(problem)
        , m_values(std::move(values)) {}

    InputProblem problem() const { return m_problem; }
    const std::vector<std::string>& values() const { return m_values; }

private:
    InputProblem m_problem;
    std::vector<std::string> m_values;
};

} // namespace bplab

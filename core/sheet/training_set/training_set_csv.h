#pragma once

#include "core/sheet/training_set/training_set.h"

#include <string>
#include <string_view>

namespace bplab {

// A training set as CSV, the file a teacher writes by hand or exports from a spreadsheet:
//
//     i1,i2,t1
//     0,0,0
//     0,1,1
//
// - The first line names the columns: the inputs i1, i2, … and then the targets t1, t2, …, each
//   numbered from 1 in order (the sheet's own names for the seed's inputs and targets), 1 to 4 of each.
// - Each further line is one example: a number per column, with a decimal point ("0.5", "-1", "1e-3").
//   At most kMaxTrainingExamples lines, at least one.
// - Spaces and tabs around a value, blank lines, Windows line ends (\r\n) and a UTF-8 byte order mark
//   (as spreadsheets write) are allowed. Nothing else: no quotes, no comments, no other separator.
//
// Reading refuses anything else with std::invalid_argument and one sentence naming the line and
// column (both counted from 1, blank lines included), e.g. "line 3, column 2 (i2): 'abc' is not a
// number". What it returns has no problem except perhaps a target outside [0, 1]: check it with
// validate(set, loss) for the loss in use.
TrainingSet readTrainingSetCsv(std::string_view text);

// The set in that format, every value with the shortest text that reads back to the same double, so
// readTrainingSetCsv(trainingSetCsv(set)) == set. Throws std::invalid_argument (validate's sentence)
// for a set that has a problem with any loss.
std::string trainingSetCsv(const TrainingSet& set);

} // namespace bplab

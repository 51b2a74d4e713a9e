#pragma once

#include "core/sheet/backprop_sheet.h" // the seed quantities of record(iteration, cell, quantity, …)
#include "core/sheet/sheet_engine.h"

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace bplab {

// "Predict, then reveal": the student guesses the next cell before the sheet computes it. A guess
// counts when it lies within 1 % of the true value; near 0, where 1 % is smaller than any digit a
// student would type, within an absolute 1e-6 instead. Both edges count as correct.
// An update cell w′ = w − η·∂E/∂w is scored on its step instead: the guess's step (guess − w) must lie
// within 1 % of the true step (w′ − w). Against w′ itself, typing the old w would count whenever the
// step is under 1 % of w, which it mostly is.
inline constexpr double kQuizRelativeTolerance = 0.01;
inline constexpr double kQuizAbsoluteTolerance = 1e-6;

// How far a guess may be from a true `value` measured from `origin` (0, or w for an update cell) and
// still count: max(1 % of |value − origin|, 1e-6).
double quizTolerance(double value, double origin = 0.0);
// Whether |guess − value| ≤ quizTolerance(value, origin). Never for a non-finite value (a diverged
// cell): there is nothing to be near.
bool isGuessCorrect(double guess, double value, double origin = 0.0);

// What is wrong with a typed guess; the window words it in the student's language.
enum class GuessProblem {
    None,         // a number
    Empty,        // nothing typed
    NotANumber,   // text that is not a number ("abc", "0.5x")
    DecimalComma, // a comma where this window's decimal mark is a point ("0,5")
    TooLarge,     // beyond a double ("1e999")
    Infinite,     // ∞, inf: the sheet stops before a value becomes infinite
    NaN,          // nan: every cell of a running sheet is a finite number
};

// A typed guess as a number, or what is wrong with it and the text it is about (trimmed, a true minus
// sign "−" written as "-"), for the window to say how to fix it.
struct ParsedGuess {
    std::optional<double> value;
    GuessProblem problem = GuessProblem::None; // None when `value` is set
    std::string text;
};
// Reads `text` as the sheet writes numbers: "0.5932", "7.2e-2", a true minus sign "−". `decimalMark` is
// the window's own (its locale's: "," in German): a guess typed with it counts too, and a point always
// does (a German student reading the files' "0.5932" may type it as it is).
ParsedGuess parseGuess(std::string_view text, std::string_view decimalMark = ".");

// The cell the sheet evaluates next, or nothing when the run is complete or has stopped. Any sheet:
// the seed's or an own network.
std::optional<CellPosition> nextCell(const SheetEngine& sheet);

// The parameter an update cell at `cell` steps from (the quantity w5 for w5′, w²₁₂ for w²₁₂′), or -1
// for any other cell: the one precedent of the update whose update it is (SheetEngine::updateOf).
int quizParameter(const SheetEngine& sheet, int cell);
// What a guess at `position` is measured from: the parameter before the step (w5 for w5′, b1 for
// b1′) in the row of the update, for an update cell, else 0.
double quizOrigin(const SheetEngine& sheet, CellPosition position);

// The four stages a student predicts, in the order a row computes them.
inline constexpr std::array<Stage, 4> kQuizStages{Stage::Forward, Stage::Loss, Stage::Gradient,
                                                  Stage::Update};

struct QuizAttempt {
    int iteration = 0;
    int cell = 0;     // index in evaluation order of the sheet guessed at
    int quantity = 0; // index into that sheet's quantities
    // The quantity's stage and stable id, kept with the attempt: the score and the CSV stay right after
    // the window shows another sheet, whose indices mean other quantities.
    Stage stage = Stage::Forward;
    std::string id;
    double guess = 0.0;
    double value = 0.0;  // the cell's true value
    double origin = 0.0; // what it is measured from (quizOrigin)
    bool correct = false;
};

struct StageScore {
    int correct = 0;
    int attempts = 0;
};

// Every scored guess of a quiz, and the running score per stage.
class QuizScore {
public:
    // Scores `guess` at the evaluated cell `position` of `sheet` against its value, measured from
    // quizOrigin, and keeps the attempt with the quantity's stage and id.
    const QuizAttempt& record(const SheetEngine& sheet, CellPosition position, double guess);
    // The same for a quantity of the seed's 2-2-2 sheet (an index into quantities()), given its value
    // and origin.
    const QuizAttempt& record(int iteration, int cell, int quantity, double guess, double value,
                              double origin = 0.0);
    StageScore score(Stage stage) const;
    StageScore total() const;
    const std::vector<QuizAttempt>& attempts() const { return m_attempts; }
    void clear() { m_attempts.clear(); }

private:
    std::vector<QuizAttempt> m_attempts;
};

// iteration,cell,quantity,stage,guess,true_value,correct: one line per attempt, quantities by their
// ids ("dE_dw5", an own network's "dE_dw2_11"), values with 17 significant digits; `cell` counts from 1
// in evaluation order, as the status bar does.
void writeQuizCsv(std::ostream& out, const std::vector<QuizAttempt>& attempts);

} // namespace bplab

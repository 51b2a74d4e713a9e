#include "core/sheet/quiz/quiz.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iomanip>
#include <limits>

namespace bplab {

double quizTolerance(double value, double origin) {
    return std::max(kQuizRelativeTolerance * std::fabs(value - origin), kQuizAbsoluteTolerance);
}

bool isGuessCorrect(double guess, double value, double origin) {
    // (guess − origin) − (value − origin) = guess − value: only the tolerance depends on the origin.
    return std::isfinite(value) && std::fabs(guess - value) <= quizTolerance(value, origin);
}

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// "−0.5" (U+2212, how the sheet writes negatives) and "+0.5" as from_chars reads them: "-0.5", "0.5".
std::string normalizedSigns(std::string_view text) {
    static constexpr std::string_view kTrueMinus = "\u2212";
    std::string result(text);
    for (auto at = result.find(kTrueMinus); at != std::string::npos; at = result.find(kTrueMinus, at))
        result.replace(at, kTrueMinus.size(), "-");
    if (!result.empty() && result.front() == '+') result.erase(0, 1);
    return result;
}

// How the CSV names a stage: the quiz's four, lower case.
const char* stageId(Stage stage) {
    switch (stage) {
    case Stage::Forward:
        return "forward";
    case Stage::Loss:
        return "loss";
    case Stage::Gradient:
        return "gradient";
    case Stage::Update:
        return "update";
    case Stage::Given:
    case Stage::Weight:
        break;
    }
    return "given";
}

} // namespace

ParsedGuess parseGuess(std::string_view text, std::string_view decimalMark) {
    const std::string number = normalizedSigns(trimmed(text));
    if (number.empty()) return {std::nullopt, GuessProblem::Empty, {}};
    if (number.find("\u221e") != std::string::npos) return {std::nullopt, GuessProblem::Infinite, number};
    std::string asTheFilesWriteIt = number;
    if (!decimalMark.empty() && decimalMark != ".") {
        for (auto at = asTheFilesWriteIt.find(decimalMark); at != std::string::npos;
             at = asTheFilesWriteIt.find(decimalMark, at + 1))
            asTheFilesWriteIt.replace(at, decimalMark.size(), ".");
    }
    double value = 0.0;
    const char* end = asTheFilesWriteIt.data() + asTheFilesWriteIt.size();
    const auto [stop, error] = std::from_chars(asTheFilesWriteIt.data(), end, value);
    if (error == std::errc() && stop == end) {
        if (std::isnan(value)) return {std::nullopt, GuessProblem::NaN, number};
        if (std::isinf(value)) return {std::nullopt, GuessProblem::Infinite, number};
        return {value, GuessProblem::None, {}};
    }
    if (error == std::errc::result_out_of_range) return {std::nullopt, GuessProblem::TooLarge, number};
    if (asTheFilesWriteIt.find(',') != std::string::npos)
        return {std::nullopt, GuessProblem::DecimalComma, number};
    return {std::nullopt, GuessProblem::NotANumber, number};
}

std::optional<CellPosition> nextCell(const SheetEngine& sheet) {
    if (sheet.atEnd()) return std::nullopt;
    const long long evaluated = sheet.evaluatedCellCount();
    return CellPosition{static_cast<int>(evaluated / sheet.cellCount()),
                        static_cast<int>(evaluated % sheet.cellCount())};
}

int quizParameter(const SheetEngine& sheet, int cell) {
    const int quantity = sheet.quantityOfCell(cell);
    if (sheet.stageOf(quantity) != Stage::Update) return -1;
    // w′ = w − η·∂E/∂w reads w: of its precedents, the one it is the update of.
    for (int precedent : sheet.precedentsOfCell(cell))
        if (sheet.updateOf(precedent) == quantity) return precedent;
    return -1;
}

double quizOrigin(const SheetEngine& sheet, CellPosition position) {
    const int parameter = quizParameter(sheet, position.cell);
    // The row holds the parameter the step starts from.
    return parameter < 0 ? 0.0 : sheet.value(position.iteration, parameter);
}

const QuizAttempt& QuizScore::record(const SheetEngine& sheet, CellPosition position, double guess) {
    const int quantity = sheet.quantityOfCell(position.cell);
    const double value = sheet.value(position.iteration, quantity);
    const double origin = quizOrigin(sheet, position);
    m_attempts.push_back({position.iteration, position.cell, quantity, sheet.stageOf(quantity),
                          sheet.idOf(quantity), guess, value, origin, isGuessCorrect(guess, value, origin)});
    return m_attempts.back();
}

const QuizAttempt& QuizScore::record(int iteration, int cell, int quantity, double guess, double value,
                                     double origin) {
    const QuantityInfo& info = quantities()[static_cast<std::size_t>(quantity)];
    m_attempts.push_back({iteration, cell, quantity, info.stage, info.id, guess, value, origin,
                          isGuessCorrect(guess, value, origin)});
    return m_attempts.back();
}

StageScore QuizScore::score(Stage stage) const {
    StageScore result;
    for (const QuizAttempt& attempt : m_attempts) {
        if (attempt.stage != stage) continue;
        ++result.attempts;
        result.correct += attempt.correct ? 1 : 0;
    }
    return result;
}

StageScore QuizScore::total() const {
    const auto correct = std::count_if(m_attempts.begin(), m_attempts.end(),
                                       [](const QuizAttempt& attempt) { return attempt.correct; });
    return {static_cast<int>(correct), static_cast<int>(m_attempts.size())};
}

void writeQuizCsv(std::ostream& out, const std::vector<QuizAttempt>& attempts) {
    const auto oldPrecision = out.precision(std::numeric_limits<double>::max_digits10);
    out << "iteration,cell,quantity,stage,guess,true_value,correct\n";
    for (const QuizAttempt& attempt : attempts) {
        out << attempt.iteration << ',' << attempt.cell + 1 << ',' << attempt.id << ','
            << stageId(attempt.stage) << ',' << attempt.guess << ',' << attempt.value << ','
            << (attempt.correct ? "yes" : "no") << '\n';
    }
    out.precision(oldPrecision);
}

} // namespace bplab

#include "tests/core/sheet/formula_text_evaluator.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <stdexcept>

namespace bplab::test {

bool Interval::contains(double value) const {
    // Endpoints are computed in floating point: allow a few ulps of the interval's magnitude.
    const auto magnitude = [](double x) { return std::isfinite(x) ? std::fabs(x) : 0.0; };
    const double slack = 1e-12 * std::max({magnitude(lo), magnitude(hi), 1e-300});
    return value >= lo - slack && value <= hi + slack;
}

double Interval::relativeHalfWidth() const {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return HUGE_VAL;
    const double scale = std::max(std::fabs(lo), std::fabs(hi));
    return scale == 0.0 ? 0.0 : 0.5 * (hi - lo) / scale;
}

namespace {

Interval exact(double x) { return {x, x}; }
Interval hull(std::initializer_list<double> values) { return {std::min(values), std::max(values)}; }

Interval operator+(Interval a, Interval b) { return {a.lo + b.lo, a.hi + b.hi}; }
Interval operator-(Interval a, Interval b) { return {a.lo - b.hi, a.hi - b.lo}; }
Interval operator-(Interval a) { return {-a.hi, -a.lo}; }
Interval operator*(Interval a, Interval b) {
    return hull({a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi});
}
Interval square(Interval a) {
    if (a.lo >= 0.0) return {a.lo * a.lo, a.hi * a.hi};
    if (a.hi <= 0.0) return {a.hi * a.hi, a.lo * a.lo};
    return {0.0, std::max(a.lo * a.lo, a.hi * a.hi)};
}
// Monotonically increasing functions map endpoints to endpoints.
template <typename F> Interval increasing(Interval a, F f) { return {f(a.lo), f(a.hi)}; }

// A printed number: 4 significant digits ("%.4g"), so the value is within half a unit of the 4th.
// "0" is printed only for an exact zero (a tiny value prints as "1e-300"). The constants of a formula
// ("1 − a") are read the same way, which only widens the interval.
Interval printedNumber(double x) {
    if (x == 0.0) return exact(0.0);
    int exponent = static_cast<int>(std::floor(std::log10(x)));
    if (std::pow(10.0, exponent + 1) <= x) ++exponent; // log10 may be off by one ulp at a power of 10
    if (std::pow(10.0, exponent) > x) --exponent;
    const double half = 0.5 * std::pow(10.0, exponent - 3);
    // Just below a power of ten the 4th digit is one place further right: "1" is [0.99995, 1.0005].
    const bool powerOfTen = x == std::pow(10.0, exponent);
    return {x - (powerOfTen ? half / 10.0 : half), x + half};
}

class Parser {
public:
    explicit Parser(std::string_view text)
        : m_text(text) {}

    Interval parseAll() {
        const Interval result = sum();
        skipSpaces();
        if (m_pos != m_text.size()) fail("unexpected text");
        return result;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::invalid_argument(what + " at byte " + std::to_string(m_pos) + " of \"" +
                                    std::string(m_text) + "\"");
    }
    void skipSpaces() {
        while (m_pos < m_text.size() && m_text[m_pos] == ' ') ++m_pos;
    }
    // Consumes `token` (after spaces) when the text continues with it.
    bool accept(std::string_view token) {
        skipSpaces();
        if (m_text.substr(m_pos, token.size()) != token) return false;
        m_pos += token.size();
        return true;
    }
    void expect(std::string_view token) {
        if (!accept(token)) fail("expected \"" + std::string(token) + "\"");
    }
    // A word such as "ln" or "e", not the start of a longer word.
    bool acceptWord(std::string_view word) {
        skipSpaces();
        const std::size_t end = m_pos + word.size();
        if (m_text.substr(m_pos, word.size()) != word) return false;
        if (end < m_text.size() && std::isalnum(static_cast<unsigned char>(m_text[end]))) return false;
        m_pos = end;
        return true;
    }

    Interval sum() {
        Interval value = product();
        for (;;) {
            if (accept("+")) {
                value = value + product();
            } else if (accept("−")) {
                value = value - product();
            } else {
                return value;
            }
        }
    }
    Interval product() {
        Interval value = unary();
        for (;;) {
            if (accept("·") || accept("×")) {
                value = value * unary();
            } else if (accept("/")) {
                const Interval divisor = unary();
                if (divisor.lo <= 0.0 && divisor.hi >= 0.0) fail("a divisor that may be 0");
                value = value * Interval{1.0 / divisor.hi, 1.0 / divisor.lo};
            } else {
                return value;
            }
        }
    }
    Interval unary() {
        if (accept("−")) return -unary();
        return power();
    }
    Interval power() {
        const Interval base = postfix();
        if (!accept("^")) return base;
        const Interval exponent = unary();
        if (base.lo <= 0.0) fail("a power of a base that may be ≤ 0");
        const auto exp = [](double x) { return std::exp(x); };
        return increasing(exponent * increasing(base, [](double x) { return std::log(x); }), exp);
    }
    Interval postfix() {
        Interval value = primary();
        while (accept("²")) value = square(value);
        return value;
    }
    Interval primary() {
        skipSpaces();
        if (m_pos < m_text.size() && (std::isdigit(static_cast<unsigned char>(m_text[m_pos])) != 0)) {
            return number();
        }
        if (accept("½")) return exact(0.5);
        if (accept("(")) return closedBy(")");
        if (accept("[")) return closedBy("]");
        if (acceptWord("ln")) {
            // The engine takes logarithms only where they exist, so a printed argument that may be
            // ≤ 0 ("ln(1 − 1)": an output within 0.00005 of 1 prints as 1) stands for its positive
            // part, and the logarithm is unbounded below.
            const Interval argument = primary();
            if (argument.hi <= 0.0) fail("a logarithm of a value ≤ 0");
            const auto ln = [](double x) { return x > 0.0 ? std::log(x) : -HUGE_VAL; };
            return increasing(argument, ln);
        }
        if (acceptWord("tanh")) {
            expect("(");
            return increasing(closedBy(")"), [](double x) { return std::tanh(x); });
        }
        if (acceptWord("step")) {
            expect("(");
            return increasing(closedBy(")"), [](double x) { return x > 0.0 ? 1.0 : 0.0; });
        }
        if (acceptWord("max")) {
            expect("(");
            const Interval a = sum();
            expect(",");
            const Interval b = closedBy(")");
            return {std::max(a.lo, b.lo), std::max(a.hi, b.hi)};
        }
        if (acceptWord("e")) return exact(std::exp(1.0));
        fail("expected a number, a bracket or a function");
    }
    Interval closedBy(std::string_view close) {
        const Interval inside = sum();
        expect(close);
        return inside;
    }
    // digits [. digits] [e (+|-) digits]: the exponent's sign is ASCII, unlike the text's minus.
    Interval number() {
        const std::size_t start = m_pos;
        const auto digits = [&] {
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos]))) ++m_pos;
        };
        digits();
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            digits();
        }
        if (m_pos + 1 < m_text.size() && m_text[m_pos] == 'e' &&
            (m_text[m_pos + 1] == '-' || m_text[m_pos + 1] == '+')) {
            m_pos += 2;
            digits();
        }
        return printedNumber(std::stod(std::string(m_text.substr(start, m_pos - start))));
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

Interval evaluateFormulaText(std::string_view text) { return Parser(text).parseAll(); }

} // namespace bplab::test

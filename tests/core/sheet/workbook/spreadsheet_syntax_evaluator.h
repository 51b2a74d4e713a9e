#pragma once

// A second implementation of what a spreadsheet computes from the formulas the workbook writes, for the
// tests: it shares no code with core/sheet, only the spreadsheet's syntax, so a translated formula that
// evaluates to the engine's value proves the translation computes what the sheet shows.
//
// Grammar, loosest binding first, with a spreadsheet's precedence (Excel's and LibreOffice's):
//   comparison = sum ["<" sum]                  TRUE/FALSE, counted as 1/0 in arithmetic
//   sum        = product {("+" | "-") product}
//   product    = power {("*" | "/") power}
//   power      = negation {"^" negation}        left to right: 2^3^2 = 64
//   negation   = "-" negation | primary          binds tighter than ^: -2^2 = 4
//   primary    = number | "(" comparison ")" | NAME "(" comparison {"," comparison} ")"
//   NAME       = EXP | LN | TANH | MAX
// Anything else (a space, a name, a Unicode sign the translation left behind) throws
// std::invalid_argument naming where.

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bplab::test {

class SpreadsheetSyntaxEvaluator {
public:
    explicit SpreadsheetSyntaxEvaluator(std::string_view formula)
        : m_text(formula) {}

    double evaluate() {
        const double result = comparison();
        if (m_pos != m_text.size()) fail("unexpected text");
        return result;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::invalid_argument(what + " at byte " + std::to_string(m_pos) + " of \"" +
                                    std::string(m_text) + "\"");
    }
    bool accept(char c) {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void expect(char c) {
        if (!accept(c)) fail(std::string("expected '") + c + "'");
    }

    double comparison() {
        const double left = sum();
        if (!accept('<')) return left;
        return left < sum() ? 1.0 : 0.0;
    }
    double sum() {
        double value = product();
        while (true) {
            if (accept('+')) {
                value += product();
            } else if (accept('-')) {
                value -= product();
            } else {
                return value;
            }
        }
    }
    double product() {
        double value = power();
        while (true) {
            if (accept('*')) {
                value *= power();
            } else if (accept('/')) {
                value /= power();
            } else {
                return value;
            }
        }
    }
    double power() {
        double value = negation();
        while (accept('^')) value = std::pow(value, negation());
        return value;
    }
    double negation() { return accept('-') ? -negation() : primary(); }

    double primary() {
        if (accept('(')) {
            const double value = comparison();
            expect(')');
            return value;
        }
        if (m_pos < m_text.size() && (std::isdigit(static_cast<unsigned char>(m_text[m_pos])) != 0)) {
            return number();
        }
        return function();
    }
    // Digits, an optional fraction and an optional exponent ("1e-05", as a shortest text may read).
    double number() {
        const std::string rest(m_text.substr(m_pos));
        char* end = nullptr;
        const double value = std::strtod(rest.c_str(), &end);
        m_pos += static_cast<std::size_t>(end - rest.c_str());
        return value;
    }
    double function() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= 'A' && m_text[m_pos] <= 'Z') ++m_pos;
        const std::string_view name = m_text.substr(start, m_pos - start);
        if (name.empty()) fail("expected a number, '(' or a function");
        expect('(');
        std::vector<double> arguments{comparison()};
        while (accept(',')) arguments.push_back(comparison());
        expect(')');
        const auto one = [&]() {
            if (arguments.size() != 1) fail(std::string(name) + " takes one argument");
            return arguments.front();
        };
        if (name == "EXP") return std::exp(one());
        if (name == "LN") return std::log(one()); // a spreadsheet's #NUM! for x ≤ 0 reads as NaN here
        if (name == "TANH") return std::tanh(one());
        if (name == "MAX") {
            double largest = arguments.front();
            for (const double x : arguments) largest = x > largest ? x : largest;
            return largest;
        }
        m_pos = start;
        fail("unknown function " + std::string(name));
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

inline double evaluateSpreadsheetFormula(std::string_view formula) {
    return SpreadsheetSyntaxEvaluator(formula).evaluate();
}

} // namespace bplab::test

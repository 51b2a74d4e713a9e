#pragma once

#include <QWidget>

#include <array>

namespace bplab::ui {

// Ten horizontal bars: the model's probability for each digit, the most likely one highlighted.
// Screen readers get the ten numbers as its description, the most likely digit first.
class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);
    void setProbabilities(const std::array<float, 10>& probabilities);
    void clear();
    const std::array<float, 10>& probabilities() const { return m_probabilities; }
    bool hasProbabilities() const { return m_has; }
    int best() const;
    // "Most likely first: 7 (90.0 %), 8 (2.0 %), …", all ten; before any, that there are none.
    QString describe() const;

    QSize sizeHint() const override { return {260, 10 * (fontMetrics().height() + 4)}; }
    QSize minimumSizeHint() const override { return {160, 10 * (fontMetrics().height() + 2)}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::array<float, 10> m_probabilities{};
    bool m_has = false;
};

} // namespace bplab::ui

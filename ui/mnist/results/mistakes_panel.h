#pragma once

#include "core/mnist/mnist_data.h"
#include "core/mnist/train_types.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;

namespace bplab::ui {

class DigitGallery;

// The misclassified test digits of the last evaluation, most confident mistakes first, with a filter
// to one confusion-matrix cell ("true 4, predicted 9: 12 images"). A line above the gallery says what
// is shown; Show all, or Esc, drops the filter. A new evaluation keeps the filter, so a student can
// watch one kind of mistake shrink epoch by epoch.
class MistakesPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxShown = 60; // a gallery of thousands would only scroll

    // A confusion-matrix cell: images labelled `trueDigit` that the model called `predicted`.
    struct Cell {
        int trueDigit = 0;
        int predicted = 0;
        bool operator==(const Cell& other) const {
            return trueDigit == other.trueDigit && predicted == other.predicted;
        }
    };

    explicit MistakesPanel(QWidget* parent = nullptr);

    // The mistakes of an evaluation on the test images of `mnist` (indices refer to them).
    void setMistakes(std::shared_ptr<const MnistData> mnist, std::vector<Misclassified> mistakes);
    // The data set's classes, known before its first evaluation: MNIST's digits keep the panel's
    // names ("Misclassified digits"); named classes make them speak of images. Kept by clear().
    void setClasses(const ClassNames& classes);
    void clear();
    void showOnly(Cell cell);
    void showAll();
    const std::optional<Cell>& filter() const { return m_filter; }
    // The line above the gallery: what it shows and how many.
    QString filterText() const;
    DigitGallery* gallery() const { return m_gallery; }
    QPushButton* showAllButton() const { return m_showAll; }

Q_SIGNALS:
    void filterChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();
    void nameParts(); // the accessible names and the placeholder, for digits or for images

    QLabel* m_label;
    QPushButton* m_showAll;
    DigitGallery* m_gallery;
    QScrollArea* m_scroll = nullptr; // the gallery's scroll area, named for screen readers
    bool m_digits = true;
    std::shared_ptr<const MnistData> m_data;
    std::vector<Misclassified> m_mistakes;
    std::optional<Cell> m_filter;
};

} // namespace bplab::ui

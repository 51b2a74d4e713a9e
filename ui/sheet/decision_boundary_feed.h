#pragma once

#include <QObject>

namespace bplab::ui {

class DecisionBoundaryView;
class SheetDocument;

// Feeds the decision boundary view from the sheet: while an own network with two inputs is shown, its
// first output over the input plane with the parameters of the row the selection is on (so it follows
// stepping, η and every edit), and the training examples as dots; otherwise a sentence saying why
// there is no picture.
class DecisionBoundaryFeed : public QObject {
    Q_OBJECT
public:
    DecisionBoundaryFeed(const SheetDocument* document, DecisionBoundaryView* view,
                         QObject* parent = nullptr);

    // The row whose parameters the picture uses: the selected cell's or given value's, else the cursor's.
    int shownIteration() const;

private:
    void refresh();

    const SheetDocument* m_document;
    DecisionBoundaryView* m_view;
};

} // namespace bplab::ui

#pragma once

#include "ui/sheet/boundary/decision_boundary_grid.h"

#include <QObject>
#include <QString>

#include <optional>
#include <variant>

namespace bplab {
class NetworkSheet;
struct NetworkSpec;
} // namespace bplab

namespace bplab::ui {

// What the decision boundary shows for row `iteration` of `network` (clamped to its rows; row 0 before
// the first step): its first output over the input plane, framed around the training examples, with
// the examples as dots. For a network without two inputs, the sentence saying why there is none. The
// window and `sheet --boundary-image` both draw this.
std::variant<DecisionBoundaryInput, QString> decisionBoundaryOfRow(const NetworkSheet& network,
                                                                   int iteration);
// Why a network of `spec` has no decision boundary (not two inputs), or nothing when it has one.
std::optional<QString> whyNoDecisionBoundary(const NetworkSpec& spec);

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

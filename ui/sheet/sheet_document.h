#pragma once

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_sheet.h"

#include <QObject>
#include <QString>

#include <optional>

namespace bplab::ui {

// A value the sheet is given rather than computes, as the table shows it: a starting weight (row 0), or a
// bias in a row where it is not the update of the row before.
struct GivenValue {
    int iteration = 0;
    int quantity = 0; // index into RowValues / quantities()
    friend bool operator==(const GivenValue& a, const GivenValue& b) {
        return a.iteration == b.iteration && a.quantity == b.quantity;
    }
};

// The backprop sheet as the GUI's single source of truth: owns the seed's BackpropSheet and, once the
// user builds one, a NetworkSheet of their own network; applies the user's edits and steps to the one
// shown, and announces changes. Views and item models read from it; nothing else writes to a sheet.
// Views that work for any network read engine() (or shownOwnNetwork() for what only a network has);
// the seed's own widgets (its values panel, its diagram) read sheet() and are hidden while an own
// network is shown.
class SheetDocument : public QObject {
    Q_OBJECT
public:
    explicit SheetDocument(QObject* parent = nullptr);

    // The sheet shown: the seed's, or the user's own network.
    const SheetEngine& engine() const;
    // The seed's 2-2-2 sheet (kept, with what was typed into it, while an own network is shown).
    const BackpropSheet& sheet() const { return m_sheet; }
    const SheetInputs& inputs() const { return m_sheet.inputs(); }
    // The user's own network, or nothing while the seed sheet is shown.
    const NetworkSheet* ownNetwork() const { return m_network ? &*m_network : nullptr; }
    bool showsOwnNetwork() const { return m_showsNetwork && m_network; }
    // The own network while it is the sheet shown, else nothing.
    const NetworkSheet* shownOwnNetwork() const { return showsOwnNetwork() ? ownNetwork() : nullptr; }

    // The cell the formula bar explains: the one evaluated last after a step, or one the user clicked.
    // Empty while a given value is selected instead (or nothing is computed).
    std::optional<CellPosition> selectedCell() const { return m_selected; }
    // The given value the user selected (a starting weight has no formula, but it has a value to read).
    std::optional<GivenValue> selectedGiven() const { return m_selectedGiven; }
    // The row the views show: the selected given value's or cell's, else 0 (nothing selected yet).
    int selectedIteration() const {
        if (m_selectedGiven) return m_selectedGiven->iteration;
        return m_selected ? m_selected->iteration : 0;
    }

    // Edits recompute every evaluated cell. Unusable values are refused with a sentence in `error`.
    bool setInputs(const SheetInputs& inputs, QString* error = nullptr);
    bool setLearningRate(double learningRate, QString* error = nullptr);
    bool setIterationLimit(int iterations, QString* error = nullptr);
    // Shows the user's own network (built on the first call); the cursor stays where it was when only
    // values change. A spec the engine refuses is refused with its sentence, and nothing changes.
    bool setNetwork(const NetworkSpec& spec, QString* error = nullptr);
    // A scenario's network and its iterations (a lesson's, a stored one's): setNetwork, then as many
    // rows as asked for, at most as many as stay interactive for its size.
    bool setNetworkRun(const NetworkSpec& spec, int iterations, QString* error = nullptr);
    // Back to the seed's sheet (the own network is kept, to come back to).
    void showSeedSheet();

    void stepCell();
    void stepIteration();
    void runToEnd();
    void reset();
    void select(CellPosition position);
    // Selects a given value of a started row; ignored for anything the sheet computes.
    void selectGiven(GivenValue given);

Q_SIGNALS:
    // What was typed (a value, η, the activation or the number of iterations) changed; `changed`
    // follows. Steps don't emit it: what depends only on the inputs need not follow the cursor.
    void inputsChanged();
    // Any value, the set of rows, or the cursor may have changed.
    void changed();
    // The seed sheet or the own network is now shown (before `changed`).
    void shownSheetChanged(bool ownNetwork);
    // The selected cell changed (also emitted after `changed` when a step moves it).
    void selectionChanged();

private:
    SheetEngine& activeEngine();
    void followCursor();
    void announceRecompute();
    bool isGivenValue(GivenValue given) const;
    // The cell of `quantity` in the shown sheet, for a selection that follows its quantity (by id,
    // since an own network's indices move when its shape changes).
    std::optional<CellPosition> cellFollowing(const std::optional<CellPosition>& selected,
                                              const std::string& id) const;
    std::string selectedId() const;

    BackpropSheet m_sheet;
    std::optional<NetworkSheet> m_network;
    bool m_showsNetwork = false;
    std::optional<CellPosition> m_selected;
    std::optional<GivenValue> m_selectedGiven; // set only while m_selected is empty
};

} // namespace bplab::ui

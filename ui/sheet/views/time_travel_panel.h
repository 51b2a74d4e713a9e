#pragma once

#include "core/sheet/analysis/iteration_diff.h"

#include <QWidget>

#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace bplab::ui {

class NetworkDiagram;
class OwnNetworkDiagram;
class SheetDocument;

// Time travel: pick two completed iterations A and B (or scrub B with the slider) and see every
// quantity's value at A, at B and the difference, ranked by the size of the change (absolute or
// relative), the largest few in bold; beside it the network with each weight's Δw from A to B. Exports
// the table as CSV and the diagram as PNG or SVG. Follows the sheet shown (SheetDocument::engine()):
// with the user's own network, its quantities by their own names, and beside them its diagram at the
// selected row (which B moves) instead of the seed's Δw picture.
class TimeTravelPanel : public QWidget {
    Q_OBJECT
public:
    // How many of the largest changes are highlighted.
    static constexpr int kHighlightedChanges = 5;

    explicit TimeTravelPanel(const SheetDocument* document, QWidget* parent = nullptr);

    void setIterations(int a, int b);
    int iterationA() const;
    int iterationB() const;
    void setRanking(DiffRanking ranking);
    DiffRanking ranking() const;
    const std::vector<QuantityChange>& changes() const { return m_changes; }

    QSlider* scrubber() const { return m_scrubber; }
    QTableWidget* table() const { return m_table; }
    NetworkDiagram* diagram() const { return m_diagram; }
    OwnNetworkDiagram* ownDiagram() const { return m_ownDiagram; }
    QString summary() const;
    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* exportPictureAction() const { return m_exportPicture; }

    // Both write the sheet shown, brought up to date first if it changed while the panel was hidden.
    bool exportCsv(const QString& path, QString* error);
    bool exportPicture(const QString& path, QSize size, QString* error);
    // Follows the document now (also on every change while shown).
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString& message);
    // The student moved B: the sheet may show that row.
    void iterationPicked(int iteration);

protected:
    void showEvent(QShowEvent* event) override;
    // The table's stage colours are worked out for a palette: a new one (View › Theme) redoes them.
    void changeEvent(QEvent* event) override;

private:
    QWidget* createControls();
    void createActions();
    void updateDiff();
    void fillTable();

    const SheetDocument* m_document;
    QSpinBox* m_a;
    QSpinBox* m_b;
    QSlider* m_scrubber;
    QComboBox* m_ranking;
    QLabel* m_summary;
    QTableWidget* m_table;
    NetworkDiagram* m_diagram;       // the seed's, with Δw
    OwnNetworkDiagram* m_ownDiagram; // in its place while an own network is shown
    QAction* m_exportCsv = nullptr;
    QAction* m_exportPicture = nullptr;
    std::vector<QuantityChange> m_changes;
    int m_completed = 0;  // completed iterations when last refreshed
    bool m_stale = false; // the document changed while the panel was hidden
    // The sheet shown changed: A and B of the other sheet mean nothing here, so start from 0 → newest.
    bool m_pickAfresh = false;
};

} // namespace bplab::ui

#pragma once

#include "core/mnist/training_health.h"

#include <QSize>
#include <QString>
#include <QWidget>

#include <vector>

class QAction;
class QComboBox;
class QLabel;

namespace bplab::ui {

class HealthChart;

// "Training health" beside the loss chart: a choice of figure (update/weight ratio, gradient norm,
// BatchNorm running mean or variance), a one-sentence caption saying how to read it, the chart
// (HealthChart), and its exports (image; CSV of every figure). Holds the current run's epochs.
class HealthPanel : public QWidget {
    Q_OBJECT
public:
    explicit HealthPanel(QWidget* parent = nullptr);

    // A new run: nothing to show until its first epoch.
    void clear();
    void appendEpoch(const bplab::EpochHealth& health);
    const std::vector<bplab::EpochHealth>& epochs() const { return m_epochs; }

    void showFigure(bplab::HealthFigure figure);
    bplab::HealthFigure figure() const;

    bool exportImage(const QString& path, QSize size, QString* error) const;
    bool exportCsv(const QString& path, QString* error) const;

    HealthChart* chart() const { return m_chart; }
    QComboBox* figureBox() const { return m_figure; }
    QString caption() const;
    // Export image… and Export CSV…, on the panel's own buttons; the tab connects them.
    QAction* exportImageAction() const { return m_exportImage; }
    QAction* exportCsvAction() const { return m_exportCsv; }

private:
    void redraw();

    std::vector<bplab::EpochHealth> m_epochs;
    QComboBox* m_figure;
    QLabel* m_caption;
    HealthChart* m_chart;
    QAction* m_exportImage;
    QAction* m_exportCsv;
};

} // namespace bplab::ui

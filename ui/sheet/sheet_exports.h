#pragma once

#include <QObject>
#include <QSize>
#include <QString>

class QAction;
class QWidget;

namespace bplab::ui {

class LossChart;
class SheetDocument;

// Saving the sheet's results: the loss chart as PNG or SVG, the whole sheet as CSV. The actions ask
// for a file (in the folder used last) and say in a sentence where it went or why it failed.
class SheetExports : public QObject {
    Q_OBJECT
public:
    // `dialogParent` owns this object and the dialogs it opens.
    SheetExports(const SheetDocument* document, const LossChart* chart, QWidget* dialogParent);

    QAction* exportChartAction() const { return m_exportChart; }
    QAction* exportCsvAction() const { return m_exportCsv; }

    bool exportChart(const QString& path, QSize size, QString* error) const;
    bool exportCsv(const QString& path, QString* error) const;

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void askExportChart();
    void askExportCsv();

    const SheetDocument* m_document;
    const LossChart* m_chart;
    QWidget* m_dialogParent;
    QAction* m_exportChart;
    QAction* m_exportCsv;
};

} // namespace bplab::ui

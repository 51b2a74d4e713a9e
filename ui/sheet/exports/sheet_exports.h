#pragma once

#include <QObject>
#include <QSize>
#include <QString>

class QAction;
class QWidget;

namespace bplab::ui {

class LossChart;
class SheetDocument;

// Saving the sheet's results: the loss chart as PNG or SVG, the whole sheet as CSV or as an .xlsx
// workbook of live formulas (sheet_workbook_export.h). The actions ask
// for a file (in the folder used last) and say in a sentence where it went or why it failed.
class SheetExports : public QObject {
    Q_OBJECT
public:
    // `dialogParent` owns this object and the dialogs it opens.
    SheetExports(const SheetDocument* document, const LossChart* chart, QWidget* dialogParent);

    QAction* exportChartAction() const { return m_exportChart; }
    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* exportWorkbookAction() const { return m_exportWorkbook; }

    bool exportChart(const QString& path, QSize size, QString* error) const;
    bool exportCsv(const QString& path, QString* error) const;
    // The shown sheet, the seed's or the own network's, as `sheet … --xlsx` writes it.
    bool exportWorkbook(const QString& path, QString* error) const;
    // The same from a copy of the shown sheet, in a worker thread behind a progress dialog with Cancel
    // (what the menu runs: a long run takes tens of seconds).
    bool exportWorkbookInBackground(const QString& path, QString* error) const;

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void askExportChart();
    void askExportCsv();
    void askExportWorkbook();

    const SheetDocument* m_document;
    const LossChart* m_chart;
    QWidget* m_dialogParent;
    QAction* m_exportChart;
    QAction* m_exportCsv;
    QAction* m_exportWorkbook;
};

} // namespace bplab::ui

#pragma once

#include <QObject>

class QAction;

namespace bplab::ui {

class LossLandscapePane;

// The landscape's exports: the picture as PNG or SVG at a chosen size, and the grid and the path as
// CSV, through the tabs' export flow (the last folder used; a sentence on success or failure).
class LandscapeExports : public QObject {
    Q_OBJECT
public:
    explicit LandscapeExports(LossLandscapePane* pane); // owned by the pane

    QAction* exportImageAction() const { return m_exportImage; }
    QAction* exportCsvAction() const { return m_exportCsv; }

private:
    LossLandscapePane* m_pane;
    QAction* m_exportImage;
    QAction* m_exportCsv;
};

} // namespace bplab::ui

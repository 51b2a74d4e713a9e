#include "ui/sheet/landscape/landscape_exports.h"

#include "ui/common/export_flow.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/landscape/loss_landscape_pane.h"

#include <QAction>

namespace bplab::ui {

LandscapeExports::LandscapeExports(LossLandscapePane* pane)
    : QObject(pane)
    , m_pane(pane)
    , m_exportImage(
          makeAction(tr("Export landscape &image…"), tr("Save the loss landscape as PNG or SVG"), {}, this))
    , m_exportCsv(makeAction(tr("Export landscape C&SV…"),
                             tr("Save the landscape's grid (E_total per point) and its paths as CSV"), {},
                             this)) {
    // The File menu lists them beside the other views' exports, so their text says which view; the
    // tab's own tool bar shows the short text.
    m_exportImage->setIconText(tr("Export image…"));
    m_exportCsv->setIconText(tr("Export CSV…"));
    connect(m_exportImage, &QAction::triggered, this, [this] {
        const QString message = askAndExportChart(m_pane, QStringLiteral("landscape.png"),
                                                  [this](const QString& path, QSize size, QString* error) {
                                                      return m_pane->exportImage(path, size, error);
                                                  });
        if (!message.isEmpty()) Q_EMIT m_pane->statusMessage(message);
    });
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const QString message = askAndSaveFile(
            m_pane, tr("Export loss landscape as CSV"), QStringLiteral("landscape.csv"),
            tr("CSV files (*.csv)"),
            [this](const QString& path, QString* error) { return m_pane->exportCsv(path, error); },
            tr("Landscape saved to %1"));
        if (!message.isEmpty()) Q_EMIT m_pane->statusMessage(message);
    });
}

} // namespace bplab::ui

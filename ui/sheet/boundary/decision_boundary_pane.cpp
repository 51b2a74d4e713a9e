#include "ui/sheet/boundary/decision_boundary_pane.h"

#include "ui/common/export_flow.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/boundary/decision_boundary_view.h"

#include <QAction>
#include <QToolBar>
#include <QVBoxLayout>

namespace bplab::ui {

DecisionBoundaryPane::DecisionBoundaryPane(QWidget* parent)
    : QWidget(parent)
    , m_view(new DecisionBoundaryView(this))
    , m_exportImage(makeAction(tr("Export decision &boundary…"),
                               tr("Save the decision boundary as PNG or SVG"), {}, this)) {
    // The File menu lists it beside the other views' exports, so its text says which view; the tab's
    // own tool bar shows the short text.
    m_exportImage->setIconText(tr("Export image…"));
    m_exportImage->setEnabled(false); // until there is a picture
    auto* toolBar = new QToolBar(this);
    toolBar->setAccessibleName(tr("Decision boundary tools"));
    toolBar->addAction(m_exportImage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);

    connect(m_view, &DecisionBoundaryView::pictureChanged, this,
            [this] { m_exportImage->setEnabled(!m_view->painter().isEmpty()); });
    connect(m_exportImage, &QAction::triggered, this, [this] {
        const QString message = askAndExportChart(this, QStringLiteral("decision-boundary.png"),
                                                  [this](const QString& path, QSize size, QString* error) {
                                                      return m_view->exportImage(path, size, error);
                                                  });
        if (!message.isEmpty()) Q_EMIT statusMessage(message);
    });
}

} // namespace bplab::ui

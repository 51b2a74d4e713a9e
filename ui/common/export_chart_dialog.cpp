#include "ui/common/export_chart_dialog.h"

#include "ui/common/chart_export_limits.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace bplab::ui {

ExportChartDialog::ExportChartDialog(const QString& path, QSize size, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(path, this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_windowColours(
          new QCheckBox(tr("Use the &window's colours (otherwise light, for print and slides)"), this))
    , m_refusal(new QLabel(this)) {
    setWindowTitle(tr("Export picture"));
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(kMinChartExportSide, kMaxChartExportSide);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportChartDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_height);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    // A row whose field is a layout gets no buddy, and a label without a buddy shows its '&' literally.
    auto* fileLabel = new QLabel(tr("&File (.png or .svg):"), this);
    fileLabel->setBuddy(m_path);
    auto* sizeLabel = new QLabel(tr("&Size (width × height):"), this);
    sizeLabel->setBuddy(m_width);
    m_refusal->setTextFormat(Qt::PlainText); // a path may hold '&' or '<'
    m_refusal->setWordWrap(true);
    m_refusal->setAutoFillBackground(true); // an inline banner in a pair of the palette's own colours
    m_refusal->setBackgroundRole(QPalette::ToolTipBase);
    m_refusal->setForegroundRole(QPalette::ToolTipText);
    m_refusal->setContentsMargins(4, 2, 4, 2);
    m_refusal->hide();
    auto* form = new QFormLayout(this);
    form->addRow(fileLabel, pathRow);
    form->addRow(sizeLabel, sizeRow);
    m_windowColours->setToolTip(tr("A dark theme's picture for a dark slide deck; left off, every picture "
                                   "looks the same whatever the theme"));
    form->addRow(m_windowColours);
    form->addRow(m_refusal);
    form->addRow(buttons);
}

QString ExportChartDialog::refusal() const { return m_refusal->isHidden() ? QString() : m_refusal->text(); }

void ExportChartDialog::accept() {
    if (m_exporter) {
        QString error;
        if (!m_exporter(path(), imageSize(), &error)) {
            m_refusal->setText(error); // says why and what to do; the path stays as typed
            m_refusal->show();
            m_path->setFocus();
            return;
        }
    }
    QDialog::accept();
}

QString ExportChartDialog::path() const { return m_path->text().trimmed(); }
QSize ExportChartDialog::imageSize() const { return {m_width->value(), m_height->value()}; }
bool ExportChartDialog::inWindowColours() const { return m_windowColours->isChecked(); }
void ExportChartDialog::setInWindowColours(bool inWindowColours) {
    m_windowColours->setChecked(inWindowColours);
}

void ExportChartDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export picture"), path(),
                                                        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!chosen.isEmpty()) m_path->setText(chosen);
}

} // namespace bplab::ui

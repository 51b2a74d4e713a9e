#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace bplab::ui {

// Asks where to export a chart and at which size. The format follows the file name: .svg writes
// SVG, anything else PNG.
class ExportChartDialog : public QDialog {
    Q_OBJECT
public:
    ExportChartDialog(const QString& path, QSize size, QWidget* parent = nullptr);

    QString path() const;
    QSize imageSize() const;

private:
    void browse();

    QLineEdit* m_path;
    QSpinBox* m_width;
    QSpinBox* m_height;
};

} // namespace bplab::ui

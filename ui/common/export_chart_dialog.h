#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bplab::ui {

// Asks where to export a chart, at which size, and in which colours (the light look unless asked). The format
// follows the file name: .svg writes SVG, anything else PNG. Given an exporter, Save writes the file itself:
// a refusal (a folder that does not exist, a read-only place) shows its sentence in the dialog, which stays
// open with what was typed, so the user corrects the path instead of typing it again.
class ExportChartDialog : public QDialog {
    Q_OBJECT
public:
    ExportChartDialog(const QString& path, QSize size, QWidget* parent = nullptr);

    QString path() const;
    QSize imageSize() const;
    // Whether the picture takes the window's colours rather than the light look (see PictureLook).
    bool inWindowColours() const;
    void setInWindowColours(bool inWindowColours);

    // Writes the image to `path` at `size`; false with a sentence in `error`.
    using Exporter = std::function<bool(const QString& path, QSize size, QString* error)>;
    void setExporter(Exporter exporter) { m_exporter = std::move(exporter); }
    // The sentence of the last refusal shown in the dialog, or empty.
    QString refusal() const;

    void accept() override;

private:
    void browse();

    QLineEdit* m_path;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QCheckBox* m_windowColours;
    QLabel* m_refusal;
    Exporter m_exporter;
};

} // namespace bplab::ui

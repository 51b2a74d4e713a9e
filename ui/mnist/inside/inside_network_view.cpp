#include "ui/mnist/inside/inside_network_view.h"
#include "ui/mnist/mnist_messages.h"

#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/inside/inspection_files.h"
#include "ui/mnist/inside/kernel_history.h"
#include "ui/mnist/inside/network_stages_view.h"
#include "ui/mnist/inside/saliency_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace bplab::ui {

namespace {

// The read-out line under the stages while the mouse is elsewhere: never an empty line, which a screen
// reader would meet as a nameless stop.
QString hoverHint() { return InsideNetworkView::tr("Point at a stage's maps to read a value."); }

InsideNetworkView::Pixels pixelsOf(const std::uint8_t* image) {
    InsideNetworkView::Pixels pixels{};
    for (std::size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<float>(image[i]) / 255.0f;
    return pixels;
}

} // namespace

InsideNetworkView::InsideNetworkView(QWidget* parent)
    : QWidget(parent)
    , m_index(new QSpinBox(this))
    , m_label(new QLabel(this))
    , m_useDrawing(new QPushButton(tr("Use my &drawing"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_source(new QLabel(this))
    , m_origin(new QLabel(tr("No model yet: train one, or load a saved model."), this))
    , m_hover(new QLabel(this))
    , m_stages(new NetworkStagesView(this))
    , m_kernels(new KernelHistory(this))
    , m_saliency(new SaliencyPanel(this)) {
    m_index->setRange(0, 0);
    m_index->setEnabled(false);
    m_index->setToolTip(tr("The test image to look at (its index in the test set)"));
    m_index->setAccessibleName(tr("Test image index"));
    m_useDrawing->setToolTip(tr("Look at the digit drawn in Try it"));
    m_export->setToolTip(tr("Save every picture as PNG and the values behind them as CSV into a folder"));
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover->setText(hoverHint());
    m_origin->setWordWrap(true);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_data && m_index->value() < m_data->test.size()) showTestImage(m_index->value());
    });
    connect(m_index, &QSpinBox::valueChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_useDrawing, &QPushButton::clicked, this, &InsideNetworkView::drawingWanted);
    connect(m_export, &QPushButton::clicked, this, &InsideNetworkView::exportWanted);
    connect(m_stages, &NetworkStagesView::cellHovered, this,
            [this](const QString& text) { m_hover->setText(text.isEmpty() ? hoverHint() : text); });

    auto* indexLabel = new QLabel(tr("Test image:"), this);
    indexLabel->setBuddy(m_index);
    auto* choose = new QHBoxLayout;
    choose->addWidget(indexLabel);
    choose->addWidget(m_index);
    choose->addWidget(m_label);
    choose->addWidget(m_useDrawing);
    choose->addWidget(m_source, 1);
    choose->addWidget(m_export);

    auto* flow = m_flow = new QScrollArea(this);
    flow->setAccessibleName(tr("Stages of the forward pass"));
    flow->setWidget(m_stages);
    flow->setWidgetResizable(false);

    auto* lower = new QHBoxLayout;
    lower->addWidget(m_kernels);
    lower->addWidget(m_saliency, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_origin);
    layout->addWidget(flow);
    layout->addWidget(m_hover);
    layout->addLayout(lower);
}

void InsideNetworkView::setData(std::shared_ptr<const MnistData> mnist) {
    m_data = std::move(mnist);
    const int count = m_data ? m_data->test.size() : 0;
    m_index->setEnabled(count > 0);
    m_index->setRange(0, std::max(0, count - 1));
    if (count > 0 && !m_hasImage) showTestImage(m_index->value());
}

void InsideNetworkView::setOrigin(const QString& origin) { m_origin->setText(tr("Model: %1").arg(origin)); }

void InsideNetworkView::setClassifier(const MnistClassifier& classifier, const QString& origin) {
    m_classifier = classifier;
    setOrigin(origin);
    refresh();
}

void InsideNetworkView::restartHistory(const QString& label) {
    if (m_classifier) m_kernels->restart({label, m_classifier->kernels()});
}

void InsideNetworkView::addSnapshot(const QString& label) {
    if (m_classifier) m_kernels->append({label, m_classifier->kernels()});
}

void InsideNetworkView::showTestImage(int index) {
    if (!m_data || index < 0 || index >= m_data->test.size()) return;
    m_debounce.stop();
    const QSignalBlocker block(m_index); // set from a gallery click: no second, debounced trace
    m_index->setValue(index);
    // The label's class by name ("7" for MNIST's digits, "square" for a class of the learner's own).
    const QString label = classLabel(m_data->classes, m_data->test.labels[static_cast<std::size_t>(index)]);
    m_label->setText(tr("labelled %1").arg(label));
    showImage(pixelsOf(m_data->test.image(index)), tr("Test image %1 (labelled %2)").arg(index).arg(label));
}

void InsideNetworkView::showTrainingImage(int index) {
    if (!m_data || index < 0 || index >= m_data->train.size()) return;
    const QString label = classLabel(m_data->classes, m_data->train.labels[static_cast<std::size_t>(index)]);
    m_label->clear();
    showImage(pixelsOf(m_data->train.image(index)),
              tr("Training image %1 (labelled %2)").arg(index).arg(label));
}

void InsideNetworkView::showImage(const Pixels& pixels, const QString& description) {
    m_pixels = pixels;
    m_hasImage = true;
    m_newImage = true;
    m_source->setText(tr("Showing: %1").arg(description));
    refresh();
}

QString InsideNetworkView::sourceText() const { return m_source->text(); }

bool InsideNetworkView::hasTrace() const { return m_stages->hasTrace(); }

void InsideNetworkView::refresh() {
    if (!m_classifier || !m_hasImage) {
        m_stages->clear(m_classifier ? tr("Choose an image: a test index, a gallery digit, or your drawing.")
                                     : tr("Train a model or load one to look inside it."));
        m_saliency->clear();
        return;
    }
    const NetworkTrace trace = m_classifier->trace(m_pixels);
    m_stages->setTrace(trace, m_classifier->classNames());
    m_stages->resize(m_stages->sizeHint());
    // Tall enough for every stage; wide ones scroll sideways.
    m_flow->setMinimumHeight(m_stages->height() + m_flow->horizontalScrollBar()->sizeHint().height() + 4);
    m_saliency->setInput(*m_classifier, m_pixels, trace.probabilities, m_newImage);
    m_newImage = false;
}

bool InsideNetworkView::exportTo(const QString& directory, QString* error) const {
    if (!hasTrace() || !m_kernels->shownKernels()) {
        if (error) *error = tr("Nothing to export yet: train or load a model and choose an image first.");
        return false;
    }
    try {
        writeInspectionFiles(directory,
                             {m_pixels, m_stages->trace(), *m_kernels->shownKernels(), m_saliency->map()});
        return true;
    } catch (const std::exception& failure) {
        if (error) *error = MnistMessages::problem(failure);
        return false;
    }
}

} // namespace bplab::ui

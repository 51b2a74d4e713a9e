#include "ui/mnist/inside/kernel_history.h"

#include "ui/common/locale_numbers.h"
#include "ui/mnist/inside/inspection_pictures.h"

#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QStringList>

#include <algorithm>

namespace bplab::ui {

namespace {
constexpr int kConv1Zoom = 10; // 5×5 → 50 px
constexpr int kConv2Zoom = 12; // 3×3 → 36 px
constexpr int kLegendWidth = 120;
constexpr int kHistoryLegendHeight = 8;

QString legendText(const PlainTensor& weights) {
    const ScaleRange range = scaleRange(weights, PictureScale::Diverging);
    return KernelHistory::tr("blue −%1 · white 0 · red +%1 (± the largest |w|)")
        .arg(localNumber(range.high, 3));
}

QPixmap legendOf(const PlainTensor& weights) {
    return QPixmap::fromImage(legendPicture(PictureScale::Diverging,
                                            scaleRange(weights, PictureScale::Diverging), kLegendWidth,
                                            kHistoryLegendHeight));
}
} // namespace

KernelHistory::KernelHistory(QWidget* parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_epoch(new QLabel(tr("No model yet."), this))
    , m_conv1(new QLabel(this))
    , m_conv2(new QLabel(this))
    , m_legend1(new QLabel(this))
    , m_legend2(new QLabel(this))
    , m_bar1(new QLabel(this))
    , m_bar2(new QLabel(this)) {
    m_slider->setRange(0, 0);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setToolTip(tr("Compare the kernels between the epochs of this run (0: the random start)"));
    m_slider->setAccessibleName(tr("Kernel epoch"));
    connect(m_slider, &QSlider::valueChanged, this, &KernelHistory::showSnapshot);
    auto* layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("<b>Kernels</b> (weights)"), this), 0, 0, 1, 2);
    layout->addWidget(m_slider, 1, 0, 1, 2);
    layout->addWidget(m_epoch, 2, 0, 1, 2);
    layout->addWidget(new QLabel(tr("conv1: 4 × 5×5"), this), 3, 0);
    layout->addWidget(new QLabel(tr("conv2: 8 rows (outputs) × 4 (inputs) of 3×3"), this), 3, 1);
    layout->addWidget(m_conv1, 4, 0, Qt::AlignTop);
    layout->addWidget(m_conv2, 4, 1, Qt::AlignTop);
    layout->addWidget(m_bar1, 5, 0);
    layout->addWidget(m_bar2, 5, 1);
    layout->addWidget(m_legend1, 6, 0);
    layout->addWidget(m_legend2, 6, 1);
    m_legend1->setWordWrap(true);
    m_legend2->setWordWrap(true);
    layout->setRowStretch(7, 1);
    m_conv1->setAccessibleName(tr("conv1 kernels"));
    m_conv2->setAccessibleName(tr("conv2 kernels"));
    m_bar1->setAccessibleName(tr("conv1 colour scale"));
    m_bar2->setAccessibleName(tr("conv2 colour scale"));
    for (QLabel* picture : {m_conv1, m_conv2, m_bar1, m_bar2})
        picture->setAccessibleDescription(m_epoch->text());
}

QString KernelHistory::describeKernels(const QString& layer, const QString& snapshot,
                                       const PlainTensor& weights) {
    if (weights.shape.size() != 4 || weights.values.empty())
        return tr("%1, %2: no weights.").arg(layer, snapshot);
    const auto range = [](const std::vector<float>& values) {
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        return tr("from %1 to %2").arg(localNumber(*low, 3)).arg(localNumber(*high, 3));
    };
    QStringList maps;
    for (std::int64_t map = 0; map < weights.shape[0]; ++map)
        maps << tr("map %1 %2").arg(map + 1).arg(range(weights.slice(map).values));
    const std::int64_t inputs = weights.shape[1];
    return tr("%1, %2: %3 output maps × %4 of %5×%6; weights %7; %8.")
        .arg(layer, snapshot)
        .arg(weights.shape[0])
        .arg(inputs == 1 ? tr("1 input") : tr("%1 inputs").arg(inputs))
        .arg(weights.shape[2])
        .arg(weights.shape[3])
        .arg(range(weights.values), maps.join(QStringLiteral(", ")));
}

void KernelHistory::restart(const Snapshot& first) {
    m_snapshots = {first};
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, 0);
    m_slider->setValue(0);
    showSnapshot(0);
}

void KernelHistory::append(const Snapshot& snapshot) {
    const bool onLatest = m_snapshots.empty() || shownIndex() == snapshotCount() - 1;
    m_snapshots.push_back(snapshot);
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, snapshotCount() - 1);
    if (onLatest) m_slider->setValue(snapshotCount() - 1);
    showSnapshot(m_slider->value());
}

int KernelHistory::shownIndex() const { return m_slider->value(); }

QString KernelHistory::conv1Legend() const { return m_legend1->text(); }
QString KernelHistory::conv2Legend() const { return m_legend2->text(); }

const ConvKernels* KernelHistory::shownKernels() const {
    return m_snapshots.empty() ? nullptr : &m_snapshots[static_cast<std::size_t>(shownIndex())].kernels;
}

void KernelHistory::showSnapshot(int index) {
    if (index < 0 || index >= snapshotCount()) return;
    const Snapshot& shown = m_snapshots[static_cast<std::size_t>(index)];
    m_epoch->setText(tr("%1 (snapshot %2 of %3)").arg(shown.label).arg(index + 1).arg(snapshotCount()));
    m_conv1Picture = kernelsPicture(shown.kernels.conv1, kConv1Zoom);
    m_conv2Picture = kernelsPicture(shown.kernels.conv2, kConv2Zoom);
    m_conv1->setPixmap(QPixmap::fromImage(m_conv1Picture));
    m_conv2->setPixmap(QPixmap::fromImage(m_conv2Picture));
    m_bar1->setPixmap(legendOf(shown.kernels.conv1));
    m_bar2->setPixmap(legendOf(shown.kernels.conv2));
    m_legend1->setText(legendText(shown.kernels.conv1));
    m_legend2->setText(legendText(shown.kernels.conv2));
    m_conv1->setToolTip(legendText(shown.kernels.conv1));
    m_conv2->setToolTip(legendText(shown.kernels.conv2));
    m_conv1->setAccessibleDescription(
        describeKernels(QStringLiteral("conv1"), shown.label, shown.kernels.conv1));
    m_conv2->setAccessibleDescription(
        describeKernels(QStringLiteral("conv2"), shown.label, shown.kernels.conv2));
    m_bar1->setAccessibleDescription(m_legend1->text());
    m_bar2->setAccessibleDescription(m_legend2->text());
}

} // namespace bplab::ui

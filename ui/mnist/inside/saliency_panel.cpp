#include "ui/mnist/inside/saliency_panel.h"

#include "ui/common/locale_numbers.h"
#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/inside/inspection_pictures.h"
#include "ui/mnist/try_it/probability_bars.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {
constexpr int kZoom = 7; // 28×28 → 196 px
}

SaliencyPanel::SaliencyPanel(QWidget* parent)
    : QWidget(parent)
    , m_class(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLabel(this))
    , m_image(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_bars(new ProbabilityBars(this)) {
    offerClasses(classLabels(ClassNames::digits()));
    m_kind->addItem(tr("input × gradient"), static_cast<int>(SaliencyKind::InputTimesGradient));
    m_kind->addItem(tr("gradient"), static_cast<int>(SaliencyKind::Gradient));
    m_kind->setToolTip(tr("Gradient: how much each pixel would move the score. Input × gradient: what "
                          "the ink present contributes (0 where there is no ink)."));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText); // a class's name is text, whatever it holds ("<b>")
    m_image->setMinimumSize(28 * kZoom, 28 * kZoom);
    m_image->setAccessibleName(tr("Saliency map"));

    auto* choices = new QFormLayout;
    choices->addRow(tr("Explain class:"), m_class);
    choices->addRow(tr("Saliency:"), m_kind);
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addLayout(choices, 1, 0);
    layout->addWidget(m_image, 2, 0, Qt::AlignTop);
    layout->addWidget(m_bars, 1, 1, 2, 1);
    layout->addWidget(m_caption, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    connect(m_class, &QComboBox::currentIndexChanged, this, &SaliencyPanel::recompute);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SaliencyPanel::recompute);
    connect(m_class, &QComboBox::activated, this, [this] { m_classChosen = true; }); // the user's choice only
    clear();
}

void SaliencyPanel::clear() {
    m_classifier.reset();
    m_map = {};
    m_picture = {};
    m_image->clear();
    m_image->setAccessibleDescription(tr("No map yet."));
    m_bars->clear();
    m_title->setText(tr("<b>Why did it say …?</b>"));
    m_caption->setText(tr("Choose an image once there is a model."));
}

void SaliencyPanel::setInput(const MnistClassifier& classifier, const std::array<float, kMnistPixels>& pixels,
                             const ClassProbabilities& probabilities, bool newImage) {
    m_classifier = classifier;
    const QStringList names = classLabels(classifier.classNames());
    offerClasses(names);
    m_pixels = pixels;
    m_bars->setProbabilities(probabilities, names);
    m_title->setText(
        tr("<b>Why did it say %1?</b> (%2 %)")
            .arg(m_bars->className(m_bars->best()).toHtmlEscaped(),
                 localFixed(100.0 * probabilities[static_cast<std::size_t>(m_bars->best())], 1)));
    if (newImage) m_classChosen = false;
    if (!m_classChosen && m_class->currentIndex() != m_bars->best()) {
        m_class->setCurrentIndex(m_bars->best()); // recomputes
        return;
    }
    recompute();
}

void SaliencyPanel::offerClasses(const QStringList& names) {
    QStringList offered;
    for (int i = 0; i < m_class->count(); ++i) offered << m_class->itemText(i);
    if (offered == names) return;
    // Without a recompute per item: the caller computes once the box is filled.
    const QSignalBlocker quiet(m_class);
    m_class->clear();
    for (int label = 0; label < names.size(); ++label) m_class->addItem(names[label], label);
    m_classChosen = false;
    // The question the list answers, asked of the second class ("what would make it a 1?").
    m_class->setToolTip(
        namesAreNumbers(names)
            ? tr("The class whose score is explained: the predicted one, or any other (\"what "
                 "would make it a 1?\")")
            : tr("The class whose score is explained: the predicted one, or any other (\"what "
                 "would make it “%1”?\")")
                  .arg(names.value(1)));
}

void SaliencyPanel::recompute() {
    if (!m_classifier) return;
    const int classIndex = m_class->currentIndex();
    m_map = m_classifier->saliency(m_pixels, classIndex,
                                   static_cast<SaliencyKind>(m_kind->currentData().toInt()));
    m_picture = saliencyPicture(m_pixels, m_map, kZoom);
    m_image->setPixmap(QPixmap::fromImage(m_picture));
    const float limit = scaleRange(m_map.map, PictureScale::Diverging).high;
    m_caption->setText(
        limit > 0.0f
            ? tr("Red pixels raise the score of class %1, blue ones lower it; the stronger the colour, the "
                 "larger the effect (full colour: ±%2). Grey: the digit.")
                  .arg(m_class->currentText(), localNumber(limit, 3))
            : tr("No pixel moves the score of class %1 here (a blank image has nothing to explain).")
                  .arg(m_class->currentText()));
    describeMap();
}

void SaliencyPanel::describeMap() {
    // The caption says what the colours mean; a screen reader also hears where the map is strongest.
    const std::vector<float>& values = m_map.map.values;
    const auto strongest = std::max_element(values.begin(), values.end(),
                                            [](float a, float b) { return std::fabs(a) < std::fabs(b); });
    QString text = m_caption->text();
    if (strongest != values.end() && *strongest != 0.0f) {
        const auto index = static_cast<int>(strongest - values.begin());
        text += QLatin1Char(' ') + tr("Strongest pixel: row %1, column %2 (%3).")
                                       .arg(index / kMnistCols)
                                       .arg(index % kMnistCols)
                                       .arg(localNumber(*strongest, 3));
    }
    m_image->setAccessibleDescription(text);
}

QString SaliencyPanel::caption() const { return m_caption->text(); }

} // namespace bplab::ui

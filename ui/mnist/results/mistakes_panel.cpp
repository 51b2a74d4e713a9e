#include "ui/mnist/results/mistakes_panel.h"

#include "ui/common/locale_numbers.h"
#include "ui/common/widget_helpers.h"
#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/results/digit_gallery.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace bplab::ui {

namespace {
// Class `label`'s name in `data` ("7" for MNIST's digits); its number without data.
QString classNameIn(const MnistData* data, int label) {
    return data ? classLabel(data->classes, label) : QString::number(label);
}

DigitGallery::Item itemOf(const MnistData& data, const Misclassified& m) {
    const QString label = classNameIn(&data, m.label), predicted = classNameIn(&data, m.predicted);
    const QString percent = QString::number(std::lround(100.0 * m.confidence));
    return {digitImage(data.test.image(m.index)),
            MistakesPanel::tr("%1→%2 %3%").arg(label, predicted, percent),
            MistakesPanel::tr("Test image %1: true %2, predicted %3 with %4 % confidence")
                .arg(QString::number(m.index), label, predicted, localFixed(100.0 * m.confidence, 1)),
            m.index, MistakesPanel::tr("%1 read as %2 (%3 %)").arg(label, predicted, percent)};
}

// For screen readers, how many of the matching mistakes the gallery holds ("60 of 812 mistakes shown").
QString shownText(qsizetype shown, int matching) {
    if (matching > shown) return MistakesPanel::tr("%1 of %2 mistakes shown").arg(shown).arg(matching);
    return shown == 1 ? MistakesPanel::tr("1 mistake shown")
                      : MistakesPanel::tr("%1 mistakes shown").arg(shown);
}

QString placeholder(bool digits) {
    return digits ? MistakesPanel::tr("Misclassified test digits appear here after each epoch.")
                  : MistakesPanel::tr("Misclassified test images appear here after each epoch.");
}
} // namespace

MistakesPanel::MistakesPanel(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all"), this))
    , m_gallery(new DigitGallery(this)) {
    m_label->setTextFormat(Qt::PlainText); // class names are text, whatever they hold ("<b>")
    m_showAll->setToolTip(tr("Show every kind of mistake again (Esc)"));
    connect(m_showAll, &QPushButton::clicked, this, &MistakesPanel::showAll);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_label, 1);
    bar->addWidget(m_showAll);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_gallery);
    scroll->setWidgetResizable(true);
    m_scroll = scroll;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    setFocusPolicy(Qt::StrongFocus); // so Esc reaches the shortcut after a cell was picked
    nameParts();
    refresh();
}

void MistakesPanel::setClasses(const ClassNames& classes) {
    m_digits = classes.areDigits();
    nameParts();
    refresh();
}

void MistakesPanel::nameParts() {
    const QString gallery = m_digits ? tr("Misclassified digits") : tr("Misclassified images");
    m_gallery->setAccessibleName(gallery);
    nameScrollArea(m_scroll, gallery);
    // It takes focus: a screen reader says this.
    setAccessibleName(m_digits ? tr("Misclassified test digits") : tr("Misclassified test images"));
}

void MistakesPanel::setMistakes(std::shared_ptr<const MnistData> mnist, std::vector<Misclassified> mistakes) {
    m_data = std::move(mnist);
    m_mistakes = std::move(mistakes);
    if (m_data && m_data->classes.areDigits() != m_digits) {
        m_digits = m_data->classes.areDigits();
        nameParts();
    }
    refresh();
}

void MistakesPanel::clear() {
    m_data.reset();
    m_mistakes.clear();
    m_filter.reset();
    refresh();
    Q_EMIT filterChanged();
}

void MistakesPanel::showOnly(Cell cell) {
    m_filter = cell;
    refresh();
    Q_EMIT filterChanged();
}

void MistakesPanel::showAll() {
    if (!m_filter) return;
    m_filter.reset();
    refresh();
    Q_EMIT filterChanged();
}

void MistakesPanel::keyPressEvent(QKeyEvent* event) {
    // Esc from anywhere inside (the gallery and the button leave it to their parent).
    if (event->key() == Qt::Key_Escape && m_filter) {
        showAll();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString MistakesPanel::filterText() const { return m_label->text(); }

void MistakesPanel::refresh() {
    QList<DigitGallery::Item> items;
    int matching = 0;
    for (const Misclassified& m : m_mistakes) {
        if (m_filter && (m.label != m_filter->trueDigit || m.predicted != m_filter->predicted)) continue;
        ++matching;
        if (m_data && items.size() < kMaxShown && m.index < m_data->test.size())
            items.append(itemOf(*m_data, m));
    }
    const QString trueName = m_filter ? classNameIn(m_data.get(), m_filter->trueDigit) : QString();
    const QString predictedName = m_filter ? classNameIn(m_data.get(), m_filter->predicted) : QString();
    m_gallery->setSummary(m_filter ? tr("True %1, predicted %2: %3, most confident first")
                                         .arg(trueName, predictedName, shownText(items.size(), matching))
                                   : tr("%1, most confident first").arg(shownText(items.size(), matching)));
    m_gallery->setItems(items);
    // Spelled out: without a translation loaded, tr()'s %n would leave "image(s)".
    const QString images = matching == 1 ? tr("1 image") : tr("%1 images").arg(matching);
    QString text = m_filter ? tr("true %1, predicted %2: %3").arg(trueName, predictedName, images)
                            : tr("All mistakes, the most confident first: %1").arg(images);
    if (matching > items.size()) text += tr(" (the first %1 shown)").arg(items.size());
    m_label->setText(text);
    m_label->setVisible(m_data != nullptr);
    m_showAll->setVisible(m_filter.has_value());
    if (m_filter && matching == 0)
        m_gallery->setPlaceholder(tr("No test image of %1 was taken for a %2.").arg(trueName, predictedName));
    else
        m_gallery->setPlaceholder(placeholder(m_digits));
}

} // namespace bplab::ui

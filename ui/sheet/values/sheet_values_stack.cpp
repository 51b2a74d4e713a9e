#include "ui/sheet/values/sheet_values_stack.h"

#include "ui/sheet/values/network_values_panel.h"
#include "ui/sheet/values/sheet_inputs_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bplab::ui {

SheetValuesStack::SheetValuesStack(SheetInputsPanel* seedValues, NetworkValuesPanel* ownValues,
                                   QWidget* parent)
    : QWidget(parent)
    , m_network(new QComboBox(this))
    , m_pages(new QStackedWidget(this)) {
    m_network->addItem(tr("the seed's 2-2-2"));
    m_network->addItem(tr("your own network"));
    m_network->setToolTip(tr("The seed sheet (w1…w8, its lessons, quiz and views), or a network you build: "
                             "its layers, activations, training set and starting weights"));
    auto* label = new QLabel(tr("&Network:"), this);
    label->setBuddy(m_network);
    m_pages->addWidget(seedValues);
    m_pages->addWidget(ownValues);

    auto* choice = new QHBoxLayout;
    choice->addWidget(label);
    choice->addWidget(m_network, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choice);
    layout->addWidget(m_pages, 1);
    showOwnNetwork(false);
    connect(m_network, &QComboBox::activated, this,
            [this](int index) { Q_EMIT ownNetworkPicked(index == 1); });
}

void SheetValuesStack::showOwnNetwork(bool own) {
    const QSignalBlocker blocker(m_network);
    m_network->setCurrentIndex(own ? 1 : 0);
    m_pages->setCurrentIndex(own ? 1 : 0);
    // A stack is as tall as its tallest page: the hidden one's height is ignored, so the seed's values
    // keep the column's height they had before there was a second page. Widths are not: the column is
    // made wide enough for either page, or the own network's boxes would be cut off at the right.
    for (int page = 0; page < m_pages->count(); ++page) {
        const QSizePolicy::Policy vertical =
            page == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(page)->setSizePolicy(QSizePolicy::Preferred, vertical);
    }
    m_pages->adjustSize();
}

} // namespace bplab::ui

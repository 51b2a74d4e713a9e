#include "ui/sheet/landscape/loss_landscape_pane.h"

#include "core/sheet/landscape/landscape_csv.h"
#include "core/sheet/network/network_loss_surface.h"
#include "ui/common/file_writing.h"
#include "ui/common/locale_numbers.h"
#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/sheet/landscape/landscape_exports.h"
#include "ui/sheet/landscape/landscape_messages.h"
#include "ui/sheet/landscape/loss_landscape_view.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolBar>
#include <QVBoxLayout>

#include <sstream>
#include <stdexcept>

namespace bplab::ui {

namespace {
QString idOf(int parameter) { return QString::fromStdString(parameterId(parameter)); }
// Where a box item keeps its parameter's id (its text is the label; the quantity is its user data).
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

LossLandscapePane::LossLandscapePane(const SheetDocument* document, const CompareRatesPanel* compare,
                                     const QAction* compareMode, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_compare(compare)
    , m_compareMode(compareMode)
    , m_axisA(new QComboBox(this))
    , m_axisB(new QComboBox(this))
    , m_trainOnly(new QCheckBox(tr("&Train only these two"), this))
    , m_caption(new QLabel(this))
    , m_readout(new QLabel(this))
    , m_view(new LossLandscapeView(this))
    , m_exports(new LandscapeExports(this)) {
    m_axisA->setToolTip(tr("The parameter along the horizontal axis"));
    m_axisB->setToolTip(tr("The parameter along the vertical axis"));
    m_trainOnly->setToolTip(
        tr("Run gradient descent on these two parameters alone, every other value frozen at the selected "
           "iteration: the whole path then lies exactly on the surface shown"));
    m_caption->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(exportImageAction());
    toolBar->addAction(exportCsvAction());
    // A label per box: on Linux a screen reader names a combo box only by its label (else by its value).
    auto* labelA = new QLabel(tr("Parameters: horizontal"), this);
    auto* labelB = new QLabel(tr("vertical"), this);
    labelA->setBuddy(m_axisA);
    labelB->setBuddy(m_axisB);
    // Two rows, the axes then the option and the exports: in one row the German or Spanish labels alone
    // would make the pane, and so the window, wider than a 1366-pixel screen.
    auto* axes = new QHBoxLayout;
    axes->addWidget(labelA);
    axes->addWidget(m_axisA);
    axes->addWidget(labelB);
    axes->addWidget(m_axisB);
    axes->addStretch(1);
    auto* options = new QHBoxLayout;
    options->addWidget(m_trainOnly);
    options->addStretch(1);
    options->addWidget(toolBar);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(axes);
    layout->addLayout(options);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_readout);

    const SheetSettings settings;
    m_wanted = settings.landscapeAxes().split(QLatin1Char(','));
    m_trainOnly->setChecked(settings.landscapeTrainOnlyAxes());
    fillAxisBoxes();

    connect(m_axisA, &QComboBox::currentIndexChanged, this, [this] { onAxisChosen(true); });
    connect(m_axisB, &QComboBox::currentIndexChanged, this, [this] { onAxisChosen(false); });
    connect(m_trainOnly, &QCheckBox::toggled, this, [this] {
        saveSettings();
        markOutOfDate();
    });
    // The other sheet's parameters before anything redraws (the tab may show this pane as it switches).
    connect(document, &SheetDocument::shownSheetChanged, this, &LossLandscapePane::fillAxisBoxes);
    connect(document, &SheetDocument::inputsChanged, this, &LossLandscapePane::fillAxisBoxes);
    connect(document, &SheetDocument::changed, this, &LossLandscapePane::markOutOfDate);
    // A recompute or a step emits `changed`, then `selectionChanged`: only a new iteration needs a
    // second look (a click in another row).
    connect(document, &SheetDocument::selectionChanged, this, [this] {
        if (selectedIteration() != m_landscape.iteration) markOutOfDate();
    });
    connect(compare, &CompareRatesPanel::curvesChanged, this, &LossLandscapePane::markOutOfDate);
    connect(compareMode, &QAction::toggled, this, &LossLandscapePane::markOutOfDate);
    connect(m_view, &LossLandscapeView::hovered, this, &LossLandscapePane::showReadout);
    connect(m_view, &LossLandscapeView::hoverLeft, this,
            [this] { m_readout->setText(tr("Point at the map to read E_total there.")); });
    m_readout->setText(tr("Point at the map to read E_total there."));
}

LossLandscapePane::~LossLandscapePane() = default;

QAction* LossLandscapePane::exportImageAction() const { return m_exports->exportImageAction(); }
QAction* LossLandscapePane::exportCsvAction() const { return m_exports->exportCsvAction(); }

std::vector<LossLandscapePane::Offered> LossLandscapePane::offeredParameters() const {
    std::vector<Offered> list;
    if (const NetworkSheet* network = m_document->shownOwnNetwork()) {
        for (int parameter : networkLandscapeParameters(*network)) {
            list.push_back({parameter, QString::fromStdString(network->idOf(parameter)),
                            QString::fromStdString(network->labelOf(parameter))});
        }
        return list;
    }
    // The seed's: b1 and b2 only while the sheet has biases; its ids are its labels.
    for (int parameter : landscapeParameters(m_document->inputs()))
        list.push_back({parameter, idOf(parameter), idOf(parameter)});
    return list;
}

void LossLandscapePane::fillAxisBoxes() {
    // Refilled only when the sheet shown offers other parameters (b1, b2 come or go, another network).
    // The pair chosen last is shown whenever the sheet has its parameters (the window restores the
    // values after this pane is made), else the default pair.
    std::vector<Offered> offered = offeredParameters();
    if (m_axisA->count() > 0 && offered == m_offered) return;
    m_offered = std::move(offered);
    for (QComboBox* box : {m_axisA, m_axisB}) {
        const QSignalBlocker block(box);
        box->clear();
        for (const Offered& parameter : m_offered) {
            box->addItem(parameter.label, parameter.quantity);
            box->setItemData(box->count() - 1, parameter.id, kIdRole);
        }
    }
    const NetworkSheet* network = m_document->shownOwnNetwork();
    const QStringList& wanted = network ? m_wantedOwn : m_wanted;
    if (wanted.size() == 2 && showAxes(wanted[0], wanted[1])) return;
    if (!network) {
        showAxes(idOf(LandscapeAxes{}.a), idOf(LandscapeAxes{}.b));
    } else if (m_offered.size() >= 2) {
        const LandscapeAxes axes = defaultNetworkAxes(*network);
        showAxes(QString::fromStdString(network->idOf(axes.a)),
                 QString::fromStdString(network->idOf(axes.b)));
    }
}

bool LossLandscapePane::setAxes(const QString& a, const QString& b, QString* error) {
    if (!showAxes(a, b, error)) return false;
    if (m_document->shownOwnNetwork()) {
        m_wantedOwn = QStringList{a, b};
        return true;
    }
    m_wanted = QStringList{a, b};
    saveSettings();
    return true;
}

bool LossLandscapePane::showAxes(const QString& a, const QString& b, QString* error) {
    try {
        if (const NetworkSheet* network = m_document->shownOwnNetwork()) {
            parseNetworkLandscapeAxes((a + QLatin1Char(',') + b).toStdString(), *network);
        } else {
            validateAxes({quantityIndex(a.toStdString()), quantityIndex(b.toStdString())},
                         m_document->inputs());
        }
    } catch (const std::invalid_argument& e) {
        if (error) *error = LandscapeMessages::problem(e);
        return false;
    }
    {
        const QSignalBlocker blockA(m_axisA), blockB(m_axisB);
        m_axisA->setCurrentIndex(m_axisA->findData(a, kIdRole));
        m_axisB->setCurrentIndex(m_axisB->findData(b, kIdRole));
    }
    m_previousA = m_axisA->currentIndex();
    m_previousB = m_axisB->currentIndex();
    markOutOfDate();
    return true;
}

void LossLandscapePane::onAxisChosen(bool first) {
    // Choosing the weight the other box shows swaps the two, so the pair is never one weight twice.
    if (m_axisA->currentIndex() == m_axisB->currentIndex()) {
        QComboBox* other = first ? m_axisB : m_axisA;
        const QSignalBlocker block(other);
        other->setCurrentIndex(first ? m_previousA : m_previousB);
    }
    m_previousA = m_axisA->currentIndex();
    m_previousB = m_axisB->currentIndex();
    const QStringList chosen{m_axisA->currentData(kIdRole).toString(),
                             m_axisB->currentData(kIdRole).toString()};
    if (m_document->shownOwnNetwork()) {
        m_wantedOwn = chosen;
    } else {
        m_wanted = chosen;
        saveSettings();
    }
    markOutOfDate();
}

LandscapeAxes LossLandscapePane::chosenAxes() const {
    return {m_axisA->currentData().toInt(), m_axisB->currentData().toInt()};
}

int LossLandscapePane::selectedIteration() const {
    const int iteration = m_document->selectedIteration(); // a selected cell's or given value's row
    return iteration < m_document->engine().rowCount() ? iteration : 0;
}

void LossLandscapePane::saveSettings() const {
    SheetSettings settings;
    settings.setLandscapeAxes(m_wanted.join(QLatin1Char(',')));
    settings.setLandscapeTrainOnlyAxes(m_trainOnly->isChecked());
}

void LossLandscapePane::markOutOfDate() {
    m_outOfDate = true;
    // A hidden tab waits: the slider's drag stays as fast as without the landscape.
    if (isVisible()) recompute();
}

void LossLandscapePane::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_outOfDate) recompute();
}

const Landscape& LossLandscapePane::landscape() {
    if (m_outOfDate) recompute();
    return m_landscape;
}

void LossLandscapePane::recompute() {
    m_outOfDate = false;
    LandscapeOptions options;
    options.axes = chosenAxes();
    options.iteration = selectedIteration();
    options.trainOnlyAxes = m_trainOnly->isChecked();
    const bool comparing = m_compareMode->isChecked();
    if (comparing) options.learningRates = m_compare->rates();
    try {
        if (const NetworkSheet* network = m_document->shownOwnNetwork()) {
            m_landscape = computeNetworkLandscape(*network, options);
            m_surface = std::make_unique<NetworkLossSurface>(
                *network, networkLandscapeRow(*network, options.iteration), options.axes);
        } else {
            const BackpropSheet& sheet = m_document->sheet();
            m_landscape = computeLandscape(sheet, options);
            m_surface = std::make_unique<LossSurface>(sheet.inputs(), landscapeRow(sheet, options.iteration),
                                                      options.axes);
        }
    } catch (const std::invalid_argument& error) {
        m_landscape = Landscape{};
        m_surface.reset();
        m_caption->setText(LandscapeMessages::problem(error));
        m_view->setPicture({});
        return;
    }
    const LandscapeAxisNames names = axisNamesOf(m_landscape);
    const QString a = QString::fromStdString(names.labelA), b = QString::fromStdString(names.labelB);
    const QString k = QString::number(options.iteration);
    m_caption->setText(
        options.trainOnlyAxes
            ? tr("E_total over %1 and %2, everything else frozen at iteration %3. The path trains only %1 "
                 "and "
                 "%2 from their starting values, so every point lies exactly on this surface (it is not the "
                 "table's run).")
                  .arg(a, b, k)
            : tr("E_total over %1 and %2, the other values held at iteration %3: exact there only (white "
                 "cross). The path is the table's, where all weights move, so its other points lie on "
                 "slices of their own. Tick “Train only these two” for a path on this surface.")
                  .arg(a, b, k));
    m_view->setPicture(makeLandscapePicture(m_landscape, options.trainOnlyAxes));
}

void LossLandscapePane::showReadout(double a, double b) {
    if (!m_surface) return;
    const double loss = m_surface->lossAt(a, b);
    const LandscapeAxisNames names = axisNamesOf(m_landscape);
    m_readout->setText(tr("%1 = %2, %3 = %4: E_total = %5")
                           .arg(QString::fromStdString(names.labelA))
                           .arg(localSignedNumber(a, 5))
                           .arg(QString::fromStdString(names.labelB))
                           .arg(localSignedNumber(b, 5))
                           .arg(std::isnan(loss) ? tr("cannot be computed") : localNumber(loss, 6)));
}

bool LossLandscapePane::exportImage(const QString& path, QSize size, QString* error) {
    landscape(); // up to date even while hidden
    return m_view->exportImage(path, size, error);
}

bool LossLandscapePane::exportCsv(const QString& path, QString* error) {
    std::ostringstream csv;
    writeLandscapeCsv(csv, landscape());
    return writeFileAtomically(path, QByteArray::fromStdString(csv.str()), error);
}

} // namespace bplab::ui

#include "ui/sheet/values/own_network_controller.h"

#include "ui/common/sentence.h"
#include "ui/sheet/lessons/network_scenario_file.h"
#include "ui/sheet/values/network_values_panel.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_settings.h"
#include "ui/sheet/values/sheet_values_stack.h"

#include <QStringList>

namespace bplab::ui {

namespace {
QString startText(const StartingWeights& start) {
    const std::string_view name = weightInitName(start.init);
    return QStringLiteral("%1,%2,%3")
        .arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())))
        .arg(start.uniformRange, 0, 'g', 17)
        .arg(start.seed);
}

std::optional<StartingWeights> parseStart(const QString& text) {
    const QStringList parts = text.split(u',');
    if (parts.size() != 3) return std::nullopt;
    const auto init = parseWeightInit(parts[0].toStdString());
    bool rangeOk = false, seedOk = false;
    const double range = parts[1].toDouble(&rangeOk);
    const qulonglong seed = parts[2].toULongLong(&seedOk);
    if (!init || !rangeOk || !seedOk || !(range > 0) || range > 100 || seed > kMaxWeightSeed)
        return std::nullopt;
    return StartingWeights{*init, range, seed};
}
} // namespace

OwnNetworkController::OwnNetworkController(SheetDocument* document, SheetValuesStack* stack,
                                           NetworkValuesPanel* panel, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(stack)
    , m_panel(panel) {
    connect(stack, &SheetValuesStack::ownNetworkPicked, this, &OwnNetworkController::onOwnNetworkPicked);
    connect(document, &SheetDocument::shownSheetChanged, stack, &SheetValuesStack::showOwnNetwork);
    connect(panel, &NetworkValuesPanel::specEdited, this, [this](const NetworkSpec& spec) {
        QString error;
        if (!m_document->setNetwork(spec, &error))
            Q_EMIT statusMessage(tr("%1 The previous value is kept.").arg(asSentence(error)));
        showDocument();
    });
    connect(panel, &NetworkValuesPanel::iterationsEdited, this, [this](int iterations) {
        QString error;
        if (!m_document->setIterationLimit(iterations, &error)) Q_EMIT statusMessage(asSentence(error));
        showDocument();
    });
    connect(panel, &NetworkValuesPanel::problem, this, &OwnNetworkController::statusMessage);
    // A lesson or a scenario file may set the network too: the panel shows what the sheet computes.
    connect(document, &SheetDocument::inputsChanged, this, &OwnNetworkController::showDocument);
}

void OwnNetworkController::onOwnNetworkPicked(bool own) {
    if (!own) {
        m_document->showSeedSheet();
        return;
    }
    const bool first = m_document->ownNetwork() == nullptr;
    QString error;
    if (!m_document->setNetwork(m_panel->spec(), &error)) {
        Q_EMIT statusMessage(asSentence(error));
        m_stack->showOwnNetwork(false);
        return;
    }
    if (first) m_document->setIterationLimit(NetworkValuesPanel::kFirstNetworkIterations);
    showDocument();
    Q_EMIT statusMessage(tr("Your own network: change its layers, training set and starting weights on the "
                            "left; Space steps through it cell by cell."));
}

void OwnNetworkController::setStartingValue(int quantity, double value) {
    const NetworkSheet* network = m_document->ownNetwork();
    if (!network) return;
    const NetworkQuantity& what = network->quantities()[quantity];
    NetworkSpec spec = network->spec();
    const auto at = [](int index) { return static_cast<std::size_t>(index); };
    if (what.kind == QuantityKind::Weight) {
        spec.weights[at(what.layer - 1)][at(what.unit)][at(what.fromUnit)] = value;
    } else if (what.kind == QuantityKind::Bias) {
        spec.biases[at(what.layer - 1)][at(std::max(0, what.unit))] =
            value; // a shared bias is the layer's one
    } else {
        return;
    }
    QString error;
    if (!m_document->setNetwork(spec, &error))
        Q_EMIT statusMessage(tr("%1 The previous value is kept.").arg(asSentence(error)));
    showDocument();
}

void OwnNetworkController::showDocument() {
    const NetworkSheet* network = m_document->ownNetwork();
    if (!network) return;
    m_panel->showSpec(network->spec());
    m_panel->showIterations(network->iterationLimit(), network->maxInteractiveIterations());
}

void OwnNetworkController::restoreSettings(const SheetSettings& settings) {
    if (const auto start = parseStart(settings.ownNetworkStart())) m_panel->setStartingWeights(*start);
    const QByteArray stored = settings.ownNetwork();
    if (!stored.isEmpty()) {
        // A stored network the sheet cannot use (edited by hand, or from another version) is dropped:
        // the first network is offered again.
        QString error;
        if (const auto scenario = networkScenarioFromJson(stored, &error)) {
            m_panel->showSpec(scenario->spec);
            m_document->setNetworkRun(scenario->spec, scenario->iterations);
            // (Built even when its stored iterations were refused: then with the rows it had.)
            if (m_document->ownNetwork() && !settings.showsOwnNetwork()) m_document->showSeedSheet();
        }
    }
    if (settings.showsOwnNetwork() && !m_document->ownNetwork()) onOwnNetworkPicked(true);
    showDocument();
}

void OwnNetworkController::saveSettings(SheetSettings& settings) const {
    settings.setOwnNetworkStart(startText(m_panel->startingWeights()));
    settings.setShowsOwnNetwork(m_document->showsOwnNetwork());
    if (const NetworkSheet* network = m_document->ownNetwork()) {
        NetworkScenario scenario;
        scenario.spec = network->spec();
        scenario.iterations = network->iterationLimit();
        settings.setOwnNetwork(networkScenarioToJson(scenario));
    }
}

} // namespace bplab::ui

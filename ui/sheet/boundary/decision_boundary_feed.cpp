#include "ui/sheet/boundary/decision_boundary_feed.h"

#include "core/sheet/network/network_forward.h"
#include "ui/sheet/boundary/decision_boundary_view.h"
#include "ui/sheet/sheet_document.h"

#include <algorithm>
#include <array>
#include <memory>

namespace bplab::ui {

namespace {
// The plane shown: the examples' inputs with a quarter of their span (at least 1) around them, so the
// boundary between two examples and a little beyond is in view.
void frameExamples(const TrainingSet& data, DecisionBoundaryInput& input) {
    double lo[2] = {data.examples.front().inputs[0], data.examples.front().inputs[1]};
    double hi[2] = {lo[0], lo[1]};
    for (const TrainingExample& example : data.examples) {
        for (int k = 0; k < 2; ++k) {
            lo[k] = std::min(lo[k], example.inputs[static_cast<std::size_t>(k)]);
            hi[k] = std::max(hi[k], example.inputs[static_cast<std::size_t>(k)]);
        }
    }
    for (int k = 0; k < 2; ++k) {
        const double margin = std::max(1.0, hi[k] - lo[k]) / 4;
        lo[k] -= margin;
        hi[k] += margin;
    }
    input.x1Min = lo[0];
    input.x1Max = hi[0];
    input.x2Min = lo[1];
    input.x2Max = hi[1];
}
} // namespace

DecisionBoundaryFeed::DecisionBoundaryFeed(const SheetDocument* document, DecisionBoundaryView* view,
                                           QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_view(view) {
    connect(document, &SheetDocument::changed, this, &DecisionBoundaryFeed::refresh);
    connect(document, &SheetDocument::selectionChanged, this, &DecisionBoundaryFeed::refresh);
    refresh();
}

int DecisionBoundaryFeed::shownIteration() const { return m_document->selectedIteration(); }

void DecisionBoundaryFeed::refresh() {
    const NetworkSheet* network = m_document->shownOwnNetwork();
    if (!network) {
        m_view->showMessage(
            tr("The decision boundary is drawn for your own network: pick it under Network."));
        return;
    }
    auto picture = decisionBoundaryOfRow(*network, shownIteration());
    if (auto* why = std::get_if<QString>(&picture))
        m_view->showMessage(*why);
    else
        m_view->setInput(std::get<DecisionBoundaryInput>(std::move(picture)));
}

std::variant<DecisionBoundaryInput, QString> decisionBoundaryOfRow(const NetworkSheet& network,
                                                                   int iteration) {
    const NetworkSpec& spec = network.spec();
    if (auto why = whyNoDecisionBoundary(spec)) return *why;
    iteration = std::clamp(iteration, 0, std::max(0, network.rowCount() - 1));
    // Row 0 exists before the first step too: its parameters are the starting ones.
    auto forward = network.rowCount() > 0 ? std::make_shared<NetworkForward>(spec, network.layout().index(),
                                                                             network.row(iteration))
                                          : std::make_shared<NetworkForward>(spec);
    DecisionBoundaryInput input;
    input.output = [forward](double x1, double x2) {
        const std::array<double, 2> inputs{x1, x2};
        std::array<double, NetworkForward::kMaxLayerUnits> outputs{};
        forward->outputs(inputs.data(), outputs.data());
        return outputs[0];
    };
    frameExamples(spec.data, input);
    for (const TrainingExample& example : spec.data.examples)
        input.examples.push_back({example.inputs[0], example.inputs[1], example.targets[0]});
    const int outputs = spec.layers.back();
    const QString name =
        QString::fromStdString(unitQuantity(QuantityKind::Activation, spec.lastLayer(), 0, 0, 1).label);
    input.outputName = outputs == 1 ? DecisionBoundaryFeed::tr("%1, iteration %2").arg(name).arg(iteration)
                                    : DecisionBoundaryFeed::tr("%1 (the first of %2 outputs), iteration %3")
                                          .arg(name)
                                          .arg(outputs)
                                          .arg(iteration);
    return input;
}

std::optional<QString> whyNoDecisionBoundary(const NetworkSpec& spec) {
    if (spec.layers.front() == 2) return std::nullopt;
    return DecisionBoundaryFeed::tr(
               "The decision boundary needs a network with two inputs, a plane to draw on; this one has %1.")
        .arg(spec.layers.front());
}

} // namespace bplab::ui

#include "core/mnist/training_health.h"

#include <iomanip>
#include <limits>
#include <sstream>

namespace bplab {

namespace {

bool isNormFigure(HealthFigure figure) {
    return figure == HealthFigure::RunningMean || figure == HealthFigure::RunningVariance;
}

HealthCurve& curveFor(std::vector<HealthCurve>& curves, const std::string& layer) {
    for (HealthCurve& curve : curves)
        if (curve.layer == layer) return curve;
    curves.push_back({layer, {}, {}, {}, {}});
    return curves.back();
}

void addPoint(HealthCurve& curve, int epoch, double value, double low, double high) {
    curve.epochs.push_back(epoch);
    curve.values.push_back(value);
    curve.low.push_back(low);
    curve.high.push_back(high);
}

} // namespace

std::string healthFigureKey(HealthFigure figure) {
    switch (figure) {
    case HealthFigure::UpdateRatio: return "update_ratio";
    case HealthFigure::GradientNorm: return "gradient_norm";
    case HealthFigure::RunningMean: return "running_mean";
    case HealthFigure::RunningVariance: return "running_var";
    }
    return {};
}

std::vector<HealthCurve> healthCurves(const std::vector<EpochHealth>& epochs, HealthFigure figure) {
    std::vector<HealthCurve> curves;
    for (const EpochHealth& epoch : epochs) {
        if (isNormFigure(figure)) {
            for (const NormHealth& norm : epoch.norms) {
                const ChannelSpread& spread =
                    figure == HealthFigure::RunningMean ? norm.runningMean : norm.runningVariance;
                addPoint(curveFor(curves, norm.layer), epoch.epoch, spread.mean, spread.min, spread.max);
            }
        } else {
            for (const WeightHealth& weight : epoch.weights) {
                const double value =
                    figure == HealthFigure::UpdateRatio ? weight.updateRatio : weight.gradientNorm;
                addPoint(curveFor(curves, weight.layer), epoch.epoch, value, value, value);
            }
        }
    }
    return curves;
}

std::string healthCsv(const std::vector<EpochHealth>& epochs) {
    std::ostringstream out;
    out << std::setprecision(std::numeric_limits<double>::max_digits10);
    out << "epoch,layer,figure,value\n";
    auto row = [&out](int epoch, const std::string& layer, const std::string& figure, double value) {
        out << epoch << ',' << layer << ',' << figure << ',' << value << '\n';
    };
    for (const EpochHealth& epoch : epochs) {
        for (const WeightHealth& weight : epoch.weights) {
            row(epoch.epoch, weight.layer, healthFigureKey(HealthFigure::GradientNorm), weight.gradientNorm);
            row(epoch.epoch, weight.layer, healthFigureKey(HealthFigure::UpdateRatio), weight.updateRatio);
        }
        for (const NormHealth& norm : epoch.norms) {
            for (const HealthFigure figure : {HealthFigure::RunningMean, HealthFigure::RunningVariance}) {
                const ChannelSpread& spread =
                    figure == HealthFigure::RunningMean ? norm.runningMean : norm.runningVariance;
                const std::string key = healthFigureKey(figure);
                row(epoch.epoch, norm.layer, key, spread.mean);
                row(epoch.epoch, norm.layer, key + "_min", spread.min);
                row(epoch.epoch, norm.layer, key + "_max", spread.max);
            }
        }
    }
    return out.str();
}

} // namespace bplab

#pragma once

#include "core/mnist/train_types.h"

#include <QString>

namespace bplab::ui {

// What set the learning rate a run diverged at, so the window can say why η is what it is: after a
// drag to 10 during a one-cycle run the trainer does not train at 10 but at the schedule's rate for
// that batch, scaled to the new peak (each batch's rate × new peak / recipe peak).
struct DivergenceRate {
    bool oneCycle = false; // the one-cycle schedule set each batch's rate under the peak
    double peak = 0.0;     // the peak (or constant) rate in force at that batch; 0: not known
    bool setLive = false;  // that peak came from the live slider during the run
};

// The core's headline with the rate explained inside its parentheses: "diverged at epoch 1, batch 9
// (η = 3.43642, the one-cycle schedule's rate at that batch, scaled to the peak 10 you set live)",
// "… (η = 10, set live)". A constant rate from the recipe needs no word: "… (η = 10)".
QString divergenceHeadlineText(const Divergence& divergence, const DivergenceRate& rate);
// The core's full sentence (what the loss became, where the weights are) with that headline.
QString divergenceSentence(const Divergence& divergence, const DivergenceRate& rate);
// The chart marker's legend entry, short enough for a narrow chart: "diverged, η = 3.43642".
QString divergenceMarkerLabel(const Divergence& divergence);

} // namespace bplab::ui

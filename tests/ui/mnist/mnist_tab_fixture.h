#pragma once

// The MNIST tab on real MNIST cut to a few thousand images, shown and ready to train one epoch on one
// thread; helpers that click its buttons as a user would.
#include "tests/support/hang_guard.h"
#include "ui/charts/metric_chart.h"
#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/training/train_settings_panel.h"
#include "ui/mnist/training/training_controller.h"

#include <QAction>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

namespace bplab::ui {

// Guards against a hang, not speed checks.
inline const int kLoadTimeoutMs = hangGuardMs(60'000);
inline const int kTrainTimeoutMs = hangGuardMs(120'000);
inline const qint64 kCloseBoundMs = hangGuardMs(10'000);
// Pixels of a series' colour in an 800×500 export: its legend swatch covers about 30, a line across
// the plot 400–500 (measured); this tells them apart.
inline constexpr int kCurvePixels = 200;
// A checkpoint saved on a GPU (tests/data): its tensors are CUDA tensors.
inline const QString kGpuCheckpoint = QStringLiteral(BPLAB_TEST_DATA "/checkpoint-trained-on-cuda.ckpt");

class MnistTabTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        tab = std::make_unique<MnistTab>();
        tab->resize(1280, 760);
        tab->show();
        if (!tab->hasData()) {
            QSignalSpy loaded(tab.get(), &MnistTab::dataLoaded);
            ASSERT_TRUE(loaded.wait(kLoadTimeoutMs)) << "MNIST did not load";
        }
        ASSERT_TRUE(tab->hasData()) << tab->dataStatus().toStdString()
                                    << " (the set-up fetches the data: packaging/fetch-mnist.sh)";
        TrainSettingsPanel* settings = tab->settingsPanel();
        TrainConfig config = settings->config();
        config.epochs = 1;
        config.trainLimit = 2000;
        config.testLimit = 500;
        config.batchSize = 64;
        config.threads = 1; // ctest runs two tests at once on two cores
        settings->setConfig(config);
    }
    void TearDown() override {
        tab.reset();
        QSettings().clear();
    }

    // Clicks the tool button that shows `action`, as a user would.
    void click(QAction* action) {
        for (QToolButton* button : tab->findChildren<QToolButton*>()) {
            if (button->defaultAction() == action) {
                ASSERT_TRUE(button->isEnabled()) << action->text().toStdString() << " is disabled";
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        FAIL() << "no button for " << action->text().toStdString();
    }
    void trainToTheEnd() {
        QSignalSpy finished(tab->controller(), &TrainingController::finished);
        click(tab->trainAction());
        ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
        ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    }
    int accuracyPoints() const {
        QLineSeries* series = tab->accuracyChart()->series(tab->currentRunName());
        return series ? series->count() : -1;
    }

    std::unique_ptr<MnistTab> tab;
};

} // namespace bplab::ui

// Does training freeze the window? Trains in the MNIST tab (the real worker thread, throttled
// signals, live charts) while a 5 ms timer on the GUI thread records how late each tick comes. Prints
// the worst event-loop stall, the 99th percentile and how many stalls exceeded 50 ms.
//
// Run: build/release/tests/benchmarks/gui_stall_benchmark [SECONDS=30] [THREADS=0 (all cores)] [inside] [libtorch]
// "inside": the "Inside the network" tab is shown, tracing a test image after each epoch, and its
// image index steps every 250 ms as a student clicking through would (one trace + saliency each).
// Needs the MNIST data of the set-up. Offscreen by default; set QT_QPA_PLATFORM=xcb under Xvfb to
// include real window-system painting.
#include "ui/mnist/inside_network_view.h"
#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/train_settings_panel.h"
#include "ui/mnist/training_controller.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <string_view>
#include <cstdio>
#include <vector>

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 30;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 0;
    // Words after the numbers: "inside" shows Inside the network; "libtorch" trains on LibTorch's
    // operators instead of the native kernels.
    bool inside = false, libtorch = false;
    for (int i = 3; i < argc; ++i) {
        inside = inside || std::string_view(argv[i]) == "inside";
        libtorch = libtorch || std::string_view(argv[i]) == "libtorch";
    }

    bplab::ui::MnistTab tab;
    tab.resize(1280, 760);
    tab.show();
    if (!tab.hasData()) {
        QSignalSpy loaded(&tab, &bplab::ui::MnistTab::dataLoaded);
        if (!loaded.wait(60'000) || !tab.hasData()) {
            std::fprintf(stderr, "no MNIST data: %s\n", qPrintable(tab.dataStatus()));
            return 1;
        }
    }
    bplab::TrainConfig config = tab.settingsPanel()->config();
    config.epochs = 15;
    config.threads = threads;
    config.kernels = libtorch ? "libtorch" : "native"; // not what an earlier run left in the settings
    tab.settingsPanel()->setConfig(config);

    constexpr int kTickMs = 5;
    std::vector<double> lateness; // ms beyond the expected interval, per tick
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMs);
    qint64 last = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last > 0) lateness.push_back(std::max(0.0, static_cast<double>(now - last) / 1e6 - kTickMs));
        last = now;
    });
    QTimer stepper; // the student clicking through test images
    if (inside) {
        QTabWidget* lower = tab.lowerTabs();
        for (int i = 0; i < lower->count(); ++i)
            if (lower->widget(i)->isAncestorOf(tab.insideView())) lower->setCurrentIndex(i);
        QSpinBox* index = tab.insideView()->indexBox();
        stepper.setInterval(250);
        QObject::connect(&stepper, &QTimer::timeout, [index] { index->stepUp(); });
        stepper.start();
    }
    int epochs = 0;
    QObject::connect(tab.controller(), &bplab::ui::TrainingController::epochFinished, [&] { ++epochs; });

    clock.start();
    ticker.start();
    tab.trainAction()->trigger();
    QTimer::singleShot(seconds * 1000, [&] { tab.stopAction()->trigger(); });
    QSignalSpy finished(tab.controller(), &bplab::ui::TrainingController::finished);
    finished.wait((seconds + 120) * 1000);
    ticker.stop();

    std::sort(lateness.begin(), lateness.end());
    const double worst = lateness.empty() ? 0 : lateness.back();
    const double p99 = lateness.empty() ? 0 : lateness[lateness.size() * 99 / 100];
    const auto over50 = std::count_if(lateness.begin(), lateness.end(), [](double ms) { return ms > 50.0; });
    std::printf("trained %.0f s (%d epoch(s) complete) with threads=%d on %s, %s%s\n",
                static_cast<double>(clock.elapsed()) / 1000.0, epochs, threads,
                qPrintable(QGuiApplication::platformName()), libtorch ? "LibTorch's operators" : "native kernels",
                inside ? ", Inside the network shown, its image stepping every 250 ms" : "");
    std::printf(
        "GUI timer ticks: %zu, worst stall %.1f ms, 99th percentile %.1f ms, stalls over 50 ms: %ld\n",
        lateness.size(), worst, p99, static_cast<long>(over50));
    return 0;
}

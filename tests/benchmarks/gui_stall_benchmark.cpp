// Does training freeze the window? Trains in the MNIST tab (the real worker thread, throttled
// signals, live charts) while a 5 ms timer on the GUI thread records how late each tick comes. Prints
// the worst event-loop stall, the 99th percentile and how many stalls exceeded 50 ms.
//
// Run: build/release/tests/benchmarks/gui_stall_benchmark [SECONDS=30] [THREADS=0 (all cores)] [inside|every] [libtorch]
// "inside": the "Inside the network" tab is shown, tracing a test image after each epoch, and its
// image index steps every 250 ms as a student clicking through would (one trace + saliency each).
// "every": every view is opened in turn while training runs, one lower tab (Try it, Confusion
// matrix, Misclassified, …) and one tab beside the loss chart (Loss, Training health) every 1.5 s,
// so each view's refresh at an epoch's end happens while it is on screen.
// Also prints the slowest event deliveries on the GUI thread, with the object that received each
// (a queued signal arrives at its receiver's object): where a stall comes from.
// Needs the MNIST data of the set-up. Offscreen by default; set QT_QPA_PLATFORM=xcb under Xvfb to
// include real window-system painting.
#include "ui/charts/metric_chart.h"
#include "ui/mnist/inside/inside_network_view.h"
#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/training/train_settings_panel.h"
#include "ui/mnist/training/training_controller.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <utility>
#include <string_view>
#include <cstdio>
#include <vector>

namespace {

// Times each event the event loop hands out (not the ones sent inside another's handling), so a
// stall can be traced to the object whose handler took the time.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;

    struct Delivery {
        double milliseconds;
        QString receiver; // class name, and object name when it has one
        int eventType;
    };

    bool notify(QObject* receiver, QEvent* event) override {
        // Only the GUI thread's (the training thread delivers its own events through here too).
        if (QThread::currentThread() != thread() || m_depth > 0) return QApplication::notify(receiver, event);
        ++m_depth;
        // What names the receiver is taken before delivery (a DeferredDelete deletes it) but cheaply:
        // class names are static text, and the name is only put together for a slow delivery.
        const int type = event->type();
        const char* className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const QObject* owner = receiver->parent(); // a timer's or a chart scene's owner says more
        const char* ownerClassName = owner ? owner->metaObject()->className() : nullptr;
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        m_busyMs += ms;
        if (ms >= 2.0) {
            QString name = QString::fromLatin1(className);
            if (!objectName.isEmpty()) name += " \"" + objectName + '"';
            if (ownerClassName) name += QStringLiteral(" in ") + QString::fromLatin1(ownerClassName);
            m_sinceTake.push_back({ms, name, type});
            if (ms >= 4.0) m_slow.push_back({ms, name, type});
        }
        return result;
    }

    // The slowest deliveries, slowest first.
    std::vector<Delivery> slowest(std::size_t count) {
        std::sort(m_slow.begin(), m_slow.end(),
                  [](const Delivery& a, const Delivery& b) { return a.milliseconds > b.milliseconds; });
        if (m_slow.size() > count) m_slow.resize(count);
        return m_slow;
    }

    // Milliseconds spent handling events since the last call: what of a stall was the GUI thread's own
    // work (the rest it waited for a core, or for the event loop to wake).
    double takeBusyMs() { return std::exchange(m_busyMs, 0.0); }
    // The deliveries of 2 ms or more since the last call.
    std::vector<Delivery> takeDeliveries() { return std::exchange(m_sinceTake, {}); }

private:
    int m_depth = 0;
    double m_busyMs = 0;
    std::vector<Delivery> m_sinceTake;
    std::vector<Delivery> m_slow;
};

// Shows each tab of `tabs` in turn, one step per call.
void showNextTab(QTabWidget* tabs) { tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count()); }

} // namespace

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    TimedApplication app(argc, argv);
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 30;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 0;
    // Words after the numbers: "inside" shows Inside the network; "libtorch" trains on LibTorch's
    // operators instead of the native kernels.
    bool inside = false, every = false, libtorch = false;
    for (int i = 3; i < argc; ++i) {
        inside = inside || std::string_view(argv[i]) == "inside";
        every = every || std::string_view(argv[i]) == "every";
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
    struct Stall {
        double lateMs, busyMs; // how late the tick came, and how much of that the GUI thread worked
        std::vector<TimedApplication::Delivery> deliveries; // what the GUI thread did meanwhile
    };
    std::vector<Stall> stalls; // the ticks more than a frame (16 ms) late
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMs);
    qint64 last = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double busy = app.takeBusyMs();
        std::vector<TimedApplication::Delivery> deliveries = app.takeDeliveries();
        if (last > 0) {
            lateness.push_back(std::max(0.0, static_cast<double>(now - last) / 1e6 - kTickMs));
            if (lateness.back() > 16.0) stalls.push_back({lateness.back(), busy, std::move(deliveries)});
        }
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
    QTimer tour; // every view opened in turn
    tour.setObjectName(QStringLiteral("tour"));
    if (every) {
        QTabWidget* besideLoss = nullptr; // the tabs that hold the loss chart: Loss, Training health
        for (QWidget* parent = tab.lossChart(); parent && !besideLoss; parent = parent->parentWidget())
            besideLoss = qobject_cast<QTabWidget*>(parent);
        tour.setInterval(1500);
        QObject::connect(&tour, &QTimer::timeout, [&tab, besideLoss] {
            showNextTab(tab.lowerTabs());
            if (besideLoss) showNextTab(besideLoss);
        });
        tour.start();
    }
    int epochs = 0;
    double epochSeconds = 0; // the epochs' own times: training speed beside the stalls
    QObject::connect(tab.controller(), &bplab::ui::TrainingController::epochFinished,
                     [&](const bplab::EpochResult& result) {
                         ++epochs;
                         epochSeconds += result.seconds;
                     });

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
    std::printf("trained %.0f s (%d epoch(s) complete, %.2f s each) with threads=%d on %s, %s%s\n",
                static_cast<double>(clock.elapsed()) / 1000.0, epochs, epochs ? epochSeconds / epochs : 0.0, threads,
                qPrintable(QGuiApplication::platformName()), libtorch ? "LibTorch's operators" : "native kernels",
                inside  ? ", Inside the network shown, its image stepping every 250 ms"
                : every ? ", every view opened in turn"
                        : "");
    std::printf(
        "GUI timer ticks: %zu, worst stall %.1f ms, 99th percentile %.1f ms, stalls over 50 ms: %ld\n",
        lateness.size(), worst, p99, static_cast<long>(over50));
    std::sort(stalls.begin(), stalls.end(), [](const Stall& a, const Stall& b) { return a.lateMs > b.lateMs; });
    std::printf("worst stalls, and the GUI thread's own work in each:");
    for (std::size_t i = 0; i < std::min<std::size_t>(stalls.size(), 8); ++i)
        std::printf(" %.1f (%.1f)", stalls[i].lateMs, stalls[i].busyMs);
    std::printf(" ms\n");
    for (std::size_t i = 0; i < std::min<std::size_t>(stalls.size(), 3); ++i) {
        std::printf("stall %.1f ms:", stalls[i].lateMs);
        for (const TimedApplication::Delivery& delivery : stalls[i].deliveries)
            std::printf(" %.1f %s (%d);", delivery.milliseconds, qPrintable(delivery.receiver), delivery.eventType);
        std::printf("\n");
    }
    std::printf("slowest event deliveries on the GUI thread:\n");
    for (const TimedApplication::Delivery& delivery : app.slowest(8))
        std::printf("  %6.1f ms  %s (event type %d)\n", delivery.milliseconds, qPrintable(delivery.receiver),
                    delivery.eventType);
    return 0;
}

// MnistTab's wiring of its "Inside the network" view: which image it looks at (a gallery click, the
// drawing), which model (the classifier copies the controller hands out, named by the run pane), and
// its exports.
#include "ui/mnist/mnist_tab.h"

#include "ui/common/app_settings.h"
#include "ui/mnist/try_it/digit_canvas.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/inside/inside_network_view.h"
#include "ui/mnist/results/mistakes_panel.h"
#include "ui/mnist/data/mnist_data_pane.h"
#include "ui/mnist/results/results_pane.h"
#include "ui/mnist/training/run_pane.h"
#include "ui/mnist/training/status_line.h"
#include "ui/mnist/training/training_controller.h"
#include "ui/mnist/training/training_setup_pane.h"
#include "ui/mnist/try_it/try_digit_panel.h"

#include <QAction>
#include <QFileDialog>
#include <QTabWidget>

namespace bplab::ui {

void MnistTab::connectInside() {
    connect(m_setup->data(), &MnistDataPane::loaded, m_inside,
            [this](bool ok) { m_inside->setData(ok ? m_setup->data()->data() : nullptr); });
    const TrainingController* controller = m_run->controller();
    connect(controller, &TrainingController::runStarted, m_inside, [this](const MnistClassifier& initial) {
        m_inside->setClassifier(initial, tr("%1, initial random weights").arg(m_run->runName()));
        m_inside->restartHistory(tr("epoch 0 (initial random weights)"));
    });
    // After each epoch (the run pane has counted it) and after Load model (which restarts the history
    // with "loaded" once the load is through).
    connect(controller, &TrainingController::classifierReady, m_inside,
            [this](const MnistClassifier& classifier) {
                m_inside->setClassifier(classifier, m_run->modelName());
                m_inside->addSnapshot(tr("epoch %1").arg(m_run->epochsDone()));
            });
    connect(m_run, &RunPane::modelLoaded, m_inside, [this](const TrainConfig&, const QString& modelName) {
        m_inside->restartHistory(tr("loaded"));
        m_inside->setOrigin(modelName);
    });

    auto showInside = [this] { // brings the Inside the network tab to the front
        for (int i = 0; i < m_lowerTabs->count(); ++i)
            if (m_lowerTabs->widget(i)->isAncestorOf(m_inside)) m_lowerTabs->setCurrentIndex(i);
    };
    connect(m_results->mistakes()->gallery(), &DigitGallery::digitActivated, this,
            [this, showInside](int testIndex) {
                m_inside->showTestImage(testIndex);
                showInside();
            });
    connect(m_setup->data()->samples(), &DigitGallery::digitActivated, this,
            [this, showInside](int trainingIndex) {
                m_inside->showTrainingImage(trainingIndex);
                showInside();
            });
    auto lookInsideDrawing = [this, showInside] {
        if (m_try->canvas()->isEmpty()) {
            m_status->say(
                tr("Draw a digit in Try it first: Inside the network then shows how the model reads it."));
            return;
        }
        m_inside->showImage(m_try->canvas()->pixels(), tr("your drawing"));
        showInside();
    };
    connect(m_inside, &InsideNetworkView::drawingWanted, this, lookInsideDrawing);
    connect(m_try, &TryDigitPanel::lookInsideWanted, this, lookInsideDrawing);
    auto askExport = [this] {
        const QString directory = QFileDialog::getExistingDirectory(
            this, tr("Folder for the Inside the network pictures"), AppSettings().exportDirectory());
        if (directory.isEmpty()) return;
        AppSettings().setExportDirectory(directory);
        QString error;
        m_status->say(m_inside->exportTo(directory, &error)
                          ? tr("Pictures and values saved to %1").arg(directory)
                          : error);
    };
    connect(m_inside, &InsideNetworkView::exportWanted, this, askExport);
    connect(m_actions.exportInside, &QAction::triggered, this, askExport);
}

} // namespace bplab::ui

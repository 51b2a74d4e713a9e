// MnistTab and its "Inside the network" tab: which image it looks at (an index, a gallery click, the
// drawing), which model (the classifier copies the controller hands out), and its exports.
#include "ui/mnist/mnist_tab.h"

#include "ui/common/app_settings.h"
#include "ui/mnist/digit_canvas.h"
#include "ui/mnist/digit_gallery.h"
#include "ui/mnist/inside_network_view.h"
#include "ui/mnist/mistakes_panel.h"
#include "ui/mnist/mnist_data_loader.h"
#include "ui/mnist/training_controller.h"
#include "ui/mnist/try_digit_panel.h"

#include <QAction>
#include <QFileDialog>
#include <QTabWidget>

namespace bplab::ui {

void MnistTab::connectInside() {
    connect(m_loader, &MnistDataLoader::loaded, m_inside, [this](bool ok) {
        m_inside->setData(ok ? m_loader->data() : nullptr);
    });
    connect(m_controller, &TrainingController::runStarted, m_inside, [this](const MnistClassifier& initial) {
        m_inside->setClassifier(initial, tr("%1, initial random weights").arg(currentRunName()));
        m_inside->restartHistory(tr("epoch 0 (initial random weights)"));
    });
    // After each epoch (epochFinished has counted it) and after Load model (which restarts the
    // history with "loaded" once the load is through).
    connect(m_controller, &TrainingController::classifierReady, m_inside, [this](const MnistClassifier& classifier) {
        const int epochs = static_cast<int>(m_runHistory.size());
        m_inside->setClassifier(classifier, tr("%1, %n epoch(s)", nullptr, epochs).arg(currentRunName()));
        m_inside->addSnapshot(tr("epoch %1").arg(epochs));
    });
    connect(m_mistakes->gallery(), &DigitGallery::digitActivated, this, [this](int testIndex) {
        m_inside->showTestImage(testIndex);
        showInside();
    });
    connect(m_samples, &DigitGallery::digitActivated, this, [this](int trainingIndex) {
        m_inside->showTrainingImage(trainingIndex);
        showInside();
    });
    connect(m_inside, &InsideNetworkView::drawingWanted, this, &MnistTab::lookInsideDrawing);
    connect(m_try, &TryDigitPanel::lookInsideWanted, this, &MnistTab::lookInsideDrawing);
    auto askExport = [this] {
        const QString directory = QFileDialog::getExistingDirectory(
            this, tr("Folder for the Inside the network pictures"), AppSettings().exportDirectory());
        if (directory.isEmpty()) return;
        AppSettings().setExportDirectory(directory);
        QString error;
        say(exportInside(directory, &error) ? tr("Pictures and values saved to %1").arg(directory) : error);
    };
    connect(m_inside, &InsideNetworkView::exportWanted, this, askExport);
    connect(m_actions.exportInside, &QAction::triggered, this, askExport);
}

void MnistTab::showInside() {
    for (int i = 0; i < m_lowerTabs->count(); ++i)
        if (m_lowerTabs->widget(i)->isAncestorOf(m_inside)) m_lowerTabs->setCurrentIndex(i);
}

void MnistTab::lookInsideDrawing() {
    if (m_try->canvas()->isEmpty()) {
        say(tr("Draw a digit in Try it first: Inside the network then shows how the model reads it."));
        return;
    }
    m_inside->showImage(m_try->canvas()->pixels(), tr("your drawing"));
    showInside();
}

bool MnistTab::exportInside(const QString& directory, QString* error) {
    return m_inside->exportTo(directory, error);
}

} // namespace bplab::ui

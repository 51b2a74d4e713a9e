// What a screen reader gets from the MNIST tab: the painted views and the progress bar say what they
// show in words and numbers and follow each change; the left column's controls take the Tab key top to
// bottom, as they are drawn. (tests/e2e/accessibility.sh checks the whole window over AT-SPI.)
#include "tests/ui/mnist/mnist_tab_fixture.h"

#include "ui/mnist/inside/network_stages_view.h"
#include "ui/mnist/training/live_rate_slider.h"
#include "ui/mnist/training/training_progress_row.h"

#include <QApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace bplab::ui {
namespace {

// Two stages: conv1's two 2×2 maps hold −1 … 4; the ten scores −2 … 3. Digit 7 has 0.9 of the probability.
NetworkTrace twoStageTrace() {
    NetworkTrace trace;
    trace.stages.push_back(
        {"conv1", "5×5 convolution → ReLU", {{2, 2, 2}, {0, 1, 2, 3, -1, 0.5f, 0.25f, 4}}});
    trace.stages.push_back({"scores", "linear", {{10}, {0, 1, -2, 0, 0, 0, 0, 3, 0, 0}}});
    trace.probabilities = {0.01f, 0.01f, 0.01f, 0.01f, 0.01f, 0.01f, 0.01f, 0.9f, 0.02f, 0.01f};
    return trace;
}

TEST(NetworkStagesViewAccessibility, DescriptionSaysEachStageItsRangeAndTheAnswer) {
    NetworkStagesView view;
    EXPECT_EQ(view.accessibleName(), QStringLiteral("Network stages"));
    EXPECT_EQ(view.accessibleDescription(), QStringLiteral("Train a model or load one to look inside it."));
    view.setTrace(twoStageTrace());
    EXPECT_EQ(
        view.accessibleDescription(),
        QStringLiteral("The stages, as the data flows: conv1 2×2×2 from -1 to 4; scores 10 from -2 to 3. "
                       "Most probable digit: 7 (90.0 %)."));
    view.clear(QStringLiteral("Nothing to show."));
    EXPECT_EQ(view.accessibleDescription(), QStringLiteral("Nothing to show."));
    NetworkTrace withoutAnswer = twoStageTrace();
    withoutAnswer.probabilities.clear();
    view.setTrace(withoutAnswer);
    EXPECT_EQ(
        view.accessibleDescription(),
        QStringLiteral("The stages, as the data flows: conv1 2×2×2 from -1 to 4; scores 10 from -2 to 3."));
}

TEST(TrainingProgressRowAccessibility, TheBarIsNamedAndSaysTheEpochBatchAndSpeed) {
    TrainingProgressRow row;
    QProgressBar* bar = row.progressBar();
    EXPECT_EQ(bar->accessibleName(), QStringLiteral("Training progress"));
    EXPECT_EQ(bar->accessibleDescription(), QStringLiteral("no training yet"));
    BatchProgress progress;
    progress.epoch = 1;
    progress.epochs = 2;
    progress.batch = 30;
    progress.batches = 100;
    progress.loss = 0.5;
    progress.imagesPerSecond = 900;
    progress.etaSeconds = 75;
    row.showProgress(progress); // 30 of 100 batches: 30 %; 75 s is 1:15
    EXPECT_EQ(bar->accessibleDescription(),
              QStringLiteral("epoch 1/2 — batch 30/100 (30%); 900 img/s · ETA 1:15 · loss 0.5000"));
    row.showEnd(TrainingProgressRow::End::Stopped, 1);
    EXPECT_EQ(bar->accessibleDescription(), QStringLiteral("stopped"));
}

TEST(LiveRateSliderAccessibility, TheSliderSaysTheRateNotItsPosition) {
    LiveRateSlider slider;
    EXPECT_EQ(slider.slider()->accessibleName(), QStringLiteral("Live learning rate"));
    slider.setLearningRate(0.3);
    EXPECT_TRUE(slider.slider()->accessibleDescription().startsWith(QStringLiteral("η = 0.3 on a log scale")))
        << slider.slider()->accessibleDescription().toStdString();
}

// Every control that Tab reaches from `start`, in order, until `count` are visited.
QList<QWidget*> tabStops(QWidget* start, int count) {
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited;
    for (int k = 0; k < count; ++k) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused) break;
        // A spin box's focus sits on its line edit: count the spin box.
        visited << (focused->objectName() == QLatin1String("qt_spinbox_lineedit") ? focused->parentWidget()
                                                                                  : focused);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return visited;
}

QList<QWidget*> enabledFields(const TrainSettingsPanel& panel) {
    QList<QWidget*> fields;
    for (QWidget* child : panel.findChildren<QWidget*>()) {
        if (!child->objectName().isEmpty() && panel.editor(child->objectName().toStdString()) == child &&
            child->isEnabled())
            fields << child;
    }
    // In the form's order, top to bottom.
    std::sort(fields.begin(), fields.end(), [](QWidget* a, QWidget* b) { return a->y() < b->y(); });
    return fields;
}

// The panel is made before the button drawn above it: followInTabOrder puts its fields after the button.
TEST(TrainSettingsPanelTabOrder, FieldsFollowTheControlBeforeThemTopToBottom) {
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* panel = new TrainSettingsPanel(&window);
    auto* above = new QPushButton(QStringLiteral("above"), &window);
    layout->addWidget(above);
    layout->addWidget(panel);
    panel->followInTabOrder(above);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget*> fields = enabledFields(*panel);
    ASSERT_GT(fields.size(), 10);
    QList<QWidget*> expected{above};
    expected += fields;
    EXPECT_EQ(tabStops(above, static_cast<int>(expected.size())), expected);
    EXPECT_EQ(panel->lastInTabOrder(), panel->editor("test_limit"));
}

// The whole left column: the data buttons, the hyperparameters, their two buttons, then Run's.
TEST_F(MnistTabTest, TabVisitsTheLeftColumnTopToBottom) {
    tab->activateWindow();
    auto buttonFor = [this](QAction* action) -> QWidget* {
        for (QToolButton* button : tab->findChildren<QToolButton*>())
            if (button->defaultAction() == action) return button;
        return nullptr;
    };
    QWidget* chooseData = nullptr; // the tab has no accessor for this action: found by its text
    for (QToolButton* button : tab->findChildren<QToolButton*>())
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Choose data folder…"))
            chooseData = button;
    QList<QWidget*> expected{buttonFor(tab->getMnistAction()), chooseData};
    expected += enabledFields(*tab->settingsPanel());
    for (QAction* action :
         {tab->findLearningRateAction(), tab->restoreDefaultsAction(), tab->trainAction(), tab->stopAction(),
          tab->resumeAction(), tab->saveModelAction(), tab->loadModelAction()}) {
        if (action->isEnabled()) expected << buttonFor(action); // Tab skips a disabled button
    }
    ASSERT_FALSE(expected.contains(nullptr));
    const QList<QWidget*> visited = tabStops(expected.first(), static_cast<int>(expected.size()));
    ASSERT_EQ(visited.size(), expected.size());
    for (qsizetype k = 0; k < expected.size(); ++k) {
        EXPECT_EQ(visited[k], expected[k])
            << "stop " << k << ": expected " << expected[k]->objectName().toStdString() << " "
            << expected[k]->metaObject()->className() << ", got " << visited[k]->objectName().toStdString()
            << " " << visited[k]->metaObject()->className();
    }
}

} // namespace
} // namespace bplab::ui

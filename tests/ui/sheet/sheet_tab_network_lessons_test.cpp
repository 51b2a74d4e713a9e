// The lessons on other networks than the seed's (version-2 files) through the sheet tab's Lessons menu,
// and an own network saved and opened as a version-2 scenario file.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "tests/support/temporary_path.h"
#include "ui/sheet/lessons/built_in_lessons.h"
#include "ui/sheet/lessons/lesson_panel.h"
#include "ui/sheet/lessons/network_scenario_file.h"
#include "ui/sheet/values/network_values_panel.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/lessons/sheet_lessons.h"

#include <QAction>

namespace bplab::ui {
namespace {

class SheetTabNetworkLessonsTest : public SheetTabTest {
protected:
    SheetLessons* lessons() const { return tab->lessons(); }
};

TEST_F(SheetTabNetworkLessonsTest, ANetworkLessonShowsItsNetworkAndBackReturnsToTheSeedSheet) {
    const SheetInputs before = tab->document()->inputs();
    for (const NetworkScenario& scenario : builtInNetworkLessons()) {
        QAction* action = lessonAction(QString::fromStdString(scenario.title));
        ASSERT_NE(action, nullptr) << scenario.title;
        action->trigger();
        SCOPED_TRACE(scenario.title);
        ASSERT_TRUE(tab->document()->showsOwnNetwork());
        EXPECT_EQ(tab->document()->ownNetwork()->spec(), scenario.spec);
        EXPECT_EQ(tab->document()->engine().iterationLimit(), scenario.iterations);
        EXPECT_TRUE(tab->document()->engine().atEnd()) << "a lesson shows its whole run";
        EXPECT_EQ(tab->networkValuesPanel()->spec(), scenario.spec)
            << "the values panel shows the lesson's network";
        EXPECT_EQ(lessons()->panel()->title().toStdString(), scenario.title);
    }
    // A lesson on the 2-2-2 goes back to the seed sheet; Back restores what the student had.
    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("divergence")));
    EXPECT_FALSE(tab->document()->showsOwnNetwork());
    lessons()->backAction()->trigger();
    EXPECT_FALSE(tab->document()->showsOwnNetwork());
    EXPECT_EQ(tab->document()->inputs(), before);
}

TEST_F(SheetTabNetworkLessonsTest, AnOwnNetworkIsSavedAsAVersionTwoFileThatOpenScenarioReadsBack) {
    const NetworkScenario lesson = *builtInNetworkLesson(QStringLiteral("symmetry"));
    ASSERT_TRUE(lessons()->loadNetwork(lesson));
    const QString path = QString::fromStdString(temporaryPath("mine.json"));
    ASSERT_TRUE(lessons()->saveFile(path));
    QString error;
    const auto saved = readAnyScenarioFile(path, &error);
    ASSERT_TRUE(saved) << error.toStdString();
    const auto* network = std::get_if<NetworkScenario>(&*saved);
    ASSERT_NE(network, nullptr) << "an own network is saved in version 2";
    EXPECT_EQ(network->spec, lesson.spec);
    EXPECT_EQ(network->iterations, lesson.iterations);

    ASSERT_TRUE(lessons()->loadBuiltIn(QStringLiteral("seed")));
    ASSERT_FALSE(tab->document()->showsOwnNetwork());
    ASSERT_TRUE(lessons()->openFile(path));
    ASSERT_TRUE(tab->document()->showsOwnNetwork());
    EXPECT_EQ(tab->document()->ownNetwork()->spec(), lesson.spec);
}

} // namespace
} // namespace bplab::ui

// GoogleTest main for tests that need Qt: an offscreen QApplication, test-mode standard paths (so
// settings never touch the user's own), and the Fusion style so widget geometry is predictable.
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>

#include <gtest/gtest.h>

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BackpropLabTests"));
    // CTest runs test processes side by side: each gets its own settings file, or one test's
    // QSettings().clear() would wipe what another is checking.
    QCoreApplication::setApplicationName(
        QStringLiteral("backprop-lab-tests-%1").arg(QCoreApplication::applicationPid()));
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QSettings().clear();
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    QSettings settings;
    settings.clear();
    QFile::remove(settings.fileName());
    return result;
}

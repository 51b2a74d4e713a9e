// GoogleTest main for tests that need Qt: an offscreen QApplication, test-mode standard paths (so
// settings never touch the user's own), and the Fusion style so widget geometry is predictable.
#include <QApplication>
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
    QCoreApplication::setApplicationName(QStringLiteral("backprop-lab-tests"));
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QSettings().clear();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

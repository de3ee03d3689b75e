// Runs the test of every builtin interface (one file each in this folder) in one
// program, so that the 44 of them link once. Fails when any of them fails.
#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace corral::test {

std::unique_ptr<QObject> audioPlaybackTest();
std::unique_ptr<QObject> audioRecordTest();
std::unique_ptr<QObject> bluezTest();
std::unique_ptr<QObject> browserSupportTest();
std::unique_ptr<QObject> cameraTest();
std::unique_ptr<QObject> contentTest();
std::unique_ptr<QObject> cupsControlTest();
std::unique_ptr<QObject> desktopTest();
std::unique_ptr<QObject> desktopLegacyTest();
std::unique_ptr<QObject> gpgKeysTest();
std::unique_ptr<QObject> gsettingsTest();
std::unique_ptr<QObject> hardwareObserveTest();
std::unique_ptr<QObject> hidrawTest();
std::unique_ptr<QObject> homeTest();
std::unique_ptr<QObject> joystickTest();
std::unique_ptr<QObject> kerberosTicketsTest();
std::unique_ptr<QObject> locationObserveTest();
std::unique_ptr<QObject> logObserveTest();
std::unique_ptr<QObject> mountObserveTest();
std::unique_ptr<QObject> mprisTest();
std::unique_ptr<QObject> networkTest();
std::unique_ptr<QObject> networkBindTest();
std::unique_ptr<QObject> networkManagerTest();
std::unique_ptr<QObject> networkObserveTest();
std::unique_ptr<QObject> networkStatusTest();
std::unique_ptr<QObject> openglTest();
std::unique_ptr<QObject> opticalDriveTest();
std::unique_ptr<QObject> passwordManagerServiceTest();
std::unique_ptr<QObject> personalFilesTest();
std::unique_ptr<QObject> processControlTest();
std::unique_ptr<QObject> pulseaudioTest();
std::unique_ptr<QObject> rawUsbTest();
std::unique_ptr<QObject> removableMediaTest();
std::unique_ptr<QObject> screenInhibitControlTest();
std::unique_ptr<QObject> serialPortTest();
std::unique_ptr<QObject> sharedMemoryTest();
std::unique_ptr<QObject> sshKeysTest();
std::unique_ptr<QObject> systemFilesTest();
std::unique_ptr<QObject> systemObserveTest();
std::unique_ptr<QObject> u2fDevicesTest();
std::unique_ptr<QObject> unity7Test();
std::unique_ptr<QObject> upowerObserveTest();
std::unique_ptr<QObject> waylandTest();
std::unique_ptr<QObject> x11Test();

} // namespace corral::test

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    using namespace corral::test;
    std::unique_ptr<QObject> (*const tests[])() = {
        audioPlaybackTest,
        audioRecordTest,
        bluezTest,
        browserSupportTest,
        cameraTest,
        contentTest,
        cupsControlTest,
        desktopTest,
        desktopLegacyTest,
        gpgKeysTest,
        gsettingsTest,
        hardwareObserveTest,
        hidrawTest,
        homeTest,
        joystickTest,
        kerberosTicketsTest,
        locationObserveTest,
        logObserveTest,
        mountObserveTest,
        mprisTest,
        networkTest,
        networkBindTest,
        networkManagerTest,
        networkObserveTest,
        networkStatusTest,
        openglTest,
        opticalDriveTest,
        passwordManagerServiceTest,
        personalFilesTest,
        processControlTest,
        pulseaudioTest,
        rawUsbTest,
        removableMediaTest,
        screenInhibitControlTest,
        serialPortTest,
        sharedMemoryTest,
        sshKeysTest,
        systemFilesTest,
        systemObserveTest,
        u2fDevicesTest,
        unity7Test,
        upowerObserveTest,
        waylandTest,
        x11Test,
    };
    int failed = 0;
    for (const auto makeTest : tests) {
        const std::unique_ptr<QObject> test = makeTest();
        if (QTest::qExec(test.get(), argc, argv) != 0)
            ++failed;
    }
    return failed == 0 ? 0 : 1;
}

// camera: waits for a person; grants the video4linux devices, as files and as the device
// cgroup's character major 81.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const photobooth = R"(name: photobooth
version: '1'
apps:
  photobooth:
    command: bin/photobooth
    plugs: [camera]
)";

class CameraTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        const TestConnection connection
            = TestConnection::toSystem(photobooth, QStringLiteral("camera"));
        QCOMPARE(connection.problem(), QString());
        QVERIFY(!connection.autoConnects());
    }

    void grantsTheVideoDevices()
    {
        const Policy policy
            = TestConnection::toSystem(photobooth, QStringLiteral("camera")).plugPolicy();
        expectFile(policy, "/dev/video[0-9]* rwl");
        expectFile(policy, "/sys/class/video4linux/ r");
        expectFile(policy, "/run/udev/data/c81:[0-9]* r");
        QCOMPARE(policy.devices.size(), 1);
        const DeviceRule &video = policy.devices.first();
        QCOMPARE(video.type, 'c');
        QCOMPARE(video.major, 81);
        QCOMPARE(video.minor, -1);
        QCOMPARE(
            video.udevMatch, QStringLiteral("SUBSYSTEM==\"video4linux\", KERNEL==\"video[0-9]*\""));
    }

    void grantsNothingToTheSystem()
    {
        QVERIFY(
            TestConnection::toSystem(photobooth, QStringLiteral("camera")).slotPolicy().isEmpty());
    }
};

} // namespace

std::unique_ptr<QObject> cameraTest()
{
    return std::make_unique<CameraTest>();
}

} // namespace corral::test

#include "camera_test.moc"

// u2f-devices: waits for a person; the HID devices udev marks as FIDO tokens.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const authenticator = R"(name: authenticator
version: '1'
apps:
  authenticator:
    command: bin/authenticator
    plugs: [u2f-devices]
)";

class U2fDevicesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(
            !TestConnection::toSystem(authenticator, QStringLiteral("u2f-devices")).autoConnects());
    }

    void grantsTheSecurityKeysOnly()
    {
        const Policy policy
            = TestConnection::toSystem(authenticator, QStringLiteral("u2f-devices")).plugPolicy();
        expectFile(policy, "/dev/hidraw[0-9]* rwl");
        QCOMPARE(policy.devices.size(), 1);
        QCOMPARE(policy.devices[0].udevMatch,
            QStringLiteral("SUBSYSTEM==\"hidraw\", ENV{ID_FIDO_TOKEN}==\"1\""));
        QCOMPARE(policy.devices[0].major, -1);
    }
};

} // namespace

std::unique_ptr<QObject> u2fDevicesTest()
{
    return std::make_unique<U2fDevicesTest>();
}

} // namespace corral::test

#include "u2f_devices_test.moc"

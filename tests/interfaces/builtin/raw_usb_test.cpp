// raw-usb: waits for a person; every USB device node (character major 189).
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const flasher = R"(name: flasher
version: '1'
apps:
  flasher:
    command: bin/flasher
    plugs: [raw-usb]
)";

class RawUsbTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(flasher, QStringLiteral("raw-usb")).autoConnects());
    }

    void grantsEveryUsbDevice()
    {
        const Policy policy
            = TestConnection::toSystem(flasher, QStringLiteral("raw-usb")).plugPolicy();
        expectFile(policy, "/dev/bus/usb/[0-9][0-9][0-9]/[0-9][0-9][0-9] rwl");
        expectSeccomp(policy, "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT");
        QCOMPARE(policy.devices.size(), 1);
        QCOMPARE(policy.devices[0].type, 'c');
        QCOMPARE(policy.devices[0].major, 189);
    }
};

} // namespace

std::unique_ptr<QObject> rawUsbTest()
{
    return std::make_unique<RawUsbTest>();
}

} // namespace corral::test

#include "raw_usb_test.moc"

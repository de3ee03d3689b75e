// hardware-observe: waits for a person; reads sysfs and udev's database and hears
// devices come and go.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const sysinfo = R"(name: sysinfo
version: '1'
apps:
  sysinfo:
    command: bin/sysinfo
    plugs: [hardware-observe]
)";

class HardwareObserveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(
            !TestConnection::toSystem(sysinfo, QStringLiteral("hardware-observe")).autoConnects());
    }

    void readsWhatHardwareThereIs()
    {
        const Policy policy
            = TestConnection::toSystem(sysinfo, QStringLiteral("hardware-observe")).plugPolicy();
        expectFile(policy, "/sys/devices/** r");
        expectFile(policy, "/run/udev/data/** r");
        expectFile(policy, "/usr/bin/lspci rmix");
        expectAppArmor(policy, "network netlink raw");
        expectSeccomp(policy, "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT");
        for (const FileRule &rule : policy.files)
            QVERIFY2(!(rule.access & Access::Write), qPrintable(rule.pattern));
    }
};

} // namespace

std::unique_ptr<QObject> hardwareObserveTest()
{
    return std::make_unique<HardwareObserveTest>();
}

} // namespace corral::test

#include "hardware_observe_test.moc"

// upower-observe: connects on its own; reads UPower's properties, the host's or a snap's.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const batteryApplet = R"(name: battery
version: '1'
apps:
  battery:
    command: bin/battery
    plugs: [upower-observe]
)";

const char *const upowerSnap = R"(name: upower
version: '1'
apps:
  upowerd:
    command: libexec/upowerd
    daemon: simple
    slots: [upower-observe]
)";

class UpowerObserveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(TestConnection::toSystem(batteryApplet, QStringLiteral("upower-observe"))
                    .autoConnects());
    }

    void readsTheHostUPower()
    {
        const Policy policy
            = TestConnection::toSystem(batteryApplet, QStringLiteral("upower-observe"))
                  .plugPolicy();
        expectAppArmor(policy,
            "member={EnumerateDevices,GetDisplayDevice,GetCriticalAction} "
            "peer=(label=unconfined)");
    }

    void readsTheUPowerOfASnap()
    {
        const TestConnection connection = TestConnection::toSnap(batteryApplet,
            QStringLiteral("upower-observe"), upowerSnap, QStringLiteral("upower-observe"));
        QCOMPARE(connection.problem(), QString());
        expectAppArmor(connection.plugPolicy(), "peer=(label=snap.upower.upowerd)");
        expectAppArmor(connection.slotPolicy(), "peer=(label=snap.battery.battery)");
        expectAppArmor(findInterface(QStringLiteral("upower-observe"))->permanentSlot,
            "name=\"org.freedesktop.UPower\"");
    }
};

} // namespace

std::unique_ptr<QObject> upowerObserveTest()
{
    return std::make_unique<UpowerObserveTest>();
}

} // namespace corral::test

#include "upower_observe_test.moc"

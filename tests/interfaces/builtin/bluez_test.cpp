// bluez: waits for a person; the app talks to the host's BlueZ, or to the BlueZ of an app
// snap, and then only to that snap's daemon.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const headsetApp = R"(name: headset-app
version: '1'
apps:
  headset:
    command: bin/headset
    plugs: [bluez]
)";

const char *const bluezSnap = R"(name: bluez
version: '5'
apps:
  bluetoothd:
    command: bin/bluetoothd
    daemon: simple
    slots: [service]
slots:
  service:
    interface: bluez
)";

class BluezTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        const TestConnection connection
            = TestConnection::toSystem(headsetApp, QStringLiteral("bluez"));
        QCOMPARE(connection.problem(), QString());
        QVERIFY(!connection.autoConnects());
    }

    void talksToTheHostDaemon()
    {
        const Policy policy
            = TestConnection::toSystem(headsetApp, QStringLiteral("bluez")).plugPolicy();
        expectAppArmor(policy, "interface=org.bluez.* peer=(label=unconfined)");
        expectFile(policy, "/run/dbus/system_bus_socket rwl");
    }

    void talksOnlyToTheDaemonOfTheSlotSnap()
    {
        const TestConnection connection = TestConnection::toSnap(
            headsetApp, QStringLiteral("bluez"), bluezSnap, QStringLiteral("service"));
        QCOMPARE(connection.problem(), QString());
        expectAppArmor(connection.plugPolicy(), "peer=(label=snap.bluez.bluetoothd)");
        expectAppArmor(connection.slotPolicy(), "peer=(label=snap.headset-app.headset)");
    }

    void theDaemonOwnsItsNameAndTheRadio()
    {
        const Policy &daemon = findInterface(QStringLiteral("bluez"))->permanentSlot;
        expectAppArmor(daemon, "dbus (bind) bus=system name=\"org.bluez\"");
        expectAppArmor(daemon, "network bluetooth");
        expectSeccomp(daemon, "socket AF_BLUETOOTH");
        QCOMPARE(daemon.devices.size(), 1);
        QCOMPARE(daemon.devices[0].major, 10);
        QCOMPARE(daemon.devices[0].minor, 242);
    }
};

} // namespace

std::unique_ptr<QObject> bluezTest()
{
    return std::make_unique<BluezTest>();
}

} // namespace corral::test

#include "bluez_test.moc"

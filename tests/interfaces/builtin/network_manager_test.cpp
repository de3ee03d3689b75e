// network-manager: waits for a person; NetworkManager's API, the host's or a snap's.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const applet = R"(name: nm-applet
version: '1'
apps:
  applet:
    command: bin/nm-applet
    plugs: [network-manager]
)";

const char *const networkManager = R"(name: network-manager
version: '1.42'
apps:
  networkmanager:
    command: sbin/NetworkManager
    daemon: simple
    slots: [service]
slots:
  service:
    interface: network-manager
)";

class NetworkManagerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(
            !TestConnection::toSystem(applet, QStringLiteral("network-manager")).autoConnects());
    }

    void talksToTheHostNetworkManager()
    {
        const Policy policy
            = TestConnection::toSystem(applet, QStringLiteral("network-manager")).plugPolicy();
        expectAppArmor(
            policy, "path=/org/freedesktop/NetworkManager{,/**} peer=(label=unconfined)");
    }

    void talksToTheNetworkManagerOfASnap()
    {
        const TestConnection connection = TestConnection::toSnap(
            applet, QStringLiteral("network-manager"), networkManager, QStringLiteral("service"));
        QCOMPARE(connection.problem(), QString());
        expectAppArmor(connection.plugPolicy(), "peer=(label=snap.network-manager.networkmanager)");
        expectAppArmor(connection.slotPolicy(), "peer=(label=snap.nm-applet.applet)");
        const Policy &daemon = findInterface(QStringLiteral("network-manager"))->permanentSlot;
        expectAppArmor(daemon, "capability net_admin");
        expectAppArmor(daemon, "name=\"org.freedesktop.NetworkManager\"");
        expectSeccomp(daemon, "socket AF_NETLINK - NETLINK_ROUTE");
    }
};

} // namespace

std::unique_ptr<QObject> networkManagerTest()
{
    return std::make_unique<NetworkManagerTest>();
}

} // namespace corral::test

#include "network_manager_test.moc"

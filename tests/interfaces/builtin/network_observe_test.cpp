// network-observe: waits for a person; reads the network's state without changing it.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const netstat = R"(name: net-monitor
version: '1'
apps:
  monitor:
    command: bin/monitor
    plugs: [network-observe]
)";

class NetworkObserveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(
            !TestConnection::toSystem(netstat, QStringLiteral("network-observe")).autoConnects());
    }

    void readsTheNetworkState()
    {
        const Policy policy
            = TestConnection::toSystem(netstat, QStringLiteral("network-observe")).plugPolicy();
        expectFile(policy, "@{PROC}/@{pid}/net/** r");
        expectFile(policy, "/usr/bin/ss rmix");
        expectSeccomp(policy, "socket AF_NETLINK - NETLINK_INET_DIAG");
        expectAppArmor(policy, "network netlink raw");
        QVERIFY(!policy.apparmor.contains(QStringLiteral("capability net_admin")));
    }
};

} // namespace

std::unique_ptr<QObject> networkObserveTest()
{
    return std::make_unique<NetworkObserveTest>();
}

} // namespace corral::test

#include "network_observe_test.moc"

// network: connects on its own; name resolution and client sockets.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const browser = R"(name: browser
version: '1'
apps:
  browser:
    command: bin/browser
    plugs: [network]
)";

class NetworkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        const TestConnection connection
            = TestConnection::toSystem(browser, QStringLiteral("network"));
        QCOMPARE(connection.problem(), QString());
        QVERIFY(connection.autoConnects());
    }

    void resolvesNamesAndConnects()
    {
        const Policy policy
            = TestConnection::toSystem(browser, QStringLiteral("network")).plugPolicy();
        expectFile(policy, "/etc/resolv.conf r");
        expectFile(policy, "/etc/ssl/certs/** r");
        expectAppArmor(policy, "network inet stream");
        expectAppArmor(policy, "network inet6 dgram");
        expectAppArmor(policy, "interface=org.freedesktop.resolve1.Manager");
        expectSeccomp(policy, "bind");
        expectSeccomp(policy, "socket AF_NETLINK - NETLINK_ROUTE");
        QVERIFY(!policy.seccomp.contains(QStringLiteral("listen")));
    }
};

} // namespace

std::unique_ptr<QObject> networkTest()
{
    return std::make_unique<NetworkTest>();
}

} // namespace corral::test

#include "network_test.moc"

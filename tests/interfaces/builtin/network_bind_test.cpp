// network-bind: waits for a person; listening and accepting connections.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const webServer = R"(name: web-server
version: '1'
apps:
  server:
    command: bin/server
    daemon: simple
    plugs: [network-bind]
)";

class NetworkBindTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(
            !TestConnection::toSystem(webServer, QStringLiteral("network-bind")).autoConnects());
    }

    void listensAndAccepts()
    {
        const Policy policy
            = TestConnection::toSystem(webServer, QStringLiteral("network-bind")).plugPolicy();
        for (const char *call : { "bind", "listen", "accept", "accept4", "shutdown" })
            expectSeccomp(policy, call);
        expectAppArmor(policy, "network inet6 stream");
        expectFile(policy, "@{PROC}/sys/net/ipv4/ip_local_port_range r");
    }
};

} // namespace

std::unique_ptr<QObject> networkBindTest()
{
    return std::make_unique<NetworkBindTest>();
}

} // namespace corral::test

#include "network_bind_test.moc"

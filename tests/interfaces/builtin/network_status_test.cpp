// network-status: connects on its own; asks the portal's network monitor only.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const mailer = R"(name: mailer
version: '1'
apps:
  mailer:
    command: bin/mailer
    plugs: [network-status]
)";

class NetworkStatusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        QVERIFY(TestConnection::toSystem(mailer, QStringLiteral("network-status")).autoConnects());
    }

    void asksThePortal()
    {
        const Policy policy
            = TestConnection::toSystem(mailer, QStringLiteral("network-status")).plugPolicy();
        expectAppArmor(policy, "interface=org.freedesktop.portal.NetworkMonitor");
        QVERIFY(policy.seccomp.isEmpty());
        QVERIFY(!policy.apparmor.contains(QStringLiteral("network inet stream")));
    }
};

} // namespace

std::unique_ptr<QObject> networkStatusTest()
{
    return std::make_unique<NetworkStatusTest>();
}

} // namespace corral::test

#include "network_status_test.moc"

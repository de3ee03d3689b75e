// kerberos-tickets: waits for a person; the host's credential caches, seen through the
// host file system because the sandbox has its own /tmp.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const client = R"(name: intranet-client
version: '1'
apps:
  client:
    command: bin/client
    plugs: [kerberos-tickets]
)";

class KerberosTicketsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(
            !TestConnection::toSystem(client, QStringLiteral("kerberos-tickets")).autoConnects());
    }

    void readsTheOwnersCredentialCaches()
    {
        const Policy policy
            = TestConnection::toSystem(client, QStringLiteral("kerberos-tickets")).plugPolicy();
        expectFile(policy, "owner /var/lib/corral/hostfs/tmp/krb5cc* rk");
        expectFile(policy, "/etc/krb5.conf r");
    }
};

} // namespace

std::unique_ptr<QObject> kerberosTicketsTest()
{
    return std::make_unique<KerberosTicketsTest>();
}

} // namespace corral::test

#include "kerberos_tickets_test.moc"

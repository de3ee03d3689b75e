// password-manager-service: waits for a person; the Secret Service and KWallet.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const passwordApp = R"(name: passwords
version: '1'
apps:
  passwords:
    command: bin/passwords
    plugs: [password-manager-service]
)";

class PasswordManagerServiceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(passwordApp, QStringLiteral("password-manager-service"))
                     .autoConnects());
    }

    void reachesTheSecretStores()
    {
        const Policy policy
            = TestConnection::toSystem(passwordApp, QStringLiteral("password-manager-service"))
                  .plugPolicy();
        expectAppArmor(policy, "path=/org/freedesktop/secrets{,/**}");
        expectAppArmor(policy, "interface=org.kde.KWallet");
        QVERIFY(findInterface(QStringLiteral("password-manager-service"))->sensitivity
            == Sensitivity::High);
    }
};

} // namespace

std::unique_ptr<QObject> passwordManagerServiceTest()
{
    return std::make_unique<PasswordManagerServiceTest>();
}

} // namespace corral::test

#include "password_manager_service_test.moc"

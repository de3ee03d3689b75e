// gpg-keys: waits for a person; reads the keyring, writes only the random seed.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const mailer = R"(name: mailer
version: '1'
apps:
  mailer:
    command: bin/mailer
    plugs: [gpg-keys]
)";

class GpgKeysTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(mailer, QStringLiteral("gpg-keys")).autoConnects());
    }

    void readsTheKeyringAndWritesOnlyTheSeed()
    {
        const Policy policy
            = TestConnection::toSystem(mailer, QStringLiteral("gpg-keys")).plugPolicy();
        expectFile(policy, "owner @{HOME}/.gnupg/** r");
        expectFile(policy, "owner @{HOME}/.gnupg/random_seed rwlk");
        expectFile(policy, "/usr/bin/gpg rmix");
        expectFile(policy, "owner /run/user/[0-9]*/gnupg/S.* rwl");
        expectAppArmor(policy, "deny @{HOME}/.gnupg/trustdb.gpg w");
        for (const FileRule &rule : policy.files) {
            if (rule.access & Access::Write)
                QVERIFY2(rule.ownerOnly, qPrintable(rule.pattern));
        }
    }
};

} // namespace

std::unique_ptr<QObject> gpgKeysTest()
{
    return std::make_unique<GpgKeysTest>();
}

} // namespace corral::test

#include "gpg_keys_test.moc"

// ssh-keys: waits for a person; reads the owner's SSH configuration and keys, no more.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const deployTool = R"(name: deploy
version: '1'
apps:
  deploy:
    command: bin/deploy
    plugs: [ssh-keys]
)";

class SshKeysTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(deployTool, QStringLiteral("ssh-keys")).autoConnects());
    }

    void readsTheKeys()
    {
        const Policy policy
            = TestConnection::toSystem(deployTool, QStringLiteral("ssh-keys")).plugPolicy();
        expectFile(policy, "owner @{HOME}/.ssh/** r");
        expectFile(policy, "/usr/bin/ssh rmix");
        for (const FileRule &rule : policy.files)
            QVERIFY2(!(rule.access & Access::Write), qPrintable(rule.pattern));
    }
};

} // namespace

std::unique_ptr<QObject> sshKeysTest()
{
    return std::make_unique<SshKeysTest>();
}

} // namespace corral::test

#include "ssh_keys_test.moc"

// mount-observe: waits for a person; the mount table, read-only.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const diskUsage = R"(name: disk-usage
version: '1'
apps:
  df:
    command: bin/df
    plugs: [mount-observe]
)";

class MountObserveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(
            !TestConnection::toSystem(diskUsage, QStringLiteral("mount-observe")).autoConnects());
    }

    void readsTheMountTable()
    {
        const Policy policy
            = TestConnection::toSystem(diskUsage, QStringLiteral("mount-observe")).plugPolicy();
        expectFile(policy, "owner @{PROC}/@{pid}/mountinfo r");
        expectFile(policy, "/etc/fstab r");
    }
};

} // namespace

std::unique_ptr<QObject> mountObserveTest()
{
    return std::make_unique<MountObserveTest>();
}

} // namespace corral::test

#include "mount_observe_test.moc"

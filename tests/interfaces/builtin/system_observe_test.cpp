// system-observe: waits for a person; every process's /proc entries, read-only.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const monitor = R"(name: system-monitor
version: '1'
apps:
  monitor:
    command: bin/monitor
    plugs: [system-observe]
)";

class SystemObserveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(
            !TestConnection::toSystem(monitor, QStringLiteral("system-observe")).autoConnects());
    }

    void seesEveryProcess()
    {
        const Policy policy
            = TestConnection::toSystem(monitor, QStringLiteral("system-observe")).plugPolicy();
        expectFile(policy, "@{PROC}/[0-9]*/ r");
        QVERIFY(policy.apparmor.contains(QStringLiteral("ptrace (read)")));
        for (const FileRule &rule : policy.files) {
            if (rule.pattern != QLatin1String("/run/dbus/system_bus_socket"))
                QVERIFY2(!(rule.access & Access::Write), qPrintable(rule.pattern));
        }
    }
};

} // namespace

std::unique_ptr<QObject> systemObserveTest()
{
    return std::make_unique<SystemObserveTest>();
}

} // namespace corral::test

#include "system_observe_test.moc"

// process-control: waits for a person; signals to anyone and scheduling calls.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const taskManager = R"(name: task-manager
version: '1'
apps:
  tasks:
    command: bin/tasks
    plugs: [process-control]
)";

class ProcessControlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(taskManager, QStringLiteral("process-control"))
                     .autoConnects());
    }

    void signalsAndReschedulesOthers()
    {
        const Policy policy
            = TestConnection::toSystem(taskManager, QStringLiteral("process-control")).plugPolicy();
        QVERIFY(policy.apparmor.contains(QStringLiteral("signal")));
        expectAppArmor(policy, "capability sys_nice");
        expectSeccomp(policy, "sched_setscheduler");
        expectSeccomp(policy, "setpriority");
    }
};

} // namespace

std::unique_ptr<QObject> processControlTest()
{
    return std::make_unique<ProcessControlTest>();
}

} // namespace corral::test

#include "process_control_test.moc"

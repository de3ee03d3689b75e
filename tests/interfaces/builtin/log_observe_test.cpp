// log-observe: waits for a person; reads the logs and the journal, writes nothing.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const logViewer = R"(name: log-viewer
version: '1'
apps:
  logs:
    command: bin/logs
    plugs: [log-observe]
)";

class LogObserveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(logViewer, QStringLiteral("log-observe")).autoConnects());
    }

    void readsTheLogs()
    {
        const Policy policy
            = TestConnection::toSystem(logViewer, QStringLiteral("log-observe")).plugPolicy();
        expectFile(policy, "/var/log/** r");
        expectFile(policy, "/run/log/journal/** r");
        expectFile(policy, "/usr/bin/journalctl rmix");
        for (const FileRule &rule : policy.files)
            QVERIFY2(!(rule.access & Access::Write), qPrintable(rule.pattern));
    }
};

} // namespace

std::unique_ptr<QObject> logObserveTest()
{
    return std::make_unique<LogObserveTest>();
}

} // namespace corral::test

#include "log_observe_test.moc"

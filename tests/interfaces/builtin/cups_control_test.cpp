// cups-control: waits for a person; reaches the CUPS socket and hears the scheduler's
// notifications, from the host's cupsd (confined or not) or a CUPS snap's.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const printerTool = R"(name: printer-tool
version: '1'
apps:
  printers:
    command: bin/printers
    plugs: [cups-control]
)";

const char *const cupsSnap = R"(name: cups
version: '2.4'
apps:
  cupsd:
    command: sbin/cupsd
    daemon: simple
    slots: [cups-control]
)";

class CupsControlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(
            !TestConnection::toSystem(printerTool, QStringLiteral("cups-control")).autoConnects());
    }

    void reachesTheHostScheduler()
    {
        const Policy policy
            = TestConnection::toSystem(printerTool, QStringLiteral("cups-control")).plugPolicy();
        expectFile(policy, "/run/cups/cups.sock rwl");
        expectAppArmor(policy, "peer=(label=\"{unconfined,/usr/sbin/cupsd,cupsd}\")");
    }

    void reachesTheSchedulerOfACupsSnap()
    {
        const TestConnection connection = TestConnection::toSnap(
            printerTool, QStringLiteral("cups-control"), cupsSnap, QStringLiteral("cups-control"));
        QCOMPARE(connection.problem(), QString());
        expectAppArmor(connection.plugPolicy(), "peer=(label=snap.cups.cupsd)");
        expectAppArmor(connection.slotPolicy(), "peer=(label=snap.printer-tool.printers)");
        expectFile(
            findInterface(QStringLiteral("cups-control"))->permanentSlot, "/run/cups/** rwlk");
    }
};

} // namespace

std::unique_ptr<QObject> cupsControlTest()
{
    return std::make_unique<CupsControlTest>();
}

} // namespace corral::test

#include "cups_control_test.moc"

// optical-drive: waits for a person; reads discs (block major 11), and with `write: true`
// burns them through the drive's SCSI generic node (character major 21).
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

QByteArray burner(const char *plugAttributes)
{
    return QByteArray(R"(name: burner
version: '1'
apps:
  burner:
    command: bin/burner
    plugs: [drive]
plugs:
  drive:
    interface: optical-drive
)") + plugAttributes;
}

Policy policyOf(const char *plugAttributes)
{
    return TestConnection::toSystem(burner(plugAttributes).constData(), QStringLiteral("drive"))
        .plugPolicy();
}

class OpticalDriveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeMustBeABool()
    {
        QCOMPARE(plugProblem(burner("    write: true\n").constData(), QStringLiteral("drive")),
            QString());
        QCOMPARE(plugProblem(burner("    write: always\n").constData(), QStringLiteral("drive")),
            QStringLiteral("\"write\" must be true or false"));
    }

    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(burner("").constData(), QStringLiteral("drive"))
                     .autoConnects());
    }

    void readsDiscs()
    {
        const Policy policy = policyOf("");
        expectFile(policy, "/dev/sr[0-9]* r");
        QCOMPARE(policy.devices.size(), 1);
        QCOMPARE(policy.devices[0].type, 'b');
        QCOMPARE(policy.devices[0].major, 11);
        QVERIFY(!fileRules(policy).contains(QStringLiteral("/dev/sg[0-9]* rwl")));
    }

    void burnsDiscsWhenItAsks()
    {
        const Policy policy = policyOf("    write: true\n");
        expectFile(policy, "/dev/sr[0-9]* rwl");
        expectFile(policy, "/dev/sg[0-9]* rwl");
        QCOMPARE(policy.devices.size(), 2);
        const DeviceRule &generic = policy.devices[1];
        QCOMPARE(generic.type, 'c');
        QCOMPARE(generic.major, 21);
        QVERIFY(generic.udevMatch.contains(QLatin1String("ATTRS{type}==\"5\"")));
    }
};

} // namespace

std::unique_ptr<QObject> opticalDriveTest()
{
    return std::make_unique<OpticalDriveTest>();
}

} // namespace corral::test

#include "optical_drive_test.moc"

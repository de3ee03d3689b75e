// joystick: waits for a person; js0 to js31 and nothing else of the input major, which
// keyboards share.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const game = R"(name: game
version: '1'
apps:
  game:
    command: bin/game
    plugs: [joystick]
)";

class JoystickTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        QVERIFY(!TestConnection::toSystem(game, QStringLiteral("joystick")).autoConnects());
    }

    void grantsTheJoysticksOnly()
    {
        const Policy policy
            = TestConnection::toSystem(game, QStringLiteral("joystick")).plugPolicy();
        expectFile(policy, "\"/dev/input/js{[0-9],[12][0-9],3[01]}\" rwl");
        QCOMPARE(policy.devices.size(), 32);
        for (int i = 0; i < 32; ++i) {
            const DeviceRule &device = policy.devices.at(i);
            QCOMPARE(device.type, 'c');
            QCOMPARE(device.major, 13);
            QCOMPARE(device.minor, i);
            QCOMPARE(device.nodePattern, QStringLiteral("/dev/input/js%1").arg(i));
            QCOMPARE(device.udevMatch, QStringLiteral("KERNEL==\"js%1\"").arg(i));
        }
    }
};

} // namespace

std::unique_ptr<QObject> joystickTest()
{
    return std::make_unique<JoystickTest>();
}

} // namespace corral::test

#include "joystick_test.moc"

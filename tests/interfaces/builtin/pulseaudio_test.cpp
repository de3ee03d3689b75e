// pulseaudio: the older all-in-one sound interface; it records too, so it waits for a
// person.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const oldPlayer = R"(name: old-player
version: '1'
apps:
  player:
    command: bin/player
    plugs: [pulseaudio]
)";

class PulseaudioTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        const TestConnection connection
            = TestConnection::toSystem(oldPlayer, QStringLiteral("pulseaudio"));
        QCOMPARE(connection.problem(), QString());
        QVERIFY(!connection.autoConnects());
    }

    void reachesTheSoundServer()
    {
        const Policy policy
            = TestConnection::toSystem(oldPlayer, QStringLiteral("pulseaudio")).plugPolicy();
        expectFile(policy, "owner @{HOME}/.config/pulse/cookie rk");
        expectFile(policy, "owner /run/user/[0-9]*/pulse/native rwlk");
    }
};

} // namespace

std::unique_ptr<QObject> pulseaudioTest()
{
    return std::make_unique<PulseaudioTest>();
}

} // namespace corral::test

#include "pulseaudio_test.moc"

// audio-playback: connects on its own and reaches the sound server's socket; an app snap
// offering the slot may run the server.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const player = R"(name: player
version: '1'
apps:
  player:
    command: bin/player
    plugs: [audio-playback]
)";

const char *const soundServer = R"(name: sound-server
version: '1'
apps:
  daemon:
    command: bin/pulseaudio
    daemon: simple
    slots: [audio-playback]
)";

class AudioPlaybackTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsOnItsOwn()
    {
        const TestConnection connection
            = TestConnection::toSystem(player, QStringLiteral("audio-playback"));
        QCOMPARE(connection.problem(), QString());
        QVERIFY(connection.autoConnects());
    }

    void reachesTheSoundServer()
    {
        const Policy policy
            = TestConnection::toSystem(player, QStringLiteral("audio-playback")).plugPolicy();
        expectFile(policy, "owner /run/user/[0-9]*/pulse/native rwlk");
        expectFile(policy, "/dev/shm/pulse-shm-* rwlk");
        expectSeccomp(policy, "shmctl");
        QVERIFY(policy.devices.isEmpty());
    }

    void aServerSnapGetsTheSoundDevices()
    {
        const InterfaceDefinition *definition = findInterface(QStringLiteral("audio-playback"));
        const Policy &server = definition->permanentSlot;
        expectFile(server, "/dev/snd/* rwl");
        expectSeccomp(server, "listen");
        QCOMPARE(server.devices.size(), 1);
        QCOMPARE(server.devices[0].major, 116);
        QCOMPARE(TestConnection::toSnap(player, QStringLiteral("audio-playback"), soundServer,
                     QStringLiteral("audio-playback"))
                     .problem(),
            QString());
    }
};

} // namespace

std::unique_ptr<QObject> audioPlaybackTest()
{
    return std::make_unique<AudioPlaybackTest>();
}

} // namespace corral::test

#include "audio_playback_test.moc"

// audio-record: waits for a person; it reaches the same socket as audio-playback, and the
// sound server lets a client record only while this is connected.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const recorder = R"(name: recorder
version: '1'
apps:
  recorder:
    command: bin/recorder
    plugs: [audio-playback, audio-record]
)";

class AudioRecordTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForAPerson()
    {
        const TestConnection connection
            = TestConnection::toSystem(recorder, QStringLiteral("audio-record"));
        QCOMPARE(connection.problem(), QString());
        QVERIFY(!connection.autoConnects());
    }

    void reachesTheSoundServer()
    {
        const Policy policy
            = TestConnection::toSystem(recorder, QStringLiteral("audio-record")).plugPolicy();
        expectFile(policy, "owner /run/user/[0-9]*/pulse/native rwlk");
        QVERIFY(findInterface(QStringLiteral("audio-record"))->sensitivity == Sensitivity::High);
    }
};

} // namespace

std::unique_ptr<QObject> audioRecordTest()
{
    return std::make_unique<AudioRecordTest>();
}

} // namespace corral::test

#include "audio_record_test.moc"

// mpris: only app snaps are players; a player owns its MPRIS name, by default its snap's
// name; a remote control reaches only the player it is connected to.
#include "builtintest.h"

#include <QTest>

namespace corral::test {
namespace {

const char *const remote = R"(name: remote
version: '1'
apps:
  remote:
    command: bin/remote
    plugs: [mpris]
)";

QByteArray player(const char *slotAttributes)
{
    return QByteArray(R"(name: music
version: '1'
apps:
  music:
    command: bin/music
    slots: [player]
slots:
  player:
    interface: mpris
)") + slotAttributes;
}

class MprisTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameIsAPartOfABusName_data()
    {
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no name") << QByteArray() << QString();
        QTest::newRow("a name") << QByteArray("    name: music_2-go\n") << QString();
        QTest::newRow("a dotted name")
            << QByteArray("    name: org.music\n")
            << QStringLiteral("\"name\" must be letters, digits, \"-\" and \"_\"");
        QTest::newRow("a number") << QByteArray("    name: 42\n")
                                  << QStringLiteral("\"name\" must be a string");
    }

    void nameIsAPartOfABusName()
    {
        QFETCH(QByteArray, attributes);
        QFETCH(QString, problem);
        QCOMPARE(slotProblem(player(attributes.constData()).constData(), QStringLiteral("player")),
            problem);
    }

    void theRemoteReachesItsPlayerOnly()
    {
        const TestConnection connection = TestConnection::toSnap(
            remote, QStringLiteral("mpris"), player("").constData(), QStringLiteral("player"));
        QCOMPARE(connection.problem(), QString());
        QVERIFY(!connection.autoConnects());
        expectAppArmor(connection.plugPolicy(),
            "dbus (send) bus=session path=/org/mpris/MediaPlayer2 "
            "peer=(label=snap.music.music)");
        expectAppArmor(connection.slotPolicy(), "peer=(label=snap.remote.remote)");
    }

    void thePlayerOwnsItsName()
    {
        expectAppArmor(findInterface(QStringLiteral("mpris"))->permanentSlot,
            "dbus (bind) bus=session name=\"org.mpris.MediaPlayer2.@{SNAP_NAME}{,.*}\"");
        const TestConnection named = TestConnection::toSnap(remote, QStringLiteral("mpris"),
            player("    name: jukebox\n").constData(), QStringLiteral("player"));
        expectAppArmor(named.slotPolicy(),
            "dbus (bind) bus=session name=\"org.mpris.MediaPlayer2.jukebox{,.*}\"");
    }
};

} // namespace

std::unique_ptr<QObject> mprisTest()
{
    return std::make_unique<MprisTest>();
}

} // namespace corral::test

#include "mpris_test.moc"

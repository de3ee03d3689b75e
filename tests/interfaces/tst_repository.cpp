// Connections: connect, disconnect, auto-connect, on snaps made from inline snap.yaml.
#include "interfaces/repository.h"
#include "interfaces/snapyaml.h"

#include <QTest>

using namespace corral;

namespace {

SnapInfo snapFromYaml(const char *yaml)
{
    const SnapYamlResult result = parseSnapYaml(QByteArray(yaml), QStringLiteral("snap.yaml"));
    if (!result.ok()) {
        for (const Problem &problem : result.errors)
            qWarning("%s", qPrintable(problem.toString()));
        qFatal("test snap.yaml does not parse");
    }
    return *result.snap;
}

const char *const photobooth = R"(name: photobooth
version: '1'
apps:
  photobooth:
    command: bin/photobooth
plugs:
  camera:
  network:
  home:
  everything:
    interface: home
    read: all
)";

const char *const provider = R"(name: provider
version: '1'
apps:
  serve:
    command: bin/serve
slots:
  photos:
    interface: content
    content: photos
    read: [$SNAP/photos]
)";

const char *const consumer = R"(name: consumer
version: '1'
apps:
  view:
    command: bin/view
plugs:
  photos:
    interface: content
    content: photos
    target: $SNAP_DATA/photos
  music:
    interface: content
    content: music
    target: $SNAP_DATA/music
)";

// Offers photos like provider, and has a plug of its own.
const char *const sharer = R"(name: sharer
version: '1'
apps:
  share:
    command: bin/share
plugs:
  network:
slots:
  photos:
    interface: content
    content: photos
    read: [$SNAP/photos]
)";

QStringList keys(const QList<ConnRef> &refs)
{
    QStringList list;
    for (const ConnRef &ref : refs)
        list << ref.key();
    list.sort();
    return list;
}

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a plug and a slot") << QStringLiteral("a:b c:d") << true;
        QTest::newRow("no slot") << QStringLiteral("a:b") << false;
        QTest::newRow("an empty part") << QStringLiteral("a: c:d") << false;
        QTest::newRow("three parts") << QStringLiteral("a:b c:d e:f") << false;
        QTest::newRow("no colon") << QStringLiteral("ab cd") << false;
    }
    void keysRoundTrip()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        const std::optional<ConnRef> ref = ConnRef::fromKey(key);
        QCOMPARE(ref.has_value(), valid);
        if (valid)
            QCOMPARE(ref->key(), key);
    }

    void theSystemSnapOffersTheHostsSlots()
    {
        const SnapInfo &system = systemSnap();
        QCOMPARE(system.name, QStringLiteral("system"));
        QVERIFY(system.slots.contains(QStringLiteral("camera")));
        QVERIFY(system.slots.contains(QStringLiteral("home")));
        QVERIFY(!system.slots.contains(QStringLiteral("content")));
    }

    void autoConnectFollowsTheBaseDeclaration()
    {
        Repository repository;
        QVERIFY(repository.addSnap(snapFromYaml(photobooth)).isEmpty());
        const QList<ConnRef> made = repository.autoConnect(QStringLiteral("photobooth"));
        // camera waits for a person; home with read: all too.
        QCOMPARE(keys(made),
            (QStringList { QStringLiteral("photobooth:home system:home"),
                QStringLiteral("photobooth:network system:network") }));
        QVERIFY(repository.connections()
                    .value(QStringLiteral("photobooth:home system:home"))
                    .automatic);
    }

    void connectFindsTheOnlyFittingSlot_data()
    {
        QTest::addColumn<QString>("slotSnap");
        QTest::addColumn<QString>("slot");
        QTest::newRow("no slot named") << QString() << QString();
        QTest::newRow("only the slot's snap named") << QStringLiteral("system") << QString();
        QTest::newRow("the slot named") << QStringLiteral("system") << QStringLiteral("camera");
    }
    void connectFindsTheOnlyFittingSlot()
    {
        QFETCH(QString, slotSnap);
        QFETCH(QString, slot);
        Repository repository;
        repository.addSnap(snapFromYaml(photobooth));
        QString error;
        const auto ref = repository.connect(
            { QStringLiteral("photobooth"), QStringLiteral("camera") }, { slotSnap, slot }, &error);
        QVERIFY2(ref, qPrintable(error));
        QCOMPARE(ref->key(), QStringLiteral("photobooth:camera system:camera"));
        const Connection connection = repository.connections().value(ref->key());
        QCOMPARE(connection.interface, QStringLiteral("camera"));
        QVERIFY(!connection.automatic);
        QVERIFY(connection.isConnected());
    }

    void connectRefusesWhatCannotBe_data()
    {
        QTest::addColumn<QString>("plugSnap");
        QTest::addColumn<QString>("plug");
        QTest::addColumn<QString>("slotSnap");
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QString>("error");
        QTest::newRow("a snap that is not installed")
            << QStringLiteral("nope") << QStringLiteral("camera") << QString() << QString()
            << QStringLiteral("cannot connect \"nope:camera\": snap \"nope\" is not installed");
        QTest::newRow("a plug the snap does not have")
            << QStringLiteral("photobooth") << QStringLiteral("nope") << QString() << QString()
            << QStringLiteral("cannot connect \"photobooth:nope\": snap \"photobooth\" has no plug "
                              "named \"nope\"");
        QTest::newRow("a slot of another interface")
            << QStringLiteral("photobooth") << QStringLiteral("camera") << QStringLiteral("system")
            << QStringLiteral("home")
            << QStringLiteral(
                   "cannot connect \"photobooth:camera\" to \"system:home\": the plug is of "
                   "interface \"camera\", the slot of interface \"home\"");
        QTest::newRow("a slot that does not exist")
            << QStringLiteral("photobooth") << QStringLiteral("camera") << QStringLiteral("system")
            << QStringLiteral("nope")
            << QStringLiteral("cannot connect \"photobooth:camera\" to \"system:nope\": snap "
                              "\"system\" has no slot named \"nope\"");
        QTest::newRow("a slot snap that is not installed")
            << QStringLiteral("photobooth") << QStringLiteral("camera") << QStringLiteral("nope")
            << QString()
            << QStringLiteral("cannot connect \"photobooth:camera\" to \"nope\": snap \"nope\" is "
                              "not installed");
        QTest::newRow("content with another label")
            << QStringLiteral("consumer") << QStringLiteral("music") << QStringLiteral("provider")
            << QStringLiteral("photos")
            << QStringLiteral("cannot connect \"consumer:music\" to \"provider:photos\": the plug "
                              "wants content \"music\", the slot offers \"photos\"");
        QTest::newRow("no slot fits")
            << QStringLiteral("consumer") << QStringLiteral("music") << QString() << QString()
            << QStringLiteral("cannot connect \"consumer:music\": no \"content\" slot fits");
    }
    void connectRefusesWhatCannotBe()
    {
        QFETCH(QString, plugSnap);
        QFETCH(QString, plug);
        QFETCH(QString, slotSnap);
        QFETCH(QString, slot);
        QFETCH(QString, error);
        Repository repository;
        repository.addSnap(snapFromYaml(photobooth));
        repository.addSnap(snapFromYaml(provider));
        repository.addSnap(snapFromYaml(consumer));
        QString message;
        QVERIFY(!repository.connect({ plugSnap, plug }, { slotSnap, slot }, &message));
        QCOMPARE(message, error);
        QVERIFY(repository.connections().isEmpty());
    }

    void disconnectingAnAutomaticConnectionRemembersIt()
    {
        Repository repository;
        repository.addSnap(snapFromYaml(photobooth));
        repository.autoConnect(QStringLiteral("photobooth"));
        const QString key = QStringLiteral("photobooth:network system:network");
        QString error;
        auto changed = repository.disconnect(
            { QStringLiteral("photobooth"), QStringLiteral("network") }, {}, false, &error);
        QVERIFY2(changed, qPrintable(error));
        QCOMPARE(keys(*changed), QStringList { key });
        QVERIFY(repository.connections().value(key).undesired);

        // Auto-connect must not restore what a person took away…
        QVERIFY(repository.autoConnect(QStringLiteral("photobooth")).isEmpty());
        QVERIFY(repository.connections().value(key).undesired);
        // …and disconnecting it again is an error, since it is not connected.
        QVERIFY(!repository.disconnect(
            { QStringLiteral("photobooth"), QStringLiteral("network") }, {}, false, &error));
        QCOMPARE(
            error, QStringLiteral("cannot disconnect \"photobooth:network\": it is not connected"));

        // --forget drops the memory, and auto-connect may connect it again.
        changed = repository.disconnect(
            { QStringLiteral("photobooth"), QStringLiteral("network") }, {}, true, &error);
        QVERIFY2(changed, qPrintable(error));
        QVERIFY(!repository.connections().contains(key));
        QCOMPARE(keys(repository.autoConnect(QStringLiteral("photobooth"))), QStringList { key });
    }

    void aManualConnectionIsRemovedOnDisconnect()
    {
        Repository repository;
        repository.addSnap(snapFromYaml(photobooth));
        QString error;
        QVERIFY(repository.connect(
            { QStringLiteral("photobooth"), QStringLiteral("camera") }, {}, &error));
        QVERIFY(repository.disconnect({ QStringLiteral("photobooth"), QStringLiteral("camera") },
            { QStringLiteral("system"), QStringLiteral("camera") }, false, &error));
        QVERIFY(repository.connections().isEmpty());
    }

    void aPersonCanReconnectWhatTheyTookAway()
    {
        Repository repository;
        repository.addSnap(snapFromYaml(photobooth));
        repository.autoConnect(QStringLiteral("photobooth"));
        QString error;
        QVERIFY(repository.disconnect(
            { QStringLiteral("photobooth"), QStringLiteral("home") }, {}, false, &error));
        QVERIFY(repository.connect(
            { QStringLiteral("photobooth"), QStringLiteral("home") }, {}, &error));
        const Connection connection
            = repository.connections().value(QStringLiteral("photobooth:home system:home"));
        QVERIFY(connection.isConnected());
        QVERIFY(!connection.automatic);
    }

    void aNewSlotConnectsThePlugsWaitingForIt()
    {
        Repository repository;
        repository.addSnap(snapFromYaml(consumer));
        QVERIFY(repository.autoConnect(QStringLiteral("consumer")).isEmpty());
        repository.addSnap(snapFromYaml(provider));
        QCOMPARE(keys(repository.autoConnect(QStringLiteral("provider"))),
            QStringList { QStringLiteral("consumer:photos provider:photos") });
    }

    void twoFittingSlotsMeanNoAutoConnection()
    {
        Repository repository;
        repository.addSnap(snapFromYaml(provider));
        QByteArray second(provider);
        second.replace("name: provider", "name: provider-two");
        repository.addSnap(snapFromYaml(second.constData()));
        repository.addSnap(snapFromYaml(consumer));
        QVERIFY(repository.autoConnect(QStringLiteral("consumer")).isEmpty());
        QString error;
        QVERIFY(!repository.connect(
            { QStringLiteral("consumer"), QStringLiteral("photos") }, {}, &error));
        QCOMPARE(error,
            QStringLiteral("cannot connect \"consumer:photos\": several slots fit "
                           "(provider:photos, provider-two:photos); name one"));
    }

    void onlyTheSystemOffersHostSlots()
    {
        Repository repository;
        const Problems problems = repository.addSnap(snapFromYaml(R"(name: fake
version: '1'
apps:
  a:
    command: bin/a
slots:
  camera:
)"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
            QStringLiteral("cannot add slot \"camera\" of snap \"fake\": only the system offers "
                           "\"camera\" slots"));
        QVERIFY(repository.snap(QStringLiteral("fake"))->slots.isEmpty());
        QVERIFY(repository.snap(QStringLiteral("fake"))
                    ->apps.value(QStringLiteral("a"))
                    .slots.isEmpty());
    }

    void removingASnapPrunesItsConnections()
    {
        Repository repository;
        repository.addSnap(snapFromYaml(provider));
        repository.addSnap(snapFromYaml(consumer));
        repository.addSnap(snapFromYaml(photobooth));
        repository.autoConnect(QStringLiteral("consumer"));
        repository.autoConnect(QStringLiteral("photobooth"));
        repository.removeSnap(QStringLiteral("provider"));
        QCOMPARE(repository.pruneConnections(),
            QStringList { QStringLiteral("consumer:photos provider:photos") });
        QCOMPARE(repository.connections().size(), 2);
    }

    // "Reset to defaults": what a person connected goes, what a person took away comes
    // back, and the result is what auto-connect made when the snap was new.
    void resetPlugsRestoresWhatAutoConnectMakes()
    {
        Repository fresh;
        fresh.addSnap(snapFromYaml(photobooth));
        fresh.autoConnect(QStringLiteral("photobooth"));

        Repository repository;
        repository.addSnap(snapFromYaml(photobooth));
        repository.autoConnect(QStringLiteral("photobooth"));
        QString error;
        const PlugRef network { QStringLiteral("photobooth"), QStringLiteral("network") };
        const PlugRef home { QStringLiteral("photobooth"), QStringLiteral("home") };
        const PlugRef camera { QStringLiteral("photobooth"), QStringLiteral("camera") };
        QVERIFY(repository.disconnect(network, {}, false, &error)); // kept as undesired
        QVERIFY(repository.disconnect(home, {}, false, &error));
        QVERIFY(repository.connect(home, {}, &error)); // now a person's
        QVERIFY(repository.connect(camera, {}, &error));
        QVERIFY(repository.connections() != fresh.connections());

        const std::optional<QList<ConnRef>> changed
            = repository.resetPlugs(QStringLiteral("photobooth"), &error);
        QVERIFY2(changed, qPrintable(error));
        QCOMPARE(keys(*changed),
            (QStringList { QStringLiteral("photobooth:camera system:camera"),
                QStringLiteral("photobooth:home system:home"),
                QStringLiteral("photobooth:network system:network") }));
        QCOMPARE(repository.connections().keys(), fresh.connections().keys());
        QVERIFY(repository.connections() == fresh.connections());
        QVERIFY(repository.connections()
                    .value(QStringLiteral("photobooth:home system:home"))
                    .automatic);

        // Once reset, there is nothing left to reset.
        const std::optional<QList<ConnRef>> again
            = repository.resetPlugs(QStringLiteral("photobooth"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(keys(*again), QStringList());
        QVERIFY(repository.connections() == fresh.connections());
    }

    // Only the snap's plugs: other snaps' plugs, connected to its slots or elsewhere, keep
    // their connections, taken-away records and absences.
    void resetPlugsLeavesOtherSnapsAlone()
    {
        Repository repository;
        repository.addSnap(snapFromYaml(sharer));
        repository.addSnap(snapFromYaml(consumer));
        repository.addSnap(snapFromYaml(photobooth));
        repository.autoConnect(QStringLiteral("sharer"));
        repository.autoConnect(QStringLiteral("consumer"));
        repository.autoConnect(QStringLiteral("photobooth"));
        const QString consumerPhotos = QStringLiteral("consumer:photos sharer:photos");
        QVERIFY(repository.connections().value(consumerPhotos).automatic);
        QString error;
        // The consumer's plug forgotten entirely: auto-connecting the sharer's slots again
        // would connect it.
        QVERIFY(repository.disconnect(
            { QStringLiteral("consumer"), QStringLiteral("photos") }, {}, true, &error));
        QVERIFY(repository.connect(
            { QStringLiteral("photobooth"), QStringLiteral("camera") }, {}, &error));
        QVERIFY(repository.disconnect(
            { QStringLiteral("photobooth"), QStringLiteral("network") }, {}, false, &error));
        QVERIFY(repository.disconnect(
            { QStringLiteral("sharer"), QStringLiteral("network") }, {}, false, &error));
        const QMap<QString, Connection> before = repository.connections();

        const std::optional<QList<ConnRef>> changed
            = repository.resetPlugs(QStringLiteral("sharer"), &error);
        QVERIFY2(changed, qPrintable(error));
        QCOMPARE(keys(*changed), QStringList { QStringLiteral("sharer:network system:network") });
        QVERIFY(!repository.connections().contains(consumerPhotos));
        QVERIFY(repository.connections()
                    .value(QStringLiteral("sharer:network system:network"))
                    .isConnected());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("sharer:")))
                QVERIFY2(repository.connections().value(it.key()) == *it, qPrintable(it.key()));
        }
        QCOMPARE(repository.connections().size(), before.size());

        // A plug of another snap connected to the sharer's slot by a person stays too.
        QVERIFY(repository.connect({ QStringLiteral("consumer"), QStringLiteral("photos") },
            { QStringLiteral("sharer"), QStringLiteral("photos") }, &error));
        const QMap<QString, Connection> connected = repository.connections();
        const std::optional<QList<ConnRef>> nothing
            = repository.resetPlugs(QStringLiteral("sharer"), &error);
        QVERIFY2(nothing, qPrintable(error));
        QCOMPARE(keys(*nothing), QStringList());
        QVERIFY(repository.connections() == connected);
        QVERIFY(!repository.connections().value(consumerPhotos).automatic);
    }

    void resetPlugsOfAnUnknownSnapChangesNothing()
    {
        Repository repository;
        repository.addSnap(snapFromYaml(photobooth));
        repository.autoConnect(QStringLiteral("photobooth"));
        const QMap<QString, Connection> before = repository.connections();
        QString error;
        QVERIFY(!repository.resetPlugs(QStringLiteral("nope"), &error));
        QCOMPARE(error,
            QStringLiteral(
                "cannot reset the connections of \"nope\": snap \"nope\" is not installed"));
        QVERIFY(repository.connections() == before);
    }

    void affectedSnapsLeaveTheSystemOut()
    {
        Repository repository;
        QCOMPARE(repository.affectedSnaps(*ConnRef::fromKey(QStringLiteral("a:b system:c"))),
            QStringList { QStringLiteral("a") });
        QCOMPARE(repository.affectedSnaps(*ConnRef::fromKey(QStringLiteral("a:b d:c"))),
            (QStringList { QStringLiteral("a"), QStringLiteral("d") }));
    }
};

QTEST_APPLESS_MAIN(TestRepository)
#include "tst_repository.moc"

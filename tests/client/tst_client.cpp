// corral-client against the real helper on a bus of its own, with the real polkitd: what
// the Client reads, the changes it sends (as root, and as an unprivileged user whom polkit
// refuses or allows), changes made by others, and the models built on it.
#include "client/client.h"
#include "client/models.h"
#include "helper/dbustypes.h"
#include "tests/common/helperfixture.h"

#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace corral;
using namespace corral::client;
using corral::test::HelperFixture;

namespace {

const QString Camera = QStringLiteral("photobooth:camera");
const QString Network = QStringLiteral("photobooth:network");

// Waits for the Client's next changeFinished and returns its arguments.
struct Finished
{
    bool arrived = false;
    QStringList plugs;
    bool ok = false;
    int kind = Failure::None;
    QString message;
};

Finished waitForChange(QSignalSpy &spy)
{
    Finished finished;
    if (spy.isEmpty() && !spy.wait(120000))
        return finished;
    const QList<QVariant> arguments = spy.takeFirst();
    finished.arrived = true;
    finished.plugs = arguments.at(0).toStringList();
    finished.ok = arguments.at(1).toBool();
    finished.kind = arguments.at(2).toInt();
    finished.message = arguments.at(3).toString();
    return finished;
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HelperFixture> m_helper;
    std::unique_ptr<Client> m_client; // as root

    bool ready(Client &client) const
    {
        return QTest::qWaitFor([&] { return client.status() != Client::Loading; }, 60000)
            && client.status() == Client::Ready;
    }

    // Makes the helper's state for `plug` `connected`, as root through the CLI.
    void ensure(const QString &plug, bool connected)
    {
        const bool now
            = m_helper->connectedPlugs(plug.section(QLatin1Char(':'), 0, 0)).contains(plug);
        if (now == connected)
            return;
        const test::CommandResult result = m_helper->runCli(
            { connected ? QStringLiteral("connect") : QStringLiteral("disconnect"), plug });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_helper = std::make_unique<HelperFixture>();
        if (!m_helper->start()) {
            if (::geteuid() != 0)
                QSKIP(qPrintable(m_helper->errorString()));
            QFAIL(qPrintable(m_helper->errorString()));
        }
        m_client = std::make_unique<Client>(m_helper->bus().connection());
        QVERIFY2(ready(*m_client), qPrintable(m_client->statusMessage()));
    }

    void init() { QVERIFY(m_helper->bus().clearRules()); }

    void cleanupTestCase()
    {
        m_client.reset();
        m_helper.reset();
    }

    void readsWhatTheHelperHas()
    {
        QStringList names;
        for (const SnapEntry &snap : m_client->snaps())
            names << snap.name;
        QCOMPARE(names,
            (QStringList { QStringLiteral("busybox-base"), QStringLiteral("hello"),
                QStringLiteral("photobooth") }));
        const SnapEntry *photobooth = m_client->snap(QStringLiteral("photobooth"));
        QVERIFY(photobooth);
        QCOMPARE(photobooth->title, QStringLiteral("Photo Booth"));
        QCOMPARE(photobooth->confinement, QStringLiteral("strict"));
        QVERIFY(photobooth->icon.endsWith(QLatin1String("/meta/gui/icon.svg")));
        QCOMPARE(photobooth->apps,
            (QStringList { QStringLiteral("photobooth"), QStringLiteral("share") }));
        // A snap without a title shows its name.
        QCOMPARE(m_client->snap(QStringLiteral("hello"))->title, QStringLiteral("hello"));

        const InterfaceEntry *camera = m_client->interfaceInfo(QStringLiteral("camera"));
        QVERIFY(camera);
        QCOMPARE(camera->label, QStringLiteral("Use your camera"));
        QCOMPARE(camera->category, QStringLiteral("multimedia"));
        QCOMPARE(camera->autoConnect, QStringLiteral("no"));

        // Connections agree with the helper's.
        QCOMPARE(m_client->connections().size(), m_helper->connections().size());

        // Details come asynchronously, then from what was kept.
        QSignalSpy loaded(m_client.get(), &Client::detailsLoaded);
        std::optional<SnapDetails> details = m_client->details(QStringLiteral("photobooth"));
        if (!details) {
            QVERIFY(loaded.wait());
            details = m_client->details(QStringLiteral("photobooth"));
        }
        QVERIFY(details);
        QStringList plugs;
        for (const EndEntry &plug : details->plugs)
            plugs << plug.ref() + QLatin1Char('=') + plug.interface;
        plugs.sort();
        QCOMPARE(plugs,
            (QStringList { QStringLiteral("photobooth:audio-playback=audio-playback"),
                QStringLiteral("photobooth:camera=camera"), QStringLiteral("photobooth:home=home"),
                QStringLiteral("photobooth:network=network"),
                QStringLiteral("photobooth:pictures=personal-files"),
                QStringLiteral("photobooth:removable-media=removable-media"),
                QStringLiteral("photobooth:x11=x11") }));
        QCOMPARE(details->slots.size(), 1);
        QCOMPARE(details->slots.first().interface, QStringLiteral("content"));
        QVERIFY(details->description.contains(QLatin1String("camera")));
        QCOMPARE(details->license, QStringLiteral("GPL-3.0"));
    }

    void connectsAndDisconnectsThroughTheHelper()
    {
        ensure(Camera, false);
        QTRY_VERIFY(!m_client->isPending(Camera));
        PlugListModel plugs;
        plugs.setClient(m_client.get());
        plugs.setSnap(QStringLiteral("photobooth"));
        QTRY_VERIFY(plugs.isLoaded());
        const int row = plugs.indexOf(Camera);
        QVERIFY(row >= 0);
        QTRY_COMPARE(plugs.index(row).data(ConnectedRole).toBool(), false);

        QSignalSpy finished(m_client.get(), &Client::changeFinished);
        m_client->setPlugConnected(Camera, true);
        // Pending from the call until the helper's state is read again.
        QVERIFY(m_client->isPending(Camera));
        QVERIFY(plugs.index(row).data(PendingRole).toBool());
        Finished result = waitForChange(finished);
        QVERIFY(result.arrived);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.plugs, QStringList { Camera });
        QVERIFY(!m_client->isPending(Camera));
        QVERIFY(m_helper->connectedPlugs(QStringLiteral("photobooth")).contains(Camera));
        QCOMPARE(plugs.index(row).data(ConnectedRole).toBool(), true);
        // A person made it: not automatic, and the snap differs from its defaults.
        QCOMPARE(plugs.index(row).data(AutomaticRole).toBool(), false);
        QCOMPARE(plugs.index(row).data(ConnectedSlotsRole).toStringList(),
            QStringList { QStringLiteral("system:camera") });
        QVERIFY(m_client->isCustomized(QStringLiteral("photobooth")));

        m_client->setPlugConnected(Camera, false);
        result = waitForChange(finished);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(!m_helper->connectedPlugs(QStringLiteral("photobooth")).contains(Camera));
        QCOMPARE(plugs.index(row).data(ConnectedRole).toBool(), false);
    }

    void takingAnAutomaticConnectionAwayIsRemembered()
    {
        ensure(Network, true);
        PlugListModel plugs;
        plugs.setClient(m_client.get());
        plugs.setSnap(QStringLiteral("photobooth"));
        QTRY_VERIFY(plugs.isLoaded());
        const int row = plugs.indexOf(Network);
        QTRY_VERIFY(plugs.index(row).data(ConnectedRole).toBool());
        QSignalSpy finished(m_client.get(), &Client::changeFinished);
        m_client->setPlugConnected(Network, false);
        Finished result = waitForChange(finished);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(plugs.index(row).data(ConnectedRole).toBool(), false);
        QCOMPARE(plugs.index(row).data(UndesiredRole).toBool(), true);
        // Switching it on again goes back to the slot it had.
        m_client->setPlugConnected(Network, true);
        result = waitForChange(finished);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(plugs.index(row).data(ConnectedSlotsRole).toStringList(),
            QStringList { QStringLiteral("system:network") });
    }

    void resetToDefaultsRestoresWhatAutoConnectMakes()
    {
        // Before anything a person did, as installed; then a manual connection and an
        // automatic one taken away; reset brings back the first state.
        ensure(Camera, false);
        QSignalSpy finished(m_client.get(), &Client::changeFinished);
        m_client->resetToDefaults(QStringLiteral("photobooth"));
        Finished result = waitForChange(finished);
        QVERIFY2(result.ok, qPrintable(result.message));
        const QStringList defaults = m_helper->connectedPlugs(QStringLiteral("photobooth"));
        QVERIFY(defaults.contains(Network));
        QVERIFY(!defaults.contains(Camera));
        QVERIFY(!m_client->isCustomized(QStringLiteral("photobooth")));

        ensure(Camera, true);
        ensure(Network, false);
        QTRY_VERIFY(m_client->isCustomized(QStringLiteral("photobooth")));
        m_client->resetToDefaults(QStringLiteral("photobooth"));
        result = waitForChange(finished);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(m_helper->connectedPlugs(QStringLiteral("photobooth")), defaults);
        QVERIFY(!m_client->isCustomized(QStringLiteral("photobooth")));
    }

    void polkitRefusalLeavesEverythingAsItWas()
    {
        ensure(Camera, false);
        QDBusConnection userBus = m_helper->bus().newUserConnection();
        QVERIFY2(userBus.isConnected(), qPrintable(m_helper->bus().errorString()));
        Client user(userBus);
        QVERIFY2(ready(user), qPrintable(user.statusMessage()));
        // Reading needs no authorization.
        QCOMPARE(user.snaps().size(), m_client->snaps().size());

        QVERIFY(m_helper->bus().setRules(HelperFixture::denyRule()));
        QSignalSpy finished(&user, &Client::changeFinished);
        user.setPlugConnected(Camera, true);
        Finished result = waitForChange(finished);
        QVERIFY(result.arrived);
        QVERIFY(!result.ok);
        QCOMPARE(result.kind, int(Failure::NotAuthorized));
        QVERIFY2(result.message.startsWith(QLatin1String("cannot connect photobooth:camera")),
            qPrintable(result.message));
        QVERIFY2(
            result.message.contains(QLatin1String("not authorized")), qPrintable(result.message));
        QVERIFY(!m_helper->connectedPlugs(QStringLiteral("photobooth")).contains(Camera));
        QVERIFY(!user.isPending(Camera));

        // With no rule and nobody to type a password, polkit refuses too.
        QVERIFY(m_helper->bus().clearRules());
        user.setPlugsConnected({ Camera, QStringLiteral("photobooth:removable-media") }, true);
        result = waitForChange(finished);
        QVERIFY(!result.ok);
        QCOMPARE(result.kind, int(Failure::NotAuthorized));
        QCOMPARE(result.plugs.size(), 2);

        // A rule for the user lets the same change through.
        QVERIFY(m_helper->bus().setRules(
            HelperFixture::allowRule(QString(dbus::ActionManageInterfaces))));
        user.setPlugConnected(Camera, true);
        result = waitForChange(finished);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(m_helper->connectedPlugs(QStringLiteral("photobooth")).contains(Camera));
    }

    void bulkChangeIsOneBatch()
    {
        const QStringList both { Camera, QStringLiteral("photobooth:removable-media") };
        ensure(Camera, false);
        ensure(both.at(1), false);
        // The CLI's changes reach the Client by the helper's signal: wait until it has them,
        // or it would see nothing to do for a plug it still believes connected.
        for (const QString &plug : both) {
            QTRY_VERIFY_WITH_TIMEOUT(
                std::none_of(m_client->connections().cbegin(), m_client->connections().cend(),
                    [&](const ConnectionEntry &c) { return c.plug == plug && c.connected; }),
                20000);
        }
        QSignalSpy finished(m_client.get(), &Client::changeFinished);
        QSignalSpy connections(m_client.get(), &Client::connectionsReset);
        m_client->setPlugsConnected(both, true);
        Finished result = waitForChange(finished);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.plugs, both);
        const QStringList now = m_helper->connectedPlugs(QStringLiteral("photobooth"));
        QVERIFY(now.contains(both.at(0)) && now.contains(both.at(1)));
        // Nothing to do is done at once, without a call.
        m_client->setPlugsConnected(both, true);
        result = waitForChange(finished);
        QVERIFY(result.ok);
        m_client->setPlugsConnected(both, false);
        result = waitForChange(finished);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(!m_helper->connectedPlugs(QStringLiteral("photobooth")).contains(both.at(0)));
    }

    void changesMadeElsewhereArrive()
    {
        ensure(Camera, false);
        PlugListModel plugs;
        plugs.setClient(m_client.get());
        plugs.setSnap(QStringLiteral("photobooth"));
        QTRY_VERIFY(plugs.isLoaded());
        const int row = plugs.indexOf(Camera);
        QTRY_COMPARE(plugs.index(row).data(ConnectedRole).toBool(), false);
        QSignalSpy changed(&plugs, &QAbstractItemModel::dataChanged);
        const test::CommandResult result = m_helper->runCli({ QStringLiteral("connect"), Camera });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QTRY_COMPARE_WITH_TIMEOUT(plugs.index(row).data(ConnectedRole).toBool(), true, 20000);
        QVERIFY(!changed.isEmpty());

        // A snap installed elsewhere appears, and one removed goes.
        SnapListModel snaps;
        snaps.setClient(m_client.get());
        QCOMPARE(snaps.indexOf(QStringLiteral("probe-dev")), -1);
        QString error;
        QVERIFY2(!m_helper
                      ->install(QStringLiteral("probe-dev"), &error,
                          { { QStringLiteral("devmode"), true } })
                      .isEmpty(),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(snaps.indexOf(QStringLiteral("probe-dev")) >= 0, 20000);
        const QModelIndex dev = snaps.index(snaps.indexOf(QStringLiteral("probe-dev")));
        QCOMPARE(dev.data(ConfinementRole).toString(), QStringLiteral("devmode"));
        const test::CommandResult removed
            = m_helper->runCli({ QStringLiteral("remove"), QStringLiteral("probe-dev") });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QTRY_COMPARE_WITH_TIMEOUT(snaps.indexOf(QStringLiteral("probe-dev")), -1, 20000);
    }

    void filterModelMatchesWhatPeopleType()
    {
        SnapListModel snaps;
        snaps.setClient(m_client.get());
        SnapFilterModel filter;
        filter.setSourceModel(&snaps);
        // Bases are left out unless asked for.
        QCOMPARE(column(filter, NameRole),
            (QStringList { QStringLiteral("hello"), QStringLiteral("photobooth") }));
        filter.setIncludeBases(true);
        QCOMPARE(filter.count(), 3);
        filter.setIncludeBases(false);
        QSignalSpy count(&filter, &SnapFilterModel::countChanged);
        filter.setFilterText(QStringLiteral("BOOTH")); // name, case-insensitively
        QCOMPARE(column(filter, NameRole), QStringList { QStringLiteral("photobooth") });
        QVERIFY(!count.isEmpty());
        filter.setFilterText(QStringLiteral("camera")); // the summary
        QCOMPARE(column(filter, NameRole), QStringList { QStringLiteral("photobooth") });
        filter.setFilterText(QStringLiteral("sandbox")); // hello's summary
        QCOMPARE(column(filter, NameRole), QStringList { QStringLiteral("hello") });
        filter.setFilterText(QStringLiteral("nothing like this"));
        QCOMPARE(filter.count(), 0);
        filter.setFilterText(QString());
        QCOMPARE(filter.indexOf(QStringLiteral("photobooth")), 1);
    }

    void byPermissionViewCountsAndListsSnaps()
    {
        ensure(Camera, true);
        InterfaceListModel interfaces;
        interfaces.setClient(m_client.get());
        QTRY_VERIFY(interfaces.indexOf(QStringLiteral("camera")) >= 0);
        // Only interfaces some snap asks for.
        QCOMPARE(interfaces.indexOf(QStringLiteral("bluez")), -1);
        const QModelIndex camera = interfaces.index(interfaces.indexOf(QStringLiteral("camera")));
        QCOMPARE(camera.data(RequestingRole).toInt(), 1);
        QTRY_COMPARE(camera.data(GrantedRole).toInt(), 1);
        const QModelIndex home = interfaces.index(interfaces.indexOf(QStringLiteral("home")));
        QCOMPARE(home.data(RequestingRole).toInt(), 2); // hello's env and photobooth
        interfaces.setRequestedOnly(false);
        QVERIFY(interfaces.indexOf(QStringLiteral("bluez")) >= 0);

        InterfacePlugsModel plugs;
        plugs.setClient(m_client.get());
        plugs.setInterfaceName(QStringLiteral("home"));
        QTRY_COMPARE(plugs.plugRefs(),
            (QStringList { QStringLiteral("hello:home"), QStringLiteral("photobooth:home") }));
        QCOMPARE(plugs.index(1).data(TitleRole).toString(), QStringLiteral("Photo Booth"));
        QCOMPARE(plugs.index(1).data(LabelRole).toString(),
            m_client->interfaceInfo(QStringLiteral("home"))->label);
        plugs.setInterfaceName(QStringLiteral("camera"));
        QCOMPARE(plugs.plugRefs(), QStringList { Camera });
        QVERIFY(plugs.index(0).data(ConnectedRole).toBool());
        ensure(Camera, false);
        QTRY_VERIFY(!plugs.index(0).data(ConnectedRole).toBool());
        QTRY_COMPARE(camera.data(GrantedRole).toInt(), 0);

        // The slots photobooth offers.
        SlotListModel slots;
        slots.setClient(m_client.get());
        slots.setSnap(QStringLiteral("photobooth"));
        QTRY_COMPARE(slots.rowCount(), 1);
        QCOMPARE(slots.index(0).data(RefRole).toString(), QStringLiteral("photobooth:photos"));
        QCOMPARE(
            slots.get(QStringLiteral("photobooth:photos")).value(QStringLiteral("interfaceName")),
            QVariant(QStringLiteral("content")));
    }

    void unreachableHelperIsSaidInWords()
    {
        const QDBusError error(QDBusError::ServiceUnknown, QStringLiteral("no such name"));
        const Failure failure = describeError(QStringLiteral("connect a:b"), error);
        QCOMPARE(failure.kind, Failure::Unreachable);
        QVERIFY(failure.message.startsWith(QLatin1String("cannot reach Corral's helper")));
        QCOMPARE(describeError(QStringLiteral("connect a:b"),
                     QDBusError(QDBusMessage::createError(
                         QString(dbus::ErrorCancelled), QStringLiteral("dismissed"))))
                     .message,
            QStringLiteral("cannot connect a:b: cancelled"));

        // For real: the helper gone, and no activation.
        QVERIFY(m_helper->bus().killHelper());
        Client orphan(m_helper->bus().newConnection());
        QTRY_COMPARE_WITH_TIMEOUT(orphan.status(), Client::Unavailable, 30000);
        QVERIFY2(orphan.statusMessage().contains(QLatin1String("cannot reach Corral's helper")),
            qPrintable(orphan.statusMessage()));
        QSignalSpy finished(&orphan, &Client::changeFinished);
        orphan.setPlugConnected(Camera, true);
        const Finished result = waitForChange(finished);
        QCOMPARE(result.kind, int(Failure::Unreachable));
        // Back when it is.
        QVERIFY(m_helper->bus().startHelper(m_helper->root().path(), QString(dbus::ServiceName)));
        orphan.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(orphan.status(), Client::Ready, 30000);
        QCOMPARE(orphan.snaps().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"

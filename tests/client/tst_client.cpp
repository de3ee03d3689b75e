// corral-client against the real helper on a bus of its own, with the real polkitd: what
// the Client reads, the changes it sends (as root, and as an unprivileged user whom polkit
// refuses or allows), changes made by others, and the models built on it; the denials of
// the probe snap run for real through the setuid launcher, and allowing what one needs.
#include "client/client.h"
#include "client/denials.h"
#include "client/models.h"
#include "helper/dbustypes.h"
#include "tests/common/helperfixture.h"

#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

#include <unistd.h>

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

const QString ProbeHome = QStringLiteral("probe:home");

// The client's denial of `snap` about `object`, asking the helper again until the kernel's
// record has reached it.
std::optional<DenialEntry> waitForDenial(Client &client, const QString &snap, const QString &object)
{
    for (int attempt = 0; attempt < 60; ++attempt) {
        for (const DenialEntry &denial : client.denials(snap)) {
            if (denial.object == object)
                return denial;
        }
        QSignalSpy loaded(&client, &Client::denialsLoaded);
        client.reloadDenials();
        loaded.wait(20000);
        QTest::qWait(100);
    }
    return std::nullopt;
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
    std::unique_ptr<test::TestUser> m_user; // who runs the probe snap

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
        // Launchable, so that the probe snap can be run and refused for real.
        if (!m_helper->start({ QStringLiteral("busybox-base"), QStringLiteral("photobooth"),
                                 QStringLiteral("hello") },
                { .launchable = true })) {
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
        m_user.reset();
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

    // ---- denials ----

    void denialWords_data()
    {
        QTest::addColumn<QVariantMap>("map");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("line");
        const auto denial = [](const char *kind, const char *object, const char *denied,
                                const char *operation = "", bool enforced = true,
                                const QStringList &suggestions = {}) {
            return QVariantMap { { QStringLiteral("kind"), QString::fromUtf8(kind) },
                { QStringLiteral("object"), QString::fromUtf8(object) },
                { QStringLiteral("denied"), QString::fromUtf8(denied) },
                { QStringLiteral("operation"), QString::fromUtf8(operation) },
                { QStringLiteral("enforced"), enforced },
                { QStringLiteral("suggestions"), suggestions } };
        };
        const QString none = QStringLiteral(" — no permission would allow this");
        QTest::newRow("a refused system call is named")
            << denial("syscall", "keyctl", "") << QStringLiteral("system call keyctl")
            << QStringLiteral("blocked: system call keyctl") + none;
        QTest::newRow("an AppArmor mask says what was done with a device")
            << denial("device", "/dev/video0", "rw", "open", true, { QStringLiteral("camera") })
            << QStringLiteral("read and write /dev/video0")
            << QStringLiteral(
                   "blocked: read and write /dev/video0 — Use your camera (camera) would allow "
                   "this");
        QTest::newRow("appending is writing, and creating is said too")
            << denial("file", "/home/u/Documents/x", "wac")
            << QStringLiteral("write and create /home/u/Documents/x")
            << QStringLiteral("blocked: write and create /home/u/Documents/x") + none;
        QTest::newRow("Landlock's blockers in words")
            << denial("file", "/home/u/notes", "fs.read_file,fs.write_file,fs.make_reg")
            << QStringLiteral("read, write and create /home/u/notes")
            << QStringLiteral("blocked: read, write and create /home/u/notes") + none;
        QTest::newRow("listing a directory")
            << denial("file", "/home/u", "fs.read_dir") << QStringLiteral("list /home/u")
            << QStringLiteral("blocked: list /home/u") + none;
        QTest::newRow("a socket AppArmor refused")
            << denial("network", "netlink raw", "create", "create")
            << QStringLiteral("create a netlink raw socket")
            << QStringLiteral("blocked: create a netlink raw socket") + none;
        QTest::newRow("a port Landlock refused")
            << denial("network", "tcp port 80", "net.connect_tcp")
            << QStringLiteral("connect to tcp port 80")
            << QStringLiteral("blocked: connect to tcp port 80") + none;
        QTest::newRow("a capability") << denial("capability", "sys_admin", "", "capable")
                                      << QStringLiteral("capability sys_admin")
                                      << QStringLiteral("blocked: capability sys_admin") + none;
        QTest::newRow("a D-Bus call")
            << denial("dbus",
                   "Inhibit org.freedesktop.login1.Manager /org/freedesktop/login1 on system",
                   "send", "dbus_method_call")
            << QStringLiteral("D-Bus call org.freedesktop.login1.Manager.Inhibit on "
                              "/org/freedesktop/login1 (system bus)")
            << QStringLiteral("blocked: D-Bus call org.freedesktop.login1.Manager.Inhibit on "
                              "/org/freedesktop/login1 (system bus)")
                + none;
        QTest::newRow("only logged in devmode, two permissions would allow it")
            << denial("file", "/media/u/stick/a", "r", "open", false,
                   { QStringLiteral("removable-media"), QStringLiteral("unknown-one") })
            << QStringLiteral("read /media/u/stick/a")
            << QStringLiteral(
                   "logged: read /media/u/stick/a — Read and write files on USB drives and "
                   "memory cards (removable-media) or unknown-one would allow this");
    }

    void denialWords()
    {
        QFETCH(QVariantMap, map);
        QFETCH(QString, action);
        QFETCH(QString, line);
        const DenialEntry entry = DenialEntry::fromMap(map);
        QCOMPARE(denialAction(entry), action);
        const auto labelOf = [this](const QString &interface) {
            const InterfaceEntry *info = m_client->interfaceInfo(interface);
            return info ? info->label : QString();
        };
        QCOMPARE(denialLine(entry, labelOf), line);
    }

    void denialTimesInWords()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(relativeTime(now.addSecs(-5), now), QStringLiteral("just now"));
        QCOMPARE(relativeTime(now.addSecs(-65), now), QStringLiteral("a minute ago"));
        QCOMPARE(relativeTime(now.addSecs(-125), now), QStringLiteral("2 minutes ago"));
        QCOMPARE(relativeTime(now.addSecs(-3 * 3600 - 10), now), QStringLiteral("3 hours ago"));
        QCOMPARE(denialCountText(1), QStringLiteral("once"));
        QCOMPARE(denialCountText(3), QStringLiteral("3 times"));
    }

    void denialsAreLoaded()
    {
        QString error;
        QVERIFY2(!m_helper->install(QStringLiteral("probe"), &error).isEmpty(), qPrintable(error));
        m_user = std::make_unique<test::TestUser>();
        QVERIFY(m_user->isValid());
        const test::LaunchResult result = m_helper->runApp(QStringLiteral("probe.probe"),
            { QStringLiteral("--linger"), QStringLiteral("1"), QStringLiteral("keyctl") },
            m_user.get());
        QCOMPARE(result.verdict(), QStringLiteral("EPERM"));

        // Root reads everyone's, of one snap and of all.
        const std::optional<DenialEntry> denial
            = waitForDenial(*m_client, QStringLiteral("probe"), QStringLiteral("keyctl"));
        QVERIFY2(denial, qPrintable(m_helper->bus().helperLog()));
        QCOMPARE(denial->snap, QStringLiteral("probe"));
        QCOMPARE(denial->app, QStringLiteral("probe"));
        QCOMPARE(denial->source, QStringLiteral("seccomp"));
        QCOMPARE(denial->kind, QStringLiteral("syscall"));
        QVERIFY(denial->enforced);
        QCOMPARE(denial->uid, qint64(m_user->uid()));
        QVERIFY(denial->count >= 1);
        QVERIFY(denial->last.isValid() && denial->first <= denial->last);
        QVERIFY(qAbs(denial->last.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QCOMPARE(denialAction(*denial), QStringLiteral("system call keyctl"));
        QVERIFY(m_client->hasDenials(QStringLiteral("probe")));

        QSignalSpy all(m_client.get(), &Client::denialsLoaded);
        m_client->denials();
        QVERIFY(all.wait(20000));
        QVERIFY(m_client->hasDenials());
        QVERIFY(m_client->denial(denial->key));

        // The models: of the snap, and of every snap, newest first.
        DenialListModel probe;
        probe.setSnap(QStringLiteral("probe"));
        probe.setClient(m_client.get());
        QVERIFY(probe.isLoaded());
        const int row = probe.indexOf(denial->key);
        QVERIFY(row >= 0);
        const QModelIndex index = probe.index(row, 0);
        QCOMPARE(index.data(Qt::DisplayRole).toString(),
            QStringLiteral("blocked: system call keyctl — no permission would allow this"));
        QCOMPARE(index.data(ActionRole).toString(), QStringLiteral("system call keyctl"));
        QCOMPARE(index.data(TitleRole).toString(), QStringLiteral("probe"));
        QCOMPARE(index.data(AllowPlugRole).toString(), QString());
        DenialListModel everything;
        everything.setClient(m_client.get());
        QVERIFY(everything.indexOf(denial->key) >= 0);
        for (int i = 1; i < everything.rowCount(); ++i)
            QVERIFY(everything.index(i - 1, 0).data(LastSeenRole).toDateTime()
                >= everything.index(i, 0).data(LastSeenRole).toDateTime());
    }

    void denialRecordedArrives()
    {
        QVERIFY(m_user);
        const DenialEntry *known = nullptr;
        for (const DenialEntry &entry : m_client->denials(QStringLiteral("probe")))
            if (entry.object == QLatin1String("keyctl"))
                known = m_client->denial(entry.key);
        QVERIFY(known);
        const QString key = known->key;
        const quint32 count = known->count;
        QVERIFY(m_client->isWatchingDenials());
        DenialListModel model;
        model.setSnap(QStringLiteral("probe"));
        model.setClient(m_client.get());

        // The Client watches: the helper's signal brings the new count without a reload.
        QSignalSpy recorded(m_client.get(), &Client::denialRecorded);
        QSignalSpy loaded(m_client.get(), &Client::denialsLoaded);
        QCOMPARE(
            m_helper
                ->runApp(QStringLiteral("probe.probe"),
                    { QStringLiteral("--linger"), QStringLiteral("1"), QStringLiteral("keyctl") },
                    m_user.get())
                .verdict(),
            QStringLiteral("EPERM"));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(recorded.cbegin(), recorded.cend(),
                                     [&](const QList<QVariant> &arguments) {
                                         return arguments.at(0).value<DenialEntry>().key == key;
                                     }),
            20000);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(m_client->denial(key)->count, count + 1);
        QCOMPARE(model.index(0, 0).data(KeyRole).toString(), key);
        QCOMPARE(model.index(0, 0).data(TimesRole).toUInt(), count + 1);
        QCOMPARE(model.index(0, 0).data(TimesTextRole).toString(), denialCountText(count + 1));
    }

    void allowConnectsTheSuggestedPlug()
    {
        QVERIFY(m_user);
        // probe.home plugs home; disconnected, reading a document is refused, and the
        // person's own Client offers to connect the plug.
        ensure(ProbeHome, false);
        QVERIFY(m_user->writeFile(QStringLiteral("Documents/notes.txt"), "notes\n"));
        const QString path = m_user->home() + QLatin1String("/Documents/notes.txt");
        QCOMPARE(m_helper
                     ->runApp(QStringLiteral("probe.home"),
                         { QStringLiteral("--linger"), QStringLiteral("1"), QStringLiteral("read"),
                             path },
                         m_user.get())
                     .verdict(),
            QStringLiteral("EACCES"));

        QDBusConnection userBus = m_helper->bus().newConnectionAs(m_user->uid(), m_user->gid());
        QVERIFY(userBus.isConnected());
        Client user(userBus);
        QVERIFY2(ready(user), qPrintable(user.statusMessage()));
        const std::optional<DenialEntry> denial
            = waitForDenial(user, QStringLiteral("probe"), path);
        QVERIFY2(denial, qPrintable(m_helper->bus().helperLog()));
        QCOMPARE(denial->source, QStringLiteral("landlock"));
        QCOMPARE(denial->app, QStringLiteral("home"));
        QVERIFY(denial->suggestions.contains(QLatin1String("home")));

        DenialListModel model;
        model.setSnap(QStringLiteral("probe"));
        model.setClient(&user);
        const auto row = [&] { return model.index(model.indexOf(denial->key), 0); };
        QTRY_VERIFY(model.indexOf(denial->key) >= 0);
        QCOMPARE(row().data(AllowPlugRole).toString(), ProbeHome);
        QCOMPARE(row().data(AllowInterfaceRole).toString(), QStringLiteral("home"));
        QCOMPARE(row().data(AllowLabelRole).toString(),
            user.interfaceInfo(QStringLiteral("home"))->label);
        QVERIFY2(row().data(SuggestionRole).toString().contains(QLatin1String("(home)")),
            qPrintable(row().data(SuggestionRole).toString()));
        QCOMPARE(row().data(AllowedByRole).toString(), QString());

        // polkit says no: nothing changes, and Allow is still offered.
        QVERIFY(m_helper->bus().setRules(HelperFixture::denyRule()));
        QSignalSpy finished(&user, &Client::changeFinished);
        user.setPlugConnected(row().data(AllowPlugRole).toString(), true);
        Finished result = waitForChange(finished);
        QVERIFY(result.arrived);
        QVERIFY(!result.ok);
        QCOMPARE(result.kind, int(Failure::NotAuthorized));
        QVERIFY(!m_helper->connectedPlugs(QStringLiteral("probe")).contains(ProbeHome));
        QCOMPARE(row().data(AllowPlugRole).toString(), ProbeHome);
        QVERIFY(!row().data(PendingRole).toBool());

        // polkit says yes for this person: the plug is connected, and the denial says so.
        QVERIFY(m_helper->bus().setRules(
            HelperFixture::allowRule(QString(dbus::ActionManageInterfaces), m_user->name())));
        user.setPlugConnected(row().data(AllowPlugRole).toString(), true);
        result = waitForChange(finished);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(m_helper->connectedPlugs(QStringLiteral("probe")).contains(ProbeHome));
        bool stored = false;
        for (const QVariantMap &connection : m_helper->connections())
            stored = stored
                || (connection.value(QStringLiteral("plug")).toString() == ProbeHome
                    && connection.value(QStringLiteral("connected"), true).toBool());
        QVERIFY(stored);
        QCOMPARE(row().data(AllowPlugRole).toString(), QString());
        QCOMPARE(row().data(AllowedByRole).toString(),
            user.interfaceInfo(QStringLiteral("home"))->label);
        // The read goes through now.
        QVERIFY(m_helper
                    ->runApp(QStringLiteral("probe.home"), { QStringLiteral("read"), path },
                        m_user.get())
                    .verdict()
                    .startsWith(QLatin1String("ok")));
    }

    void removedSnapTakesItsDenials()
    {
        QVERIFY(m_client->hasDenials(QStringLiteral("probe")));
        const test::CommandResult removed
            = m_helper->runCli({ QStringLiteral("remove"), QStringLiteral("probe") });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QTRY_VERIFY_WITH_TIMEOUT(m_client->denials(QStringLiteral("probe")).isEmpty(), 20000);
        for (const DenialEntry &entry : m_client->denials())
            QVERIFY(entry.snap != QLatin1String("probe"));
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
        QVERIFY(m_helper->bus().startHelper(m_helper->rootPath(), QString(dbus::ServiceName)));
        orphan.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(orphan.status(), Client::Ready, 30000);
        QCOMPARE(orphan.snaps().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"

// corral-helper for real, as root: on a system bus of its own (dbus-daemon configured like
// Debian's), authorized by the real polkitd with rules the test writes, called by real
// processes of an unprivileged user the test creates. Snaps are installed through the
// helper into a temporary CORRAL_ROOT; everything is stopped, unmounted and removed at
// the end, whatever happened.
#include "helper/dbustypes.h"
#include "interfaces/dirs.h"
#include "manager1proxy.h"
#include "tests/common/helperfixture.h"
#include "tests/common/temproot.h"
#include "tests/common/testbus.h"
#include "tests/helper/polkitagent.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusUnixFileDescriptor>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <unistd.h>

using corral::test::CommandResult;
using corral::test::HelperFixture;
using corral::test::PolkitAgent;
using corral::test::TempRoot;
using corral::test::TestBus;
namespace dbus = corral::dbus;

namespace {

const QString Camera = QStringLiteral("photobooth:camera");
const QString Network = QStringLiteral("photobooth:network");
const QString RemovableMedia = QStringLiteral("photobooth:removable-media");
const QString Pictures = QStringLiteral("photobooth:pictures");
const QString AudioPlayback = QStringLiteral("photobooth:audio-playback");

QString example(const char *name)
{
    return QStringLiteral(CORRAL_EXAMPLES_DIR "/%1.snap").arg(QLatin1String(name));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A string as GVariant text, the way gdbus reads its arguments: quoted, with every
// character that is not plain printable ASCII escaped.
QString gvariantString(const QString &text)
{
    QString quoted = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            quoted += c;
    }
    return quoted + QLatin1Char('\'');
}

// The outcome of one D-Bus call made by a command-line client.
struct BusCall
{
    bool ok = false;
    QString errorName;
    QString output; // stdout and stderr, for failure messages
};

BusCall parseCall(const CommandResult &result)
{
    BusCall call;
    call.ok = result.finished && result.exitCode == 0;
    call.output = result.out + result.err;
    // gdbus: "Error: GDBus.Error:NAME: message"; dbus-send: "Error NAME: message".
    static const QRegularExpression gdbusError(QStringLiteral("GDBus\\.Error:([A-Za-z0-9_.]+):"));
    static const QRegularExpression dbusSendError(
        QStringLiteral("^Error ([A-Za-z0-9_.]+):"), QRegularExpression::MultilineOption);
    QRegularExpressionMatch match = gdbusError.match(result.err);
    if (!match.hasMatch())
        match = dbusSendError.match(result.err);
    if (match.hasMatch())
        call.errorName = match.captured(1);
    return call;
}

QStringList gdbusArguments(const QString &method, const QStringList &arguments, bool interactive)
{
    QStringList command { QStringLiteral("call"), QStringLiteral("--system"),
        QStringLiteral("--dest"), dbus::ServiceName, QStringLiteral("--object-path"),
        dbus::ObjectPath, QStringLiteral("--timeout"), QStringLiteral("120"),
        QStringLiteral("--method"), dbus::InterfaceName + QLatin1Char('.') + method };
    if (interactive)
        command << QStringLiteral("--interactive");
    return command + arguments;
}

// The first half of the bytes a squashfs image uses (its superblock says how many; the
// file is padded beyond them): the superblock is there, the tables are not.
QByteArray halfAnImage(const QByteArray &image)
{
    if (image.size() < 96)
        return image.left(image.size() / 2);
    const quint64 used = qFromLittleEndian<quint64>(image.constData() + 40);
    return image.left(qsizetype(std::min<quint64>(used, quint64(image.size())) / 2));
}

// What state.json says about one connection.
struct StoredConnection
{
    QString interface;
    bool automatic = false;
    bool undesired = false;
    bool operator==(const StoredConnection &) const = default;
};
using StoredConnections = QMap<QString, StoredConnection>; // "plug slot" → connection

QString describe(const StoredConnections &connections)
{
    QStringList lines;
    for (auto it = connections.cbegin(); it != connections.cend(); ++it) {
        lines << QStringLiteral("%1 (%2%3%4)")
                     .arg(it.key(), it->interface,
                         it->automatic ? QStringLiteral(", auto") : QString(),
                         it->undesired ? QStringLiteral(", undesired") : QString());
    }
    return lines.join(QLatin1String("; "));
}

// Whether `plug` is connected to anything according to `connections`.
bool isConnected(const StoredConnections &connections, const QString &plug)
{
    for (auto it = connections.cbegin(); it != connections.cend(); ++it) {
        if (it.key().startsWith(plug + QLatin1Char(' ')) && !it->undesired)
            return true;
    }
    return false;
}

} // namespace

class TestHelper : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempRoot> m_root;
    std::unique_ptr<QTemporaryDir> m_services; // the bus's activation directory
    std::unique_ptr<TestBus> m_bus;
    std::unique_ptr<Manager1Proxy> m_manager;
    QString m_helperError; // why the helper is not there, when it is not
    // photobooth's connections right after its install: what auto-connect makes of its
    // plugs, which a reset restores.
    StoredConnections m_photoboothAtInstall;

    QString stateDir() const { return m_root->filePath(QStringLiteral("var/lib/corral")); }
    QString stateFile() const { return stateDir() + QLatin1String("/state.json"); }

    bool startHelper()
    {
        if (!m_bus->startHelper(m_root->path(), dbus::ServiceName)) {
            m_helperError = m_bus->errorString();
            return false;
        }
        m_helperError.clear();
        return true;
    }

    // The helper must run for the test; restarts it when a test before killed it.
    bool helperUp()
    {
        if (!m_helperError.isEmpty())
            return false;
        if (!m_bus->helperRunning())
            return startHelper();
        return true;
    }

    CommandResult runAsUser(const QString &program, const QStringList &arguments) const
    {
        return m_bus->runAsUser(program, arguments, 150000);
    }

    BusCall callAsUser(
        const QString &method, const QStringList &arguments = {}, bool interactive = false) const
    {
        return parseCall(
            runAsUser(QStringLiteral("gdbus"), gdbusArguments(method, arguments, interactive)));
    }

    StoredConnections storedConnections(QString *error = nullptr) const
    {
        StoredConnections connections;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(readAll(stateFile()), &parseError);
        if (!document.isObject()) {
            if (error)
                *error
                    = QStringLiteral("state.json does not parse: %1").arg(parseError.errorString());
            return connections;
        }
        const QJsonObject object = document.object().value(QLatin1String("connections")).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonObject entry = it.value().toObject();
            connections.insert(it.key(),
                { entry.value(QLatin1String("interface")).toString(),
                    entry.value(QLatin1String("auto")).toBool(),
                    entry.value(QLatin1String("undesired")).toBool() });
        }
        return connections;
    }

    // What ListConnections says, in state.json's terms.
    StoredConnections listedConnections(QString *error = nullptr) const
    {
        StoredConnections connections;
        QDBusPendingReply<dbus::MapList> reply = m_manager->ListConnections();
        reply.waitForFinished();
        if (reply.isError()) {
            if (error)
                *error = QStringLiteral("ListConnections: %1").arg(reply.error().message());
            return connections;
        }
        for (const QVariantMap &entry : reply.value()) {
            connections.insert(entry.value(QStringLiteral("plug")).toString() + QLatin1Char(' ')
                    + entry.value(QStringLiteral("slot")).toString(),
                { entry.value(QStringLiteral("interface")).toString(),
                    entry.value(QStringLiteral("automatic")).toBool(),
                    !entry.value(QStringLiteral("connected")).toBool() });
        }
        return connections;
    }

    // What ListConnections says about the connections of `snap`'s plugs.
    StoredConnections connectionsOfPlugsOf(const QString &snap, QString *error = nullptr) const
    {
        StoredConnections connections = listedConnections(error);
        connections.removeIf([&](StoredConnections::iterator it) {
            return !it.key().startsWith(snap + QLatin1Char(':'));
        });
        return connections;
    }

    // Every generated profile, plan and filter, by path below the state directory.
    QMap<QString, QByteArray> generatedFiles() const
    {
        QMap<QString, QByteArray> files;
        for (const char *kind : { "apparmor", "seccomp", "plans" }) {
            QDirIterator it(stateDir() + QLatin1Char('/') + QLatin1String(kind), QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                files.insert(QDir(stateDir()).relativeFilePath(path), readAll(path));
            }
        }
        return files;
    }

    // Whether state.json parses, ListConnections agrees with it, and the profiles on disk
    // are what regenerating them from the state gives; empty when all holds.
    QString inconsistency() const
    {
        QString error;
        const StoredConnections stored = storedConnections(&error);
        if (!error.isEmpty())
            return error;
        const StoredConnections listed = listedConnections(&error);
        if (!error.isEmpty())
            return error;
        if (stored != listed) {
            return QStringLiteral("state.json has %1 but ListConnections says %2")
                .arg(describe(stored), describe(listed));
        }
        const QMap<QString, QByteArray> before = generatedFiles();
        QDBusPendingReply<> regenerate = m_manager->RegenerateProfiles();
        regenerate.waitForFinished();
        if (regenerate.isError())
            return QStringLiteral("RegenerateProfiles: %1").arg(regenerate.error().message());
        const QMap<QString, QByteArray> after = generatedFiles();
        if (before.isEmpty())
            return QStringLiteral("no profile was generated");
        if (before != after) {
            QStringList changed;
            for (const QString &path : before.keys() + after.keys()) {
                if (before.value(path) != after.value(path) && !changed.contains(path))
                    changed << path;
            }
            return QStringLiteral("regenerating changed %1").arg(changed.join(QLatin1String(", ")));
        }
        return QString();
    }

    QString install(const char *name, QString *error = nullptr)
    {
        QFile file(example(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return QString();
        }
        QDBusPendingReply<QString, QString, QStringList> reply
            = m_manager->Install(QDBusUnixFileDescriptor(file.handle()),
                { { QStringLiteral("name"), QFileInfo(file.fileName()).fileName() } });
        reply.waitForFinished();
        if (reply.isError()) {
            if (error)
                *error = reply.error().name() + QLatin1String(": ") + reply.error().message();
            return QString();
        }
        return reply.argumentAt<0>();
    }

    QStringList installedSnaps() const
    {
        QStringList names;
        QDBusPendingReply<dbus::MapList> reply = m_manager->ListSnaps();
        reply.waitForFinished();
        for (const QVariantMap &snap : reply.value())
            names << snap.value(QStringLiteral("name")).toString();
        return names;
    }

    // Connects or disconnects `plug` as root, so that it ends up as `connected`.
    bool setConnected(const QString &plug, bool connected)
    {
        if (isConnected(storedConnections(), plug) == connected)
            return true;
        QDBusPendingCall call = connected
            ? QDBusPendingCall(m_manager->Connect(plug, QString()))
            : QDBusPendingCall(m_manager->Disconnect(plug, QString(), false));
        call.waitForFinished();
        if (call.isError())
            qWarning("cannot change %s: %s", qPrintable(plug), qPrintable(call.error().message()));
        return !call.isError() && isConnected(storedConnections(), plug) == connected;
    }

    bool removeIfInstalled(const QString &snap)
    {
        if (!installedSnaps().contains(snap))
            return true;
        QDBusPendingReply<> remove = m_manager->Remove(snap);
        remove.waitForFinished();
        return !remove.isError();
    }

    // The helper still answers, and is the process it was before.
    QString helperStillUp(pid_t pid) const
    {
        if (!m_bus->helperRunning() || m_bus->helperPid() != pid)
            return QStringLiteral("the helper died:\n") + m_bus->helperLog().right(3000);
        QDBusPendingReply<dbus::MapList> reply = m_manager->ListSnaps();
        reply.waitForFinished();
        if (reply.isError())
            return QStringLiteral("ListSnaps failed: ") + reply.error().message();
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the helper's tests start dbus-daemon and polkitd and install snaps: root only");
        dbus::registerTypes();
        m_root = std::make_unique<TempRoot>();
        QVERIFY(m_root->isValid());
        TestBus::Options options;
        options.busPolicies << QStringLiteral(CORRAL_HELPER_BUILD_DIR "/org.corral.Manager1.conf");
        options.polkitActions = QStringLiteral(CORRAL_HELPER_BUILD_DIR "/org.corral.policy");
        options.helper = QStringLiteral(CORRAL_HELPER);
        // Empty but for the activation test, so no other test starts a helper by a call.
        m_services = std::make_unique<QTemporaryDir>();
        QVERIFY(m_services->isValid());
        options.serviceDir = m_services->path();
        options.activationEnvironment.insert(QStringLiteral("CORRAL_ROOT"), m_root->path());
        m_bus = std::make_unique<TestBus>(options);
        QVERIFY2(m_bus->start(), qPrintable(m_bus->errorString()));
        m_manager = std::make_unique<Manager1Proxy>(
            dbus::ServiceName, dbus::ObjectPath, m_bus->connection());
        m_manager->setTimeout(120000);

        // The fixture's own tests need no helper; the rest say why it is missing.
        if (!QFileInfo(QStringLiteral(CORRAL_HELPER)).isExecutable()) {
            m_helperError = QStringLiteral("no helper at " CORRAL_HELPER);
            return;
        }
        if (!startHelper())
            return;
        for (const char *snap : { "busybox-base", "photobooth" }) {
            QString error;
            if (install(snap, &error).isEmpty()) {
                m_helperError = QStringLiteral("cannot install %1 through the helper: %2")
                                    .arg(QLatin1String(snap), error);
                return;
            }
        }
        m_photoboothAtInstall = connectionsOfPlugsOf(QStringLiteral("photobooth"));
    }

    void init()
    {
        if (m_bus)
            QVERIFY2(m_bus->clearRules(), qPrintable(m_bus->errorString()));
    }

    void cleanupTestCase()
    {
        if (!m_bus)
            return;
        const QString rules = m_bus->rulesFile();
        const pid_t helper = m_bus->helperPid();
        m_manager.reset();
        m_bus.reset();
        m_services.reset();
        QVERIFY2(!QFileInfo::exists(rules), qPrintable(rules));
        if (helper > 0)
            QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(helper)));
        m_root.reset();
    }

    // ---- the fixture itself: polkitd and the bus, no helper ----

    void fixtureRunsCommandsAsTheUserOnTheBus()
    {
        const CommandResult id = runAsUser(QStringLiteral("id"), { QStringLiteral("-u") });
        QCOMPARE(id.exitCode, 0);
        QCOMPARE(id.out.trimmed().toUInt(), m_bus->userId());
        QVERIFY(m_bus->userId() != 0);
        // The user reaches the bus, and the bus answers it like a system bus: the bus
        // itself is open to anyone, its activation environment is not.
        const BusCall getId = parseCall(runAsUser(QStringLiteral("gdbus"),
            { QStringLiteral("call"), QStringLiteral("--system"), QStringLiteral("--dest"),
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("--object-path"),
                QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("--method"),
                QStringLiteral("org.freedesktop.DBus.GetId") }));
        QVERIFY2(getId.ok, qPrintable(getId.output));
        const BusCall update = parseCall(runAsUser(QStringLiteral("gdbus"),
            { QStringLiteral("call"), QStringLiteral("--system"), QStringLiteral("--dest"),
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("--object-path"),
                QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("--method"),
                QStringLiteral("org.freedesktop.DBus.UpdateActivationEnvironment"),
                QStringLiteral("{'A': 'B'}") }));
        QCOMPARE(update.errorName, QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"));
    }

    void fixtureRulesDecideForTheUser()
    {
        QProcess *process = m_bus->startAsUser(QStringLiteral("sleep"), { QStringLiteral("600") });
        QVERIFY(process);
        const pid_t pid = pid_t(process->processId());
        QTRY_COMPARE(
            TestBus::processSubject(pid).value(QStringLiteral("uid")).toUInt(), m_bus->userId());

        // No rule: the action file's default for a process outside any session.
        corral::test::AuthorizationResult result
            = m_bus->checkAuthorization(pid, dbus::ActionManageInterfaces);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.authorized);
        QVERIFY2(result.challenge, "auth_admin should ask for a password");

        QVERIFY2(m_bus->setRules(HelperFixture::allowRule(QString(dbus::ActionManageInterfaces))),
            qPrintable(m_bus->errorString()));
        QVERIFY(m_bus->checkAuthorization(pid, dbus::ActionManageInterfaces).authorized);
        result = m_bus->checkAuthorization(pid, dbus::ActionManageSnaps);
        QVERIFY(!result.authorized);
        QVERIFY(result.challenge);

        QVERIFY2(m_bus->setRules(QStringLiteral(
                     "polkit.addRule(function(action, subject) {\n"
                     "    if (subject.user == 'corral-test') return polkit.Result.NO;\n"
                     "});")),
            qPrintable(m_bus->errorString()));
        result = m_bus->checkAuthorization(pid, dbus::ActionManageInterfaces);
        QVERIFY(!result.authorized);
        QVERIFY2(!result.challenge, "a NO rule should not offer a password prompt");

        QVERIFY2(m_bus->clearRules(), qPrintable(m_bus->errorString()));
        QVERIFY(QFileInfo::exists(m_bus->rulesFile()) == false);
        result = m_bus->checkAuthorization(pid, dbus::ActionManageInterfaces);
        QVERIFY(!result.authorized);
        QVERIFY(result.challenge);

        // polkit authorizes root whatever the rules say; the tests call as root to set up.
        QVERIFY(m_bus->checkAuthorization(::getpid(), dbus::ActionManageSnaps).authorized);
    }

    // Every polkitd reads the same rules directory; the rules a bus writes apply in its
    // own polkitd only, so test programs running at once do not decide for each other.
    void fixtureRulesOfOneBusStayInIt()
    {
        TestBus::Options options;
        options.polkitActions = QStringLiteral(CORRAL_HELPER_BUILD_DIR "/org.corral.policy");
        TestBus other(options);
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        QVERIFY(other.rulesFile() != m_bus->rulesFile());
        QProcess *process = m_bus->startAsUser(QStringLiteral("sleep"), { QStringLiteral("600") });
        QVERIFY(process);
        const pid_t pid = pid_t(process->processId());
        QTRY_COMPARE(
            TestBus::processSubject(pid).value(QStringLiteral("uid")).toUInt(), m_bus->userId());
        QVERIFY2(m_bus->setRules(QStringLiteral(
                     "polkit.addRule(function(action, subject) {\n"
                     "    if (subject.user == 'corral-test') return polkit.Result.YES;\n"
                     "});")),
            qPrintable(m_bus->errorString()));
        QVERIFY2(other.setRules(QStringLiteral(
                     "polkit.addRule(function(action, subject) {\n"
                     "    if (subject.user == 'corral-test') return polkit.Result.NO;\n"
                     "});")),
            qPrintable(other.errorString()));
        QVERIFY(m_bus->checkAuthorization(pid, dbus::ActionManageInterfaces).authorized);
        const corral::test::AuthorizationResult refused
            = other.checkAuthorization(pid, dbus::ActionManageInterfaces);
        QVERIFY(!refused.authorized);
        QVERIFY(!refused.challenge);
        QVERIFY(other.clearRules());
        QVERIFY(m_bus->checkAuthorization(pid, dbus::ActionManageInterfaces).authorized);
    }

    void fixtureAgentAnswersForOneProcess_data()
    {
        QTest::addColumn<bool>("dismiss");
        QTest::addColumn<bool>("authorized");
        QTest::newRow("a dismissed dialog is not an authorization") << true << false;
        QTest::newRow("a right password authorizes") << false << true;
    }
    void fixtureAgentAnswersForOneProcess()
    {
        QFETCH(bool, dismiss);
        QFETCH(bool, authorized);
        const auto answer
            = dismiss ? PolkitAgent::Answer::Dismiss : PolkitAgent::Answer::Authenticate;
        QProcess *process = m_bus->startAsUser(QStringLiteral("sleep"), { QStringLiteral("600") });
        QVERIFY(process);
        const pid_t pid = pid_t(process->processId());
        QTRY_COMPARE(
            TestBus::processSubject(pid).value(QStringLiteral("uid")).toUInt(), m_bus->userId());
        PolkitAgent agent(m_bus->address(), answer);
        QString error;
        QVERIFY2(agent.registerFor(pid, &error), qPrintable(error));

        // Without AllowUserInteraction polkitd does not ask the agent.
        QVERIFY(!m_bus->checkAuthorization(pid, dbus::ActionManageProfiles).authorized);
        QCOMPARE(agent.requests(), QStringList());

        const corral::test::AuthorizationResult result
            = m_bus->checkAuthorization(pid, dbus::ActionManageProfiles, {}, true);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        if (result.authorized != authorized || agent.requests().isEmpty())
            qWarning("polkitd said:\n%s", qPrintable(m_bus->polkitLog().right(3000)));
        QCOMPARE(result.authorized, authorized);
        QCOMPARE(agent.requests(), QStringList { dbus::ActionManageProfiles });
        if (!authorized)
            QCOMPARE(
                result.details.value(QStringLiteral("polkit.dismissed")), QStringLiteral("true"));
    }

    // ---- the helper ----

    void readsNeedNoAuthorization_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ListSnaps")
            << QStringLiteral("ListSnaps") << QStringList() << QStringLiteral("photobooth");
        QTest::newRow("GetSnap") << QStringLiteral("GetSnap")
                                 << QStringList { QStringLiteral("'photobooth'") }
                                 << QStringLiteral("removable-media");
        QTest::newRow("ListPlugs")
            << QStringLiteral("ListPlugs") << QStringList() << QStringLiteral("personal-files");
        QTest::newRow("ListInterfaces")
            << QStringLiteral("ListInterfaces") << QStringList() << QStringLiteral("camera");
        QTest::newRow("ListConnections")
            << QStringLiteral("ListConnections") << QStringList() << QStringLiteral("photobooth:");
        QTest::newRow("ListCandidates")
            << QStringLiteral("ListCandidates") << QStringList { gvariantString(Camera) }
            << QStringLiteral(":camera");
        QTest::newRow("GetSandboxFeatures")
            << QStringLiteral("GetSandboxFeatures") << QStringList() << QStringLiteral("seccomp");
    }
    void readsNeedNoAuthorization()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QFETCH(QString, method);
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        // No rule at all: a change would need an administrator's password.
        const BusCall call = callAsUser(method, arguments);
        QVERIFY2(call.ok, qPrintable(call.output));
        QVERIFY2(call.output.contains(mentions), qPrintable(call.output));
    }

    void authorizationMatrix_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // empty: allowed

        const QString allowInterfaces
            = QStringLiteral("polkit.addRule(function(action, subject) {\n"
                             "    if (action.id == 'org.corral.manage-interfaces' && subject.user "
                             "== 'corral-test')\n"
                             "        return polkit.Result.YES;\n"
                             "});");
        const QString allowSnaps = QStringLiteral(
            "polkit.addRule(function(action, subject) {\n"
            "    if (action.id == 'org.corral.manage-snaps' && subject.user == 'corral-test')\n"
            "        return polkit.Result.YES;\n"
            "});");
        const QString allowProfiles = QStringLiteral(
            "polkit.addRule(function(action, subject) {\n"
            "    if (action.id == 'org.corral.manage-profiles' && subject.user == 'corral-test')\n"
            "        return polkit.Result.YES;\n"
            "});");
        const QString denyAll = QStringLiteral(
            "polkit.addRule(function(action, subject) {\n"
            "    if (action.id.indexOf('org.corral.') == 0 && subject.user == 'corral-test')\n"
            "        return polkit.Result.NO;\n"
            "});");
        const QString allowOtherUser
            = QStringLiteral("polkit.addRule(function(action, subject) {\n"
                             "    if (subject.user == 'nobody') return polkit.Result.YES;\n"
                             "});");
        const QString notAuthorized = dbus::ErrorNotAuthorized;
        const QStringList connectCamera { gvariantString(Camera), QStringLiteral("''") };
        const QStringList disconnectNetwork { gvariantString(Network), QStringLiteral("''"),
            QStringLiteral("false") };
        const QStringList batch { QStringLiteral("[('photobooth:camera', '')]"),
            QStringLiteral("@a(ssb) []") };
        const QStringList photobooth { QStringLiteral("'photobooth'") };

        QTest::newRow("no rule and no agent: Connect is not authorized")
            << QString() << QStringLiteral("Connect") << connectCamera << notAuthorized;
        QTest::newRow("no rule and no agent: Disconnect is not authorized")
            << QString() << QStringLiteral("Disconnect") << disconnectNetwork << notAuthorized;
        QTest::newRow("no rule and no agent: ResetConnections is not authorized")
            << QString() << QStringLiteral("ResetConnections") << photobooth << notAuthorized;
        QTest::newRow("no rule and no agent: Remove is not authorized")
            << QString() << QStringLiteral("Remove") << photobooth << notAuthorized;
        QTest::newRow("no rule and no agent: Revert is not authorized")
            << QString() << QStringLiteral("Revert") << photobooth << notAuthorized;
        QTest::newRow("no rule and no agent: RegenerateProfiles is not authorized")
            << QString() << QStringLiteral("RegenerateProfiles") << QStringList() << notAuthorized;
        QTest::newRow("a rule allowing manage-interfaces lets the user connect")
            << allowInterfaces << QStringLiteral("Connect") << connectCamera << QString();
        QTest::newRow("a rule allowing manage-interfaces lets the user disconnect")
            << allowInterfaces << QStringLiteral("Disconnect") << disconnectNetwork << QString();
        QTest::newRow("a rule allowing manage-interfaces lets the user change several at once")
            << allowInterfaces << QStringLiteral("ChangeConnections") << batch << QString();
        QTest::newRow("a rule allowing manage-interfaces lets the user reset a snap's connections")
            << allowInterfaces << QStringLiteral("ResetConnections") << photobooth << QString();
        QTest::newRow("a rule allowing manage-interfaces does not allow Remove")
            << allowInterfaces << QStringLiteral("Remove") << photobooth << notAuthorized;
        QTest::newRow("a rule allowing manage-interfaces does not allow Revert")
            << allowInterfaces << QStringLiteral("Revert") << photobooth << notAuthorized;
        QTest::newRow("a rule allowing manage-interfaces does not allow RegenerateProfiles")
            << allowInterfaces << QStringLiteral("RegenerateProfiles") << QStringList()
            << notAuthorized;
        QTest::newRow("a rule allowing manage-snaps does not allow Connect")
            << allowSnaps << QStringLiteral("Connect") << connectCamera << notAuthorized;
        QTest::newRow("a rule allowing manage-snaps does not allow ChangeConnections")
            << allowSnaps << QStringLiteral("ChangeConnections") << batch << notAuthorized;
        QTest::newRow("a rule allowing manage-snaps does not allow ResetConnections")
            << allowSnaps << QStringLiteral("ResetConnections") << photobooth << notAuthorized;
        QTest::newRow("a rule allowing manage-profiles lets the user regenerate")
            << allowProfiles << QStringLiteral("RegenerateProfiles") << QStringList() << QString();
        QTest::newRow("a rule allowing manage-profiles does not allow Connect")
            << allowProfiles << QStringLiteral("Connect") << connectCamera << notAuthorized;
        QTest::newRow("a rule saying NO refuses Connect")
            << denyAll << QStringLiteral("Connect") << connectCamera << notAuthorized;
        QTest::newRow("a rule saying NO refuses ChangeConnections")
            << denyAll << QStringLiteral("ChangeConnections") << batch << notAuthorized;
        QTest::newRow("a rule saying NO refuses ResetConnections")
            << denyAll << QStringLiteral("ResetConnections") << photobooth << notAuthorized;
        QTest::newRow("a rule saying NO refuses Remove")
            << denyAll << QStringLiteral("Remove") << photobooth << notAuthorized;
        QTest::newRow("a rule allowing another user does not allow this one")
            << allowOtherUser << QStringLiteral("Connect") << connectCamera << notAuthorized;
    }
    void authorizationMatrix()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QFETCH(QString, rules);
        QFETCH(QString, method);
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        // A known start: the camera disconnected, the network (automatic) connected; for a
        // reset, the camera connected by a person, so that there is something to reset.
        const bool reset = method == QLatin1String("ResetConnections");
        QVERIFY(setConnected(Camera, reset));
        QVERIFY(setConnected(Network, true));
        if (!rules.isEmpty())
            QVERIFY2(m_bus->setRules(rules), qPrintable(m_bus->errorString()));
        const QByteArray stateBefore = readAll(stateFile());
        const QMap<QString, QByteArray> profilesBefore = generatedFiles();
        QVERIFY(!stateBefore.isEmpty());

        const BusCall call = callAsUser(method, arguments);
        if (error.isEmpty()) {
            QVERIFY2(call.ok, qPrintable(call.output));
            if (method == QLatin1String("Connect") || method == QLatin1String("ChangeConnections"))
                QVERIFY(isConnected(storedConnections(), Camera));
            if (method == QLatin1String("Disconnect"))
                QVERIFY(!isConnected(storedConnections(), Network));
            if (reset) {
                QVERIFY(!isConnected(storedConnections(), Camera));
                QVERIFY(isConnected(storedConnections(), Network));
            }
        } else {
            QVERIFY2(!call.ok, qPrintable(call.output));
            QVERIFY2(call.errorName == error, qPrintable(call.output));
            // Refused means untouched: not one byte of the state or of a profile.
            QVERIFY(readAll(stateFile()) == stateBefore);
            QVERIFY(generatedFiles() == profilesBefore);
            QVERIFY(installedSnaps().contains(QStringLiteral("photobooth")));
        }
        QVERIFY2(inconsistency().isEmpty(), qPrintable(inconsistency()));
    }

    // polkit is asked about the process that called, whatever another process of the
    // same user may do: a rule naming one process does not let its sibling act.
    void aRuleForOneProcessDoesNotCoverAnother()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QVERIFY(setConnected(Camera, false));
        QProcess *other = m_bus->startAsUser(QStringLiteral("sleep"), { QStringLiteral("600") });
        QVERIFY(other);
        QVERIFY2(
            m_bus->setRules(QStringLiteral("polkit.addRule(function(action, subject) {\n"
                                           "    if (subject.pid == %1) return polkit.Result.YES;\n"
                                           "});")
                                .arg(other->processId())),
            qPrintable(m_bus->errorString()));
        const QByteArray stateBefore = readAll(stateFile());
        const BusCall call = callAsUser(
            QStringLiteral("Connect"), { gvariantString(Camera), QStringLiteral("''") });
        QVERIFY2(call.errorName == dbus::ErrorNotAuthorized, qPrintable(call.output));
        QVERIFY(readAll(stateFile()) == stateBefore);
    }

    // The corral command is a client of the helper: run by a person who is not root, a
    // change goes through polkit, and a refusal is a sentence, not a D-Bus error name.
    void cliChangesGoThroughTheHelper()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QVERIFY(setConnected(Camera, false));
        const QByteArray stateBefore = readAll(stateFile());
        const CommandResult refused
            = m_bus->runAsUser(QStringLiteral(CORRAL_CLI), { QStringLiteral("connect"), Camera });
        QVERIFY(refused.finished);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(
                     QLatin1String("cannot connect photobooth:camera: not authorized")),
            qPrintable(refused.err));
        QVERIFY(readAll(stateFile()) == stateBefore);

        QVERIFY2(m_bus->setRules(QStringLiteral(
                     "polkit.addRule(function(action, subject) {\n"
                     "    if (action.id == \"org.corral.manage-interfaces\" && subject.user == "
                     "\"%1\") return polkit.Result.YES;\n"
                     "});")
                                     .arg(TestBus::userName())),
            qPrintable(m_bus->errorString()));
        const CommandResult allowed
            = m_bus->runAsUser(QStringLiteral(CORRAL_CLI), { QStringLiteral("connect"), Camera });
        QVERIFY2(allowed.finished && allowed.exitCode == 0, qPrintable(allowed.err));
        QCOMPARE(
            allowed.out.trimmed(), QStringLiteral("photobooth:camera connected to system:camera"));
        QVERIFY(isConnected(storedConnections(), Camera));

        // The rule covers connecting, not removing snaps.
        const CommandResult remove = m_bus->runAsUser(
            QStringLiteral(CORRAL_CLI), { QStringLiteral("remove"), QStringLiteral("photobooth") });
        QCOMPARE(remove.exitCode, 1);
        QVERIFY2(remove.err.contains(QLatin1String("not authorized")), qPrintable(remove.err));
        QDBusPendingReply<QVariantMap> snap = m_manager->GetSnap(QStringLiteral("photobooth"));
        snap.waitForFinished();
        QVERIFY2(snap.isValid(), qPrintable(snap.error().message()));
    }

    // The helper asks polkit to let a person authenticate only when the caller's message
    // allows interaction; a dismissed dialog is Cancelled, not NotAuthorized.
    void interactiveAuthorization_data()
    {
        QTest::addColumn<bool>("dismiss");
        QTest::addColumn<bool>("interactive");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("asked");
        QTest::newRow("without interaction the agent is not asked")
            << false << false << QString(dbus::ErrorNotAuthorized) << false;
        QTest::newRow("a dismissed dialog is Cancelled")
            << true << true << QString(dbus::ErrorCancelled) << true;
        QTest::newRow("a right password lets the change through")
            << false << true << QString() << true;
    }
    void interactiveAuthorization()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QFETCH(bool, dismiss);
        QFETCH(bool, interactive);
        QFETCH(QString, error);
        QFETCH(bool, asked);
        QVERIFY(setConnected(Camera, false));
        const QByteArray stateBefore = readAll(stateFile());

        // The caller waits for a line before it calls, so the agent can be registered for
        // its process first (exec keeps the pid and start time polkit matches).
        const QString command = QStringLiteral("read line; exec gdbus \"$@\"");
        QProcess *caller = m_bus->startAsUser(QStringLiteral("sh"),
            QStringList { QStringLiteral("-c"), command, QStringLiteral("sh") }
                + gdbusArguments(QStringLiteral("Connect"),
                    { gvariantString(Camera), QStringLiteral("''") }, interactive));
        QVERIFY(caller);
        const pid_t pid = pid_t(caller->processId());
        QTRY_COMPARE(
            TestBus::processSubject(pid).value(QStringLiteral("uid")).toUInt(), m_bus->userId());
        PolkitAgent agent(m_bus->address(),
            dismiss ? PolkitAgent::Answer::Dismiss : PolkitAgent::Answer::Authenticate);
        QString registerError;
        QVERIFY2(agent.registerFor(pid, &registerError), qPrintable(registerError));
        caller->write("go\n");
        caller->closeWriteChannel();
        QVERIFY(caller->waitForFinished(120000));
        CommandResult result;
        result.finished = true;
        result.exitCode = caller->exitCode();
        result.out = QString::fromUtf8(caller->readAllStandardOutput());
        result.err = QString::fromUtf8(caller->readAllStandardError());
        const BusCall call = parseCall(result);

        QCOMPARE(
            agent.requests(), asked ? QStringList { dbus::ActionManageInterfaces } : QStringList());
        if (error.isEmpty()) {
            QVERIFY2(call.ok, qPrintable(call.output));
            QVERIFY(isConnected(storedConnections(), Camera));
        } else {
            QVERIFY2(call.errorName == error, qPrintable(call.output));
            QVERIFY(readAll(stateFile()) == stateBefore);
        }
    }

    void badInputGetsNamedErrors_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QVariantList>("arguments");
        QTest::addColumn<QString>("error");

        const QString huge(100 * 1024, QLatin1Char('a'));
        const QString invalid = dbus::ErrorInvalidArgument;
        const QString notFound = dbus::ErrorNotFound;
        const auto connectArgs = [](const QString &plug, const QString &slot = QString()) {
            return QVariantList { plug, slot };
        };
        const auto one = [](const QString &name) { return QVariantList { name }; };
        const QString connectMethod = QStringLiteral("Connect");

        QTest::newRow("Connect with an empty plug")
            << connectMethod << connectArgs(QString()) << invalid;
        QTest::newRow("Connect with a plug without its snap")
            << connectMethod << connectArgs(QStringLiteral("camera")) << invalid;
        QTest::newRow("Connect with a 100 KB plug")
            << connectMethod << connectArgs(huge + QLatin1String(":camera")) << invalid;
        QTest::newRow("Connect with a 100 KB plug name")
            << connectMethod << connectArgs(QLatin1String("photobooth:") + huge) << invalid;
        QTest::newRow("Connect with a 100 KB slot")
            << connectMethod << connectArgs(Camera, huge) << invalid;
        QTest::newRow("Connect with ../../etc as the snap")
            << connectMethod << connectArgs(QStringLiteral("../../etc:camera")) << invalid;
        QTest::newRow("Connect with ../../etc as the plug")
            << connectMethod << connectArgs(QStringLiteral("photobooth:../../etc")) << invalid;
        QTest::newRow("Connect with ../../etc as the slot")
            << connectMethod << connectArgs(Camera, QStringLiteral("../../etc")) << invalid;
        QTest::newRow("Connect with an absolute path as the snap")
            << connectMethod << connectArgs(QStringLiteral("/etc/shadow:camera")) << invalid;
        QTest::newRow("Connect with terminal escapes in the snap")
            << connectMethod << connectArgs(QStringLiteral("photo\x1b[2Jbooth:camera")) << invalid;
        QTest::newRow("Connect with a newline after the plug")
            << connectMethod << connectArgs(QStringLiteral("photobooth:camera\n")) << invalid;
        QTest::newRow("Connect with a right-to-left override in the plug")
            << connectMethod << connectArgs(QStringLiteral("photobooth:\u202Ecamera")) << invalid;
        QTest::newRow("Connect with fullwidth letters in the snap")
            << connectMethod
            << connectArgs(QStringLiteral(
                   "\uFF50\uFF48\uFF4F\uFF54\uFF4F\uFF42\uFF4F\uFF4F\uFF54\uFF48:camera"))
            << invalid;
        QTest::newRow("Connect with a combining accent in the plug")
            << connectMethod << connectArgs(QStringLiteral("photobooth:came\u0301ra")) << invalid;
        QTest::newRow("Connect with a lone surrogate-like replacement character")
            << connectMethod << connectArgs(QStringLiteral("photobooth:\uFFFD")) << invalid;
        QTest::newRow("Connect an unknown snap")
            << connectMethod << connectArgs(QStringLiteral("nosuchsnap:camera")) << notFound;
        QTest::newRow("Connect an unknown plug")
            << connectMethod << connectArgs(QStringLiteral("photobooth:nosuchplug")) << notFound;
        QTest::newRow("Connect to a slot of an unknown snap")
            << connectMethod << connectArgs(Camera, QStringLiteral("nosuchsnap:camera"))
            << notFound;
        QTest::newRow("Disconnect an unknown snap")
            << QStringLiteral("Disconnect")
            << QVariantList { QStringLiteral("nosuchsnap:camera"), QString(), false } << notFound;
        QTest::newRow("Disconnect with ../../etc")
            << QStringLiteral("Disconnect")
            << QVariantList { QStringLiteral("../../etc:camera"), QString(), true } << invalid;
        QTest::newRow("GetSnap with an empty name")
            << QStringLiteral("GetSnap") << one(QString()) << invalid;
        QTest::newRow("GetSnap with ../../etc")
            << QStringLiteral("GetSnap") << one(QStringLiteral("../../etc")) << invalid;
        QTest::newRow("GetSnap with a 100 KB name")
            << QStringLiteral("GetSnap") << one(huge) << invalid;
        QTest::newRow("GetSnap of an unknown snap")
            << QStringLiteral("GetSnap") << one(QStringLiteral("nosuchsnap")) << notFound;
        QTest::newRow("ListCandidates with ../../etc")
            << QStringLiteral("ListCandidates") << one(QStringLiteral("photobooth:../../etc"))
            << invalid;
        QTest::newRow("ListCandidates of an unknown plug")
            << QStringLiteral("ListCandidates") << one(QStringLiteral("photobooth:nosuchplug"))
            << notFound;
        QTest::newRow("Remove with an empty name")
            << QStringLiteral("Remove") << one(QString()) << invalid;
        QTest::newRow("Remove with ../../etc")
            << QStringLiteral("Remove") << one(QStringLiteral("../../etc")) << invalid;
        QTest::newRow("Remove an unknown snap")
            << QStringLiteral("Remove") << one(QStringLiteral("nosuchsnap")) << notFound;
        QTest::newRow("Revert with ../../etc")
            << QStringLiteral("Revert") << one(QStringLiteral("../../etc")) << invalid;
        QTest::newRow("Revert an unknown snap")
            << QStringLiteral("Revert") << one(QStringLiteral("nosuchsnap")) << notFound;

        QTest::newRow("ResetConnections with an empty name")
            << QStringLiteral("ResetConnections") << one(QString()) << invalid;
        QTest::newRow("ResetConnections with ../../etc")
            << QStringLiteral("ResetConnections") << one(QStringLiteral("../../etc")) << invalid;
        QTest::newRow("ResetConnections with a 100 KB name")
            << QStringLiteral("ResetConnections") << one(huge) << invalid;
        QTest::newRow("ResetConnections with a plug instead of a snap")
            << QStringLiteral("ResetConnections") << one(Camera) << invalid;
        QTest::newRow("ResetConnections of an unknown snap")
            << QStringLiteral("ResetConnections") << one(QStringLiteral("nosuchsnap")) << notFound;

        dbus::ConnectList good { { Camera, QString() } };
        dbus::ConnectList withBad = good;
        withBad.append({ QStringLiteral("photobooth:../../etc"), QString() });
        QTest::newRow("ChangeConnections with one bad plug among good ones")
            << QStringLiteral("ChangeConnections")
            << QVariantList { QVariant::fromValue(withBad),
                   QVariant::fromValue(dbus::DisconnectList()) }
            << invalid;
        dbus::ConnectList withUnknown = good;
        withUnknown.append({ QStringLiteral("nosuchsnap:camera"), QString() });
        QTest::newRow("ChangeConnections with one unknown plug among good ones")
            << QStringLiteral("ChangeConnections")
            << QVariantList { QVariant::fromValue(withUnknown),
                   QVariant::fromValue(dbus::DisconnectList()) }
            << notFound;
    }
    void badInputGetsNamedErrors()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QFETCH(QString, method);
        QFETCH(QVariantList, arguments);
        QFETCH(QString, error);
        QVERIFY(setConnected(Camera, false));
        const QByteArray stateBefore = readAll(stateFile());
        const pid_t helper = m_bus->helperPid();

        QDBusMessage call = QDBusMessage::createMethodCall(
            dbus::ServiceName, dbus::ObjectPath, dbus::InterfaceName, method);
        call.setArguments(arguments);
        const QDBusMessage reply = m_bus->connection().call(call, QDBus::Block, 120000);
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QVERIFY2(reply.errorName() == error,
            qPrintable(reply.errorName() + QLatin1String(": ") + reply.errorMessage()));
        QVERIFY2(!reply.errorMessage().isEmpty(), "an error a person can read");
        QVERIFY2(reply.errorMessage().size() < 1000, "the message should not repeat huge input");
        QVERIFY(readAll(stateFile()) == stateBefore);
        const QString up = helperStillUp(helper);
        QVERIFY2(up.isEmpty(), qPrintable(up));
    }

    // Input is checked before polkit is asked: an unprivileged caller with no rule learns
    // that its input is bad, and polkitd is not bothered for it.
    void badInputIsRefusedBeforeAuthorization()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        const BusCall call = callAsUser(QStringLiteral("Connect"),
            { QStringLiteral("'../../etc:camera'"), QStringLiteral("''") });
        QVERIFY2(call.errorName == dbus::ErrorInvalidArgument, qPrintable(call.output));
    }

    void wrongTypesAreRefusedByTheBusLayer_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        const auto dbusSend = [](const QString &method, const QStringList &arguments) {
            return QStringList { QStringLiteral("--system"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.corral.Manager1"),
                QStringLiteral("/org/corral/Manager1"),
                QStringLiteral("org.corral.Manager1.") + method }
            + arguments;
        };
        const QString send = QStringLiteral("dbus-send");
        QTest::newRow("Connect with an int32")
            << send << dbusSend(QStringLiteral("Connect"), { QStringLiteral("int32:42") });
        QTest::newRow("Connect with three strings")
            << send
            << dbusSend(QStringLiteral("Connect"),
                   { QStringLiteral("string:photobooth:camera"), QStringLiteral("string:"),
                       QStringLiteral("string:x") });
        QTest::newRow("GetSnap with a uint32")
            << send << dbusSend(QStringLiteral("GetSnap"), { QStringLiteral("uint32:1") });
        QTest::newRow("Disconnect with a string for forget")
            << send
            << dbusSend(QStringLiteral("Disconnect"),
                   { QStringLiteral("string:photobooth:network"), QStringLiteral("string:"),
                       QStringLiteral("string:true") });
        QTest::newRow("Install with a path instead of a descriptor")
            << send
            << dbusSend(QStringLiteral("Install"), { QStringLiteral("string:/etc/shadow") });
        QTest::newRow("ChangeConnections with arrays of strings")
            << send
            << dbusSend(QStringLiteral("ChangeConnections"),
                   { QStringLiteral("array:string:photobooth:camera"),
                       QStringLiteral("array:string:photobooth:network") });
        QTest::newRow("ResetConnections with a boolean")
            << send
            << dbusSend(QStringLiteral("ResetConnections"), { QStringLiteral("boolean:true") });
        QTest::newRow("ListPlugs with an argument")
            << send << dbusSend(QStringLiteral("ListPlugs"), { QStringLiteral("string:x") });
        QTest::newRow("ListSnaps with an argument")
            << send << dbusSend(QStringLiteral("ListSnaps"), { QStringLiteral("string:x") });
        QTest::newRow("a method the API does not have")
            << send << dbusSend(QStringLiteral("Frobnicate"), {});
        const auto busctl = [](const QStringList &arguments) {
            return QStringList { QStringLiteral("--system"), QStringLiteral("call"),
                QStringLiteral("org.corral.Manager1"), QStringLiteral("/org/corral/Manager1"),
                QStringLiteral("org.corral.Manager1") }
            + arguments;
        };
        QTest::newRow("busctl: GetSnap with an int")
            << QStringLiteral("busctl")
            << busctl({ QStringLiteral("GetSnap"), QStringLiteral("i"), QStringLiteral("42") });
        QTest::newRow("busctl: ChangeConnections with pairs for disconnects")
            << QStringLiteral("busctl")
            << busctl({ QStringLiteral("ChangeConnections"), QStringLiteral("a(ss)a(ss)"),
                   QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("photobooth:network"),
                   QStringLiteral("") });
        QTest::newRow("busctl: Install with options as strings")
            << QStringLiteral("busctl")
            << busctl({ QStringLiteral("Install"), QStringLiteral("sa{ss}"), QStringLiteral("x"),
                   QStringLiteral("1"), QStringLiteral("devmode"), QStringLiteral("yes") });
    }
    void wrongTypesAreRefusedByTheBusLayer()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const QByteArray stateBefore = readAll(stateFile());
        const pid_t helper = m_bus->helperPid();
        const BusCall call = parseCall(runAsUser(program, arguments));
        QVERIFY2(!call.ok, qPrintable(call.output));
        if (program == QLatin1String("dbus-send")) {
            // QtDBus answers a call whose signature matches no method.
            QVERIFY2(call.errorName == QLatin1String("org.freedesktop.DBus.Error.UnknownMethod")
                    || call.errorName == QLatin1String("org.freedesktop.DBus.Error.InvalidArgs"),
                qPrintable(call.output));
        } else {
            // busctl prints only the message.
            QVERIFY2(call.output.contains(QLatin1String("No such method"))
                    || call.output.contains(QLatin1String("signature")),
                qPrintable(call.output));
        }
        QVERIFY(readAll(stateFile()) == stateBefore);
        const QString up = helperStillUp(helper);
        QVERIFY2(up.isEmpty(), qPrintable(up));
    }

    void installRefusesWhatIsNotASnap_data()
    {
        // What is not a readable regular file is refused before authorization; what is one
        // but no snap is refused by the install itself. Both are bad input.
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("error");
        const QString invalid = dbus::ErrorInvalidArgument;
        QTest::newRow("a directory") << QStringLiteral("directory") << invalid;
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << invalid;
        QTest::newRow("a snap opened for writing only") << QStringLiteral("write-only") << invalid;
        QTest::newRow("the read end of an empty pipe closed by its writer")
            << QStringLiteral("pipe") << invalid;
        QTest::newRow("an empty file") << QStringLiteral("empty") << invalid;
        QTest::newRow("a text file") << QStringLiteral("text") << invalid;
        QTest::newRow("the first half of a snap") << QStringLiteral("truncated") << invalid;
    }
    void installRefusesWhatIsNotASnap()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QFETCH(QString, what);
        QFETCH(QString, error);
        QVERIFY(removeIfInstalled(QStringLiteral("hello")));
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        int fd = -1;
        int pipeFds[2] = { -1, -1 };
        const auto writeFile = [&](const QString &name, const QByteArray &data) {
            QFile file(scratch.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(data);
            return scratch.filePath(name);
        };
        if (what == QLatin1String("directory")) {
            fd = ::open(QFile::encodeName(scratch.path()).constData(), O_RDONLY | O_DIRECTORY);
        } else if (what == QLatin1String("/dev/null")) {
            fd = ::open("/dev/null", O_RDONLY);
        } else if (what == QLatin1String("empty")) {
            fd = ::open(QFile::encodeName(writeFile(QStringLiteral("empty.snap"), {})).constData(),
                O_RDONLY);
        } else if (what == QLatin1String("text")) {
            fd = ::open(QFile::encodeName(
                            writeFile(QStringLiteral("text.snap"), "name: hello\nversion: 1\n"))
                            .constData(),
                O_RDONLY);
        } else if (what == QLatin1String("truncated")) {
            fd = ::open(QFile::encodeName(writeFile(QStringLiteral("truncated.snap"),
                                              halfAnImage(readAll(example("hello")))))
                            .constData(),
                O_RDONLY);
        } else if (what == QLatin1String("write-only")) {
            QVERIFY(QFile::copy(example("hello"), scratch.filePath(QStringLiteral("hello.snap"))));
            fd = ::open(
                QFile::encodeName(scratch.filePath(QStringLiteral("hello.snap"))).constData(),
                O_WRONLY);
        } else if (what == QLatin1String("pipe")) {
            QCOMPARE(::pipe(pipeFds), 0);
            ::close(pipeFds[1]);
            fd = pipeFds[0];
        }
        QVERIFY(fd >= 0);
        const QByteArray stateBefore = readAll(stateFile());
        const QStringList mountsBefore = m_root->mounts();
        const pid_t helper = m_bus->helperPid();

        QDBusPendingReply<QString, QString, QStringList> reply
            = m_manager->Install(QDBusUnixFileDescriptor(fd), {});
        ::close(fd);
        reply.waitForFinished();
        QVERIFY2(reply.isError(), "installed it");
        QVERIFY2(reply.error().name() == error,
            qPrintable(reply.error().name() + QLatin1String(": ") + reply.error().message()));
        QVERIFY(readAll(stateFile()) == stateBefore);
        QCOMPARE(m_root->mounts(), mountsBefore);
        QVERIFY(!installedSnaps().contains(QStringLiteral("hello")));
        const QString up = helperStillUp(helper);
        QVERIFY2(up.isEmpty(), qPrintable(up));
    }

    // An unprivileged caller installs by handing over a descriptor of a file it opened
    // itself, so it installs only what it can read; polkit decides as for any change.
    void unprivilegedInstallByDescriptor_data()
    {
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QString>("error"); // "" installed; "open": the caller could not
        QTest::newRow("without a rule the user cannot install")
            << false << true << QString(dbus::ErrorNotAuthorized);
        QTest::newRow("with a rule allowing manage-snaps the user installs")
            << true << true << QString();
        QTest::newRow("allowed, the user still cannot pass a file it cannot read")
            << true << false << QStringLiteral("open");
    }
    void unprivilegedInstallByDescriptor()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QFETCH(bool, allowed);
        QFETCH(bool, readable);
        QFETCH(QString, error);
        QVERIFY(removeIfInstalled(QStringLiteral("hello")));
        // The caller and the snap in a directory the user may enter, whatever the build
        // directory allows.
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        QFile::setPermissions(scratch.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString caller = scratch.filePath(QStringLiteral("corral-test-install"));
        QVERIFY(QFile::copy(QStringLiteral(CORRAL_TEST_INSTALL), caller));
        QFile::setPermissions(caller,
            QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        const QString snap = scratch.filePath(QStringLiteral("hello.snap"));
        QVERIFY(QFile::copy(example("hello"), snap));
        QFile::setPermissions(snap,
            readable ? QFileDevice::ReadOwner | QFileDevice::ReadOther : QFileDevice::ReadOwner);
        if (allowed) {
            QVERIFY2(m_bus->setRules(HelperFixture::allowRule(QString(dbus::ActionManageSnaps))),
                qPrintable(m_bus->errorString()));
        }
        const QByteArray stateBefore = readAll(stateFile());
        const CommandResult result = runAsUser(caller, { snap });
        const BusCall call = parseCall(result);
        if (error.isEmpty()) {
            QVERIFY2(call.ok, qPrintable(call.output));
            QVERIFY2(call.output.startsWith(QLatin1String("hello\n")), qPrintable(call.output));
            QVERIFY(installedSnaps().contains(QStringLiteral("hello")));
            QVERIFY(removeIfInstalled(QStringLiteral("hello")));
        } else if (error == QLatin1String("open")) {
            QVERIFY2(result.exitCode == 3, qPrintable(call.output));
        } else {
            QVERIFY2(call.errorName == error, qPrintable(call.output));
        }
        if (!error.isEmpty()) {
            QVERIFY(!installedSnaps().contains(QStringLiteral("hello")));
            QVERIFY(readAll(stateFile()) == stateBefore);
        }
    }

    // ListPlugs is what GetSnap says of each installed snap's plugs, in one call.
    void listPlugsMatchesGetSnap()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QString error;
        if (!installedSnaps().contains(QStringLiteral("hello")))
            QVERIFY2(!install("hello", &error).isEmpty(), qPrintable(error));

        QList<QVariantMap> expected;
        for (const QString &name : installedSnaps()) {
            QDBusPendingReply<QVariantMap> snap = m_manager->GetSnap(name);
            snap.waitForFinished();
            QVERIFY2(!snap.isError(), qPrintable(snap.error().message()));
            const QVariantList plugs
                = dbus::demarshalled(snap.value().value(QStringLiteral("plugs"))).toList();
            for (const QVariant &plug : plugs) {
                QVariantMap map = plug.toMap();
                map.insert(QStringLiteral("snap"), name);
                expected << map;
            }
        }
        QDBusPendingReply<dbus::MapList> reply = m_manager->ListPlugs();
        reply.waitForFinished();
        QVERIFY2(!reply.isError(), qPrintable(reply.error().message()));
        QList<QVariantMap> listed;
        QStringList order;
        for (const QVariantMap &plug : reply.value()) {
            listed << dbus::demarshalled(plug).toMap();
            order << plug.value(QStringLiteral("snap")).toString() + QLatin1Char(' ')
                    + plug.value(QStringLiteral("name")).toString();
        }
        const auto describePlugs = [](const QList<QVariantMap> &plugs) {
            QStringList lines;
            for (const QVariantMap &plug : plugs)
                lines << QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(plug))
                                               .toJson(QJsonDocument::Compact));
            return lines.join(QLatin1Char('\n'));
        };
        QVERIFY2(listed == expected,
            qPrintable(QStringLiteral("ListPlugs:\n%1\nGetSnap:\n%2")
                           .arg(describePlugs(listed), describePlugs(expected))));
        QStringList sorted = order;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(order, sorted);

        // Both example snaps with plugs are there, with what their snap.yaml says.
        const auto find = [&](const QString &snap, const QString &name) {
            for (const QVariantMap &plug : std::as_const(listed))
                if (plug.value(QStringLiteral("snap")) == snap
                    && plug.value(QStringLiteral("name")) == name)
                    return plug;
            return QVariantMap();
        };
        const QVariantMap pictures = find(QStringLiteral("photobooth"), QStringLiteral("pictures"));
        QCOMPARE(pictures.value(QStringLiteral("interface")).toString(),
            QStringLiteral("personal-files"));
        QVERIFY(!pictures.value(QStringLiteral("label")).toString().isEmpty());
        QCOMPARE(pictures.value(QStringLiteral("apps")).toStringList(),
            QStringList { QStringLiteral("photobooth") });
        QCOMPARE(pictures.value(QStringLiteral("attributes")).toMap().value(QStringLiteral("read")),
            QVariant(QVariantList { QStringLiteral("$HOME/Pictures") }));
        QCOMPARE(find(QStringLiteral("hello"), QStringLiteral("network"))
                     .value(QStringLiteral("interface"))
                     .toString(),
            QStringLiteral("network"));
        QVERIFY(removeIfInstalled(QStringLiteral("hello")));
    }

    // "Reset to defaults" through the helper, by a person allowed to manage interfaces:
    // what they connected goes, what they took away comes back, as at install.
    void resetConnectionsRestoresTheConnectionsOfTheInstall()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QVERIFY(m_photoboothAtInstall.value(Network + QLatin1String(" system:network")).automatic);
        QVERIFY(!isConnected(m_photoboothAtInstall, Camera));
        // From whatever earlier tests left to the install's connections.
        QDBusPendingReply<> first = m_manager->ResetConnections(QStringLiteral("photobooth"));
        first.waitForFinished();
        QVERIFY2(!first.isError(), qPrintable(first.error().message()));
        QString error;
        StoredConnections now = connectionsOfPlugsOf(QStringLiteral("photobooth"), &error);
        QVERIFY2(now == m_photoboothAtInstall,
            qPrintable(describe(now) + QLatin1String(" / ") + describe(m_photoboothAtInstall)));

        // A person's changes: the automatic network connection taken away, the camera
        // connected.
        QVERIFY(setConnected(Network, false));
        QVERIFY(setConnected(Camera, true));
        now = connectionsOfPlugsOf(QStringLiteral("photobooth"), &error);
        QVERIFY(now.value(Network + QLatin1String(" system:network")).undesired);
        QVERIFY(!now.value(Camera + QLatin1String(" system:camera")).automatic);

        Manager1Proxy listener(dbus::ServiceName, dbus::ObjectPath, m_bus->newConnection());
        QSignalSpy connectionsChanged(&listener, &Manager1Proxy::ConnectionsChanged);
        QVERIFY(listener.connection().interface()->isServiceRegistered(dbus::ServiceName).value());
        QTest::qWait(500); // the setup's own signals
        connectionsChanged.clear();
        QVERIFY2(m_bus->setRules(HelperFixture::allowRule(QString(dbus::ActionManageInterfaces))),
            qPrintable(m_bus->errorString()));
        const BusCall reset
            = callAsUser(QStringLiteral("ResetConnections"), { QStringLiteral("'photobooth'") });
        QVERIFY2(reset.ok, qPrintable(reset.output));

        now = connectionsOfPlugsOf(QStringLiteral("photobooth"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(now == m_photoboothAtInstall,
            qPrintable(describe(now) + QLatin1String(" / ") + describe(m_photoboothAtInstall)));
        QTRY_VERIFY_WITH_TIMEOUT(!connectionsChanged.isEmpty(), 20000);
        QCOMPARE(connectionsChanged.constFirst().constFirst().toStringList(),
            (QStringList { QStringLiteral("photobooth"), QStringLiteral("system") }));
        const QString problem = inconsistency();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Nothing left to reset: it succeeds, and neither the state nor a signal says
        // otherwise.
        connectionsChanged.clear();
        const QByteArray stateBefore = readAll(stateFile());
        const BusCall again
            = callAsUser(QStringLiteral("ResetConnections"), { QStringLiteral("'photobooth'") });
        QVERIFY2(again.ok, qPrintable(again.output));
        QVERIFY(readAll(stateFile()) == stateBefore);
        QTest::qWait(500);
        QCOMPARE(connectionsChanged.size(), 0);
    }

    // A change made without the helper (`corral --direct`, for recovery) is announced as
    // well, so that open windows do not go stale.
    void changesMadeWithoutTheHelperAreAnnounced()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QVERIFY(setConnected(Camera, false));
        Manager1Proxy listener(dbus::ServiceName, dbus::ObjectPath, m_bus->newConnection());
        QSignalSpy connectionsChanged(&listener, &Manager1Proxy::ConnectionsChanged);
        QVERIFY(listener.connection().interface()->isServiceRegistered(dbus::ServiceName).value());
        // Let the helper's own change settle (its events are not announced twice).
        QTest::qWait(500);
        connectionsChanged.clear();

        QProcess direct;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CORRAL_ROOT"), m_root->path());
        direct.setProcessEnvironment(environment);
        direct.start(QStringLiteral(CORRAL_CLI),
            { QStringLiteral("connect"), QStringLiteral("--direct"), Camera });
        QVERIFY(direct.waitForFinished(60000));
        QVERIFY2(direct.exitCode() == 0, direct.readAllStandardError().constData());

        QTRY_VERIFY_WITH_TIMEOUT(!connectionsChanged.isEmpty(), 20000);
        QVERIFY(connectionsChanged.constFirst().constFirst().toStringList().contains(
            QStringLiteral("photobooth")));
        // And the helper answers from the new state.
        QDBusPendingReply<dbus::MapList> connections = m_manager->ListConnections();
        connections.waitForFinished();
        bool connected = false;
        for (const QVariantMap &connection : connections.value())
            connected |= connection.value(QStringLiteral("plug")).toString() == Camera
                && connection.value(QStringLiteral("connected")).toBool();
        QVERIFY(connected);
        QTest::qWait(500);
        QCOMPARE(connectionsChanged.size(), 1);
    }

    void signalsReachOtherClients()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        QVERIFY(removeIfInstalled(QStringLiteral("hello")));
        QVERIFY(setConnected(Camera, false));
        QDBusConnection second = m_bus->newConnection();
        QVERIFY(second.isConnected());
        Manager1Proxy listener(dbus::ServiceName, dbus::ObjectPath, second);
        QSignalSpy connectionsChanged(&listener, &Manager1Proxy::ConnectionsChanged);
        QSignalSpy snapsChanged(&listener, &Manager1Proxy::SnapsChanged);
        // An unprivileged listener too: gdbus monitor, line-buffered. It has subscribed
        // once it reports the name's owner (its match rule went first on its connection).
        QProcess *monitor = m_bus->startAsUser(QStringLiteral("stdbuf"),
            { QStringLiteral("-oL"), QStringLiteral("gdbus"), QStringLiteral("monitor"),
                QStringLiteral("--system"), QStringLiteral("--dest"), dbus::ServiceName });
        QVERIFY(monitor);
        QByteArray monitored;
        QTRY_VERIFY_WITH_TIMEOUT(
            (monitored += monitor->readAllStandardOutput()).contains("is owned by"), 20000);
        // The listener's match rule is in place once a call on its connection returns.
        QVERIFY(second.interface()->isServiceRegistered(dbus::ServiceName).value());

        QVERIFY(setConnected(Camera, true));
        QTRY_VERIFY_WITH_TIMEOUT(!connectionsChanged.isEmpty(), 20000);
        QVERIFY2(connectionsChanged.constFirst().constFirst().toStringList().contains(
                     QStringLiteral("photobooth")),
            qPrintable(connectionsChanged.constFirst().constFirst().toStringList().join(
                QLatin1Char(' '))));
        QTRY_VERIFY_WITH_TIMEOUT(
            (monitored += monitor->readAllStandardOutput()).contains("ConnectionsChanged"), 20000);

        // A change made by the unprivileged user reaches root's listener as well.
        connectionsChanged.clear();
        QVERIFY2(m_bus->setRules(HelperFixture::allowRule(QString(dbus::ActionManageInterfaces))),
            qPrintable(m_bus->errorString()));
        const BusCall disconnect = callAsUser(QStringLiteral("Disconnect"),
            { gvariantString(Camera), QStringLiteral("''"), QStringLiteral("false") });
        QVERIFY2(disconnect.ok, qPrintable(disconnect.output));
        QTRY_VERIFY_WITH_TIMEOUT(!connectionsChanged.isEmpty(), 20000);

        QString error;
        QCOMPARE(install("hello", &error), QStringLiteral("hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!snapsChanged.isEmpty(), 20000);
        QVERIFY(
            snapsChanged.constLast().constFirst().toStringList().contains(QStringLiteral("hello")));
        snapsChanged.clear();
        QDBusPendingReply<> remove = m_manager->Remove(QStringLiteral("hello"));
        remove.waitForFinished();
        QVERIFY2(!remove.isError(), qPrintable(remove.error().message()));
        QTRY_VERIFY_WITH_TIMEOUT(!snapsChanged.isEmpty(), 20000);
        QVERIFY(
            snapsChanged.constLast().constFirst().toStringList().contains(QStringLiteral("hello")));
        QTRY_VERIFY_WITH_TIMEOUT(
            (monitored += monitor->readAllStandardOutput()).contains("SnapsChanged"), 20000);
    }

    // With the project's activation file on the bus, the first call starts the helper, it
    // leaves after its idle timeout, and the next call starts it again.
    void activatedByACallAndLeavesWhenIdle()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        m_bus->stopHelper();
        QVERIFY(m_bus->waitForOwner(dbus::ServiceName, 20000, false));
        // The generated file, but starting the helper of this build with a short timeout.
        QByteArray service
            = readAll(QStringLiteral(CORRAL_HELPER_BUILD_DIR "/org.corral.Manager1.service"));
        QVERIFY(!service.isEmpty());
        static const QRegularExpression exec(
            QStringLiteral("^Exec=.*$"), QRegularExpression::MultilineOption);
        QString text = QString::fromUtf8(service);
        QVERIFY(text.contains(exec));
        text.replace(exec, QStringLiteral("Exec=" CORRAL_HELPER " --idle-timeout 1"));
        const QString serviceFile
            = m_services->filePath(QStringLiteral("org.corral.Manager1.service"));
        QFile file(serviceFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        const auto activatable = [&] {
            const QDBusReply<QStringList> names
                = m_bus->connection().interface()->call(QStringLiteral("ListActivatableNames"));
            return names.isValid() && names.value().contains(dbus::ServiceName);
        };
        // dbus-daemon notices new activation files by inotify.
        QTRY_VERIFY_WITH_TIMEOUT(activatable(), 20000);

        QList<uint> pids;
        for (int round = 0; round < 2; ++round) {
            // A read by the unprivileged user starts the helper.
            const BusCall call = callAsUser(QStringLiteral("ListSnaps"));
            QVERIFY2(call.ok, qPrintable(call.output));
            QVERIFY2(call.output.contains(QLatin1String("photobooth")), qPrintable(call.output));
            const QDBusReply<uint> pid
                = m_bus->connection().interface()->servicePid(dbus::ServiceName);
            if (pid.isValid())
                pids << pid.value();
            // Quiet for a second, it gives up its name and exits.
            QTRY_VERIFY_WITH_TIMEOUT(!m_bus->hasOwner(dbus::ServiceName), 20000);
            if (pid.isValid())
                QTRY_VERIFY_WITH_TIMEOUT(
                    !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid.value())), 20000);
        }
        QFile::remove(serviceFile);
        QTRY_VERIFY_WITH_TIMEOUT(!activatable(), 20000);
        QCOMPARE(pids.size(), 2);
        QVERIFY(pids.at(0) != pids.at(1));
    }

    // Killed with SIGKILL at random moments during 200 connects and disconnects, the
    // helper comes back with state.json readable, every acknowledged change kept, the
    // connections it lists those of the state, and the profiles on disk exactly what the
    // state gives.
    void survivesSigkillDuringChanges()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        const QStringList plugs { Camera, Network, RemovableMedia, Pictures, AudioPlayback };
        QMap<QString, bool> expected;
        for (const QString &plug : plugs)
            expected.insert(plug, isConnected(storedConnections(), plug));

        // How long one change takes, so the kills land inside changes.
        QElapsedTimer timer;
        QList<qint64> durations;
        for (int i = 0; i < 6; ++i) {
            const QString &plug = plugs.at(i % plugs.size());
            timer.start();
            QVERIFY(setConnected(plug, !expected.value(plug)));
            durations << timer.nsecsElapsed() / 1000;
            expected[plug] = !expected.value(plug);
        }
        // Changes get quicker as the helper has seen more profile texts: the delays follow
        // the recent ones.
        const auto recentMedianUs = [&durations] {
            QList<qint64> recent = durations.mid(std::max<qsizetype>(0, durations.size() - 15));
            std::sort(recent.begin(), recent.end());
            return std::max<qint64>(recent.at(recent.size() / 2), 1000);
        };
        const qint64 medianUs = recentMedianUs();

        // CORRAL_TEST_SEED=N repeats a run's choices (not its timing).
        const quint32 seed = qEnvironmentVariableIsSet("CORRAL_TEST_SEED")
            ? quint32(qEnvironmentVariableIntValue("CORRAL_TEST_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("seed %u, a change takes %lld us", seed, medianUs);
        QRandomGenerator random(seed);
        int kills = 0;
        int inFlight = 0; // kills before the change's reply came
        int interruptedChanges = 0; // kills that left the change-in-progress marker
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < 200; ++i) {
            const QString &plug = plugs.at(random.bounded(int(plugs.size())));
            const bool connecting = !expected.value(plug);
            timer.start();
            QDBusPendingCall call = connecting
                ? QDBusPendingCall(m_manager->Connect(plug, QString()))
                : QDBusPendingCall(m_manager->Disconnect(plug, QString(), false));
            const bool kill = random.bounded(5) == 0;
            bool interrupted = false;
            if (kill) {
                ::usleep(useconds_t(random.bounded(int(recentMedianUs() * 3 / 2))));
                QVERIFY(m_bus->killHelper());
                ++kills;
                inFlight += call.isFinished() ? 0 : 1;
                interrupted = QFileInfo::exists(corral::dirs::pendingChangeFile());
                interruptedChanges += interrupted ? 1 : 0;
            }
            call.waitForFinished();
            if (!kill)
                durations << timer.nsecsElapsed() / 1000;
            if (!call.isError()) {
                expected[plug] = connecting;
            } else {
                // Only a killed helper may fail a change, and then with no reply.
                QVERIFY2(kill,
                    qPrintable(QStringLiteral("%1 %2: %3")
                                   .arg(connecting ? QLatin1String("connect")
                                                   : QLatin1String("disconnect"),
                                       plug, call.error().message())));
            }
            if (!kill)
                continue;
            QVERIFY2(m_bus->startHelper(m_root->path(), dbus::ServiceName),
                qPrintable(m_bus->errorString()));
            // The helper repairs an interrupted change before it takes its name.
            QVERIFY(!QFileInfo::exists(corral::dirs::pendingChangeFile()));
            const QString problem = inconsistency();
            QVERIFY2(problem.isEmpty(),
                qPrintable(QStringLiteral("after kill %1 (change %2, %3): %4")
                               .arg(kills)
                               .arg(i)
                               .arg(interrupted ? QLatin1String("interrupted")
                                                : QLatin1String("not interrupted"))
                               .arg(problem)));
            // An acknowledged change is kept; an unacknowledged one may have happened or
            // not, as a whole; either way no other plug changed.
            const StoredConnections stored = storedConnections();
            for (const QString &other : plugs) {
                if (other == plug && call.isError())
                    continue;
                QVERIFY2(isConnected(stored, other) == expected.value(other),
                    qPrintable(QStringLiteral("%1 after kill %2: %3")
                                   .arg(other)
                                   .arg(kills)
                                   .arg(describe(stored))));
            }
            expected[plug] = isConnected(stored, plug);
        }
        qInfo("200 changes with %d SIGKILLs (%d before the reply, %d while profiles and state "
              "were being written) and restarts took %lld ms",
            kills, inFlight, interruptedChanges, total.elapsed());
        QVERIFY(kills > 0);
        // Kills must land inside changes, or this tests nothing.
        QVERIFY2(inFlight > 0, "no SIGKILL landed before a change's reply");
        const QString problem = inconsistency();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const StoredConnections stored = storedConnections();
        for (const QString &plug : plugs)
            QCOMPARE(isConnected(stored, plug), expected.value(plug));
    }

    // Four clients change connections at once, 250 changes each, several in flight per
    // client: every change is answered, none fails, each client's changes apply in the
    // order it sent them, the final state is what the last replies said, and reads are
    // answered while changes wait.
    void fourClientsAtOnce()
    {
        QVERIFY2(helperUp(), qPrintable(m_helperError));
        constexpr int Clients = 4;
        constexpr int ChangesEach = 250;
        constexpr int InFlight = 8; // per client; the system bus allows 128 pending replies
        const QStringList plugs { Camera, RemovableMedia, Pictures, Network };
        // Clients 0 and 2 start by connecting, 1 and 3 by disconnecting, so two plugs end
        // connected and two not.
        for (int client = 0; client < Clients; ++client)
            QVERIFY(setConnected(plugs.at(client), client % 2 == 1));

        struct Client
        {
            std::unique_ptr<Manager1Proxy> proxy;
            int sent = 0;
            int answered = 0;
            QStringList errors;
            bool lastAnsweredConnect = false;
            int lastAnsweredIndex = -1;
        };
        std::vector<Client> clients(Clients);
        int outstanding = 0;
        std::function<void(int)> sendNext;
        sendNext = [&](int index) {
            Client &client = clients[size_t(index)];
            const int change = client.sent++;
            const bool connecting = (change % 2 == 0) == (index % 2 == 0);
            const QString &plug = plugs.at(index);
            QDBusPendingCall call = connecting
                ? QDBusPendingCall(client.proxy->Connect(plug, QString()))
                : QDBusPendingCall(client.proxy->Disconnect(plug, QString(), false));
            ++outstanding;
            auto *watcher = new QDBusPendingCallWatcher(call, this);
            connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [&, index, change, connecting, watcher] {
                    watcher->deleteLater();
                    --outstanding;
                    Client &self = clients[size_t(index)];
                    ++self.answered;
                    if (watcher->isError()) {
                        self.errors << QStringLiteral("change %1: %2")
                                           .arg(change)
                                           .arg(watcher->error().message());
                    }
                    if (change > self.lastAnsweredIndex) {
                        self.lastAnsweredIndex = change;
                        self.lastAnsweredConnect = connecting;
                    }
                    if (self.sent < ChangesEach)
                        sendNext(index);
                });
        };
        for (int index = 0; index < Clients; ++index) {
            clients[size_t(index)].proxy = std::make_unique<Manager1Proxy>(
                dbus::ServiceName, dbus::ObjectPath, m_bus->newConnection());
            clients[size_t(index)].proxy->setTimeout(600000);
        }

        // A reader on a connection of its own: each read notes the changes then waiting,
        // and whether one of them was still waiting when the read was answered.
        Manager1Proxy reader(dbus::ServiceName, dbus::ObjectPath, m_bus->newConnection());
        int reads = 0;
        int readsOvertaking = 0;
        int readErrors = 0;
        QTimer readTimer;
        readTimer.setInterval(50);
        connect(&readTimer, &QTimer::timeout, this, [&] {
            if (outstanding < Clients * InFlight / 2)
                return;
            int answeredBefore = 0;
            for (const Client &client : clients)
                answeredBefore += client.answered;
            const int sentBefore = answeredBefore + outstanding;
            auto *watcher = new QDBusPendingCallWatcher(reader.ListSnaps(), this);
            connect(watcher, &QDBusPendingCallWatcher::finished, this, [&, sentBefore, watcher] {
                watcher->deleteLater();
                ++reads;
                if (watcher->isError())
                    ++readErrors;
                int answeredNow = 0;
                for (const Client &client : clients)
                    answeredNow += client.answered;
                if (answeredNow < sentBefore)
                    ++readsOvertaking;
            });
        });

        QElapsedTimer timer;
        timer.start();
        for (int index = 0; index < Clients; ++index) {
            for (int i = 0; i < InFlight; ++i)
                sendNext(index);
        }
        readTimer.start();
        const auto allAnswered = [&] {
            return std::all_of(clients.cbegin(), clients.cend(),
                [](const Client &client) { return client.answered == ChangesEach; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(), 600000);
        const qint64 elapsed = timer.elapsed();
        readTimer.stop();
        QTRY_VERIFY_WITH_TIMEOUT(outstanding == 0, 20000);
        qInfo("%d changes from %d clients took %lld ms (%.1f ms each); %d reads during them, %d "
              "answered before earlier changes",
            Clients * ChangesEach, Clients, elapsed, double(elapsed) / (Clients * ChangesEach),
            reads, readsOvertaking);

        for (int index = 0; index < Clients; ++index) {
            const Client &client = clients[size_t(index)];
            QVERIFY2(client.errors.isEmpty(),
                qPrintable(client.errors.mid(0, 5).join(QLatin1Char('\n'))));
            QCOMPARE(client.answered, ChangesEach);
            QCOMPARE(client.lastAnsweredIndex, ChangesEach - 1);
        }
        const StoredConnections stored = storedConnections();
        for (int index = 0; index < Clients; ++index) {
            QVERIFY2(
                isConnected(stored, plugs.at(index)) == clients[size_t(index)].lastAnsweredConnect,
                qPrintable(plugs.at(index) + QLatin1String(": ") + describe(stored)));
            QCOMPARE(isConnected(stored, plugs.at(index)), index % 2 == 1);
        }
        const QString problem = inconsistency();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(readErrors, 0);
        QVERIFY2(readsOvertaking > 0, "reads should be answered while changes wait");
    }
};

QTEST_GUILESS_MAIN(TestHelper)
#include "tst_helper.moc"

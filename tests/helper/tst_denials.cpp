// The helper's denials, for real: the probe snaps run through the setuid launcher in a
// root it accepts, do what their sandbox forbids, and the kernel's own audit records (the
// seccomp filter's log flag, Landlock's audit records) reach the helper, which attributes,
// explains, counts and serves them to whoever may read them. Root only. AppArmor is not
// enabled in this kernel, so no AppArmor record is produced here; the parser's tests
// cover their format.
#include "tests/common/helperfixture.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace corral::test;

namespace {

const QString Service = QStringLiteral("org.corral.Manager1");
const QString Path = QStringLiteral("/org/corral/Manager1");

QDBusMessage listDenials(QDBusConnection bus, const QString &snap, bool allUsers = false)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("ListDenials"));
    call << snap << allUsers;
    return bus.call(call, QDBus::Block, 60000);
}

QList<QVariantMap> denialsOf(const QDBusMessage &reply)
{
    QList<QVariantMap> list;
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
        reply.arguments().constFirst().value<QDBusArgument>() >> list;
    return list;
}

// The first denial of `snap` whose object is `object`, waiting a little for the kernel's
// record to travel.
QVariantMap findDenial(QDBusConnection bus, const QString &snap, const QString &object)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        for (const QVariantMap &denial : denialsOf(listDenials(bus, snap))) {
            if (denial.value(QStringLiteral("object")).toString() == object)
                return denial;
        }
        QTest::qWait(100);
    }
    return {};
}

// A character device node for the test's lifetime, removed even when the test fails.
class DeviceNode
{
public:
    DeviceNode(const QString &path, dev_t device)
        : m_path(path)
    {
        m_made = ::mknod(path.toUtf8().constData(), S_IFCHR | 0666, device) == 0;
        ::chmod(path.toUtf8().constData(), 0666);
    }
    ~DeviceNode()
    {
        if (m_made)
            QFile::remove(m_path);
    }
    bool made() const { return m_made; }

private:
    QString m_path;
    bool m_made = false;
};

// A /dev/videoN that does not exist yet: the test's camera-like node.
QString freeVideoNode()
{
    for (int n = 63; n > 40; --n) {
        const QString path = QStringLiteral("/dev/video%1").arg(n);
        if (!QFile::exists(path))
            return path;
    }
    return QString();
}

} // namespace

class TestDenials : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HelperFixture> m_fixture;
    std::unique_ptr<TestUser> m_user;

    QDBusConnection root() { return m_fixture->bus().connection(); }
    LaunchResult run(const QString &app, const QStringList &arguments)
    {
        // Lingering a second after the deed lets the helper ask the process which app it
        // is while it still runs.
        return m_fixture->runApp(app,
            QStringList { QStringLiteral("--linger"), QStringLiteral("1") } + arguments,
            m_user.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("runs the setuid launcher and the helper: root only");
        m_fixture = std::make_unique<HelperFixture>();
        QVERIFY2(m_fixture->start({ QStringLiteral("busybox-base"), QStringLiteral("probe") },
                     { .launchable = true, .devmode = { QStringLiteral("probe-dev") } }),
            qPrintable(m_fixture->errorString()));
        // The kernel's log still holds the denials of probe snaps of earlier tests (the same
        // snap name, the same /snap/probe/x1 executable): they are older than this install
        // and say nothing about it.
        QCOMPARE(denialsOf(listDenials(root(), QStringLiteral("probe"))).size(), 0);
        m_user = std::make_unique<TestUser>();
        QVERIFY(m_user->isValid());
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        m_user.reset();
    }

    void refusedSystemCallInStrictMode()
    {
        const LaunchResult result
            = run(QStringLiteral("probe.probe"), { QStringLiteral("keyctl") });
        QCOMPARE(result.verdict(), QStringLiteral("EPERM"));
        const QVariantMap denial
            = findDenial(root(), QStringLiteral("probe"), QStringLiteral("keyctl"));
        QVERIFY2(!denial.isEmpty(), qPrintable(m_fixture->bus().helperLog()));
        QCOMPARE(denial.value(QStringLiteral("source")).toString(), QStringLiteral("seccomp"));
        QCOMPARE(denial.value(QStringLiteral("kind")).toString(), QStringLiteral("syscall"));
        QCOMPARE(
            denial.value(QStringLiteral("tag")).toString(), QStringLiteral("snap.probe.probe"));
        QCOMPARE(denial.value(QStringLiteral("snap")).toString(), QStringLiteral("probe"));
        QCOMPARE(denial.value(QStringLiteral("app")).toString(), QStringLiteral("probe"));
        QCOMPARE(denial.value(QStringLiteral("arch")).toString(), QStringLiteral("x86_64"));
        QCOMPARE(denial.value(QStringLiteral("syscall")).toInt(), 250);
        QCOMPARE(denial.value(QStringLiteral("enforced")).toBool(), true);
        QCOMPARE(denial.value(QStringLiteral("uid")).toLongLong(), qint64(m_user->uid()));
        QCOMPARE(denial.value(QStringLiteral("pid")).toLongLong(), result.pid);
        // No interface grants keyctl: there is nothing to suggest.
        QCOMPARE(denial.value(QStringLiteral("suggestions")).toStringList(), QStringList());
    }

    void loggedSystemCallInDevmode()
    {
        const LaunchResult result
            = run(QStringLiteral("probe-dev.probe"), { QStringLiteral("keyctl") });
        QVERIFY2(
            result.verdict().startsWith(QLatin1String("ok")), qPrintable(result.out + result.err));
        const QVariantMap denial
            = findDenial(root(), QStringLiteral("probe-dev"), QStringLiteral("keyctl"));
        QVERIFY2(!denial.isEmpty(), qPrintable(m_fixture->bus().helperLog()));
        QCOMPARE(
            denial.value(QStringLiteral("tag")).toString(), QStringLiteral("snap.probe-dev.probe"));
        QCOMPARE(denial.value(QStringLiteral("enforced")).toBool(), false);
    }

    void fileOutsideTheRules()
    {
        QVERIFY(m_user->writeFile(QStringLiteral(".ssh/id_rsa"), "secret\n", 0600));
        const QString path = m_user->home() + QLatin1String("/.ssh/id_rsa");
        const LaunchResult result
            = run(QStringLiteral("probe.probe"), { QStringLiteral("read"), path });
        QCOMPARE(result.verdict(), QStringLiteral("EACCES"));
        const QVariantMap denial = findDenial(root(), QStringLiteral("probe"), path);
        QVERIFY2(!denial.isEmpty(), qPrintable(m_fixture->bus().helperLog()));
        QCOMPARE(denial.value(QStringLiteral("source")).toString(), QStringLiteral("landlock"));
        QCOMPARE(denial.value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
        QCOMPARE(denial.value(QStringLiteral("app")).toString(), QStringLiteral("probe"));
        QVERIFY(denial.value(QStringLiteral("denied"))
                    .toString()
                    .contains(QLatin1String("fs.read_file")));
        const QStringList suggestions = denial.value(QStringLiteral("suggestions")).toStringList();
        QVERIFY2(
            suggestions.contains(QLatin1String("ssh-keys")), qPrintable(suggestions.join(u',')));
        QVERIFY(!suggestions.contains(QLatin1String("home"))); // home keeps hidden files out
        // The probe snap has no ssh-keys plug to connect.
        const QStringList plugs = denial.value(QStringLiteral("plugs")).toStringList();
        QCOMPARE(plugs.size(), suggestions.size());
        QCOMPARE(plugs.value(int(suggestions.indexOf(QLatin1String("ssh-keys")))), QString());
    }

    void cameraLikeDeviceNode()
    {
        // A node named like a camera but with the numbers of /dev/null, which the device
        // cgroup lets through, so that the file layer (Landlock) decides and records it.
        const QString node = freeVideoNode();
        QVERIFY(!node.isEmpty());
        DeviceNode guard(node, makedev(1, 3));
        QVERIFY(guard.made());
        const LaunchResult result
            = run(QStringLiteral("probe.probe"), { QStringLiteral("open-dev"), node });
        QCOMPARE(result.verdict(), QStringLiteral("EACCES"));
        const QVariantMap denial = findDenial(root(), QStringLiteral("probe"), node);
        QVERIFY2(!denial.isEmpty(), qPrintable(m_fixture->bus().helperLog()));
        QCOMPARE(denial.value(QStringLiteral("kind")).toString(), QStringLiteral("device"));
        QVERIFY(denial.value(QStringLiteral("suggestions"))
                    .toStringList()
                    .contains(QLatin1String("camera")));
    }

    void suggestionWithThePlugToConnect()
    {
        // probe.home plugs home; disconnected, reading a document is refused, and the
        // explanation names the plug that would allow it.
        QDBusMessage disconnect
            = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Disconnect"));
        disconnect << QStringLiteral("probe:home") << QString() << false;
        const QDBusMessage done = root().call(disconnect, QDBus::Block, 60000);
        QVERIFY2(done.type() == QDBusMessage::ReplyMessage, qPrintable(done.errorMessage()));
        QVERIFY(m_user->writeFile(QStringLiteral("Documents/notes.txt"), "notes\n"));
        const QString path = m_user->home() + QLatin1String("/Documents/notes.txt");
        const LaunchResult result
            = run(QStringLiteral("probe.home"), { QStringLiteral("read"), path });
        QCOMPARE(result.verdict(), QStringLiteral("EACCES"));
        const QVariantMap denial = findDenial(root(), QStringLiteral("probe"), path);
        QVERIFY2(!denial.isEmpty(), qPrintable(m_fixture->bus().helperLog()));
        QCOMPARE(denial.value(QStringLiteral("app")).toString(), QStringLiteral("home"));
        const QStringList suggestions = denial.value(QStringLiteral("suggestions")).toStringList();
        const int home = int(suggestions.indexOf(QLatin1String("home")));
        QVERIFY2(home >= 0, qPrintable(suggestions.join(u',')));
        QCOMPARE(denial.value(QStringLiteral("plugs")).toStringList().value(home),
            QStringLiteral("home"));
    }

    void repeatsAreCounted()
    {
        const QVariantMap before
            = findDenial(root(), QStringLiteral("probe"), QStringLiteral("keyctl"));
        QVERIFY(!before.isEmpty());
        const quint32 count = before.value(QStringLiteral("count")).toUInt();
        QCOMPARE(run(QStringLiteral("probe.probe"), { QStringLiteral("keyctl") }).verdict(),
            QStringLiteral("EPERM"));
        QVariantMap after;
        for (int attempt = 0; attempt < 50; ++attempt) {
            after = findDenial(root(), QStringLiteral("probe"), QStringLiteral("keyctl"));
            if (after.value(QStringLiteral("count")).toUInt() > count)
                break;
            QTest::qWait(100);
        }
        QVERIFY2(after.value(QStringLiteral("count")).toUInt() == count + 1,
            qPrintable(m_fixture->bus().helperLog()));
        QCOMPARE(after.value(QStringLiteral("key")), before.value(QStringLiteral("key")));
        QVERIFY(after.value(QStringLiteral("last")).toLongLong()
            >= before.value(QStringLiteral("last")).toLongLong());
        QCOMPARE(after.value(QStringLiteral("first")), before.value(QStringLiteral("first")));
        int keyctl = 0;
        for (const QVariantMap &denial : denialsOf(listDenials(root(), QStringLiteral("probe"))))
            keyctl += denial.value(QStringLiteral("object")).toString() == QLatin1String("keyctl");
        QCOMPARE(keyctl, 1);
    }

    void anotherRootsAppsAreNotOurs()
    {
        // The same snap, revision and executable in another Corral root (another test
        // running at the same time): its denials are not this helper's to show.
        auto keyctlCounts = [this] {
            quint32 counts = 0;
            for (const QVariantMap &denial :
                denialsOf(listDenials(root(), QStringLiteral("probe")))) {
                if (denial.value(QStringLiteral("object")) == QLatin1String("keyctl"))
                    counts += denial.value(QStringLiteral("count")).toUInt();
            }
            return counts;
        };
        const quint32 before = keyctlCounts();
        QVERIFY(before > 0);
        {
            LaunchRoot other;
            QVERIFY2(other.isValid() && other.install(QStringLiteral("busybox-base"))
                    && other.install(QStringLiteral("probe")),
                qPrintable(other.lastError()));
            LaunchOptions options;
            options.user = m_user.get();
            const LaunchResult result = launch(other,
                { QStringLiteral("probe.probe"), QStringLiteral("--linger"), QStringLiteral("2"),
                    QStringLiteral("keyctl") },
                options);
            QCOMPARE(result.verdict(), QStringLiteral("EPERM"));
        }
        QTest::qWait(500);
        QCOMPARE(keyctlCounts(), before);
        // This root's own still count.
        QCOMPARE(run(QStringLiteral("probe.probe"), { QStringLiteral("keyctl") }).verdict(),
            QStringLiteral("EPERM"));
        QTRY_COMPARE_WITH_TIMEOUT(keyctlCounts(), before + 1, 10000);
    }

    void othersSeeOnlyTheirOwn()
    {
        // The bus's unprivileged user ran nothing: it sees none of the test user's denials.
        QDBusConnection user = m_fixture->bus().newUserConnection();
        QVERIFY(user.isConnected());
        const QDBusMessage own = listDenials(user, QString());
        QCOMPARE(own.type(), QDBusMessage::ReplyMessage);
        QCOMPARE(denialsOf(own).size(), 0);
        // Everyone's needs polkit's yes.
        QVERIFY(m_fixture->bus().setRules(HelperFixture::denyRule()));
        const QDBusMessage refused = listDenials(user, QString(), true);
        QCOMPARE(refused.errorName(), QStringLiteral("org.corral.Manager1.Error.NotAuthorized"));
        QVERIFY(m_fixture->bus().setRules(
            HelperFixture::allowRule(QStringLiteral("org.corral.read-denials"))));
        const QList<QVariantMap> all = denialsOf(listDenials(user, QString(), true));
        QVERIFY(m_fixture->bus().clearRules());
        QCOMPARE(all.size(), denialsOf(listDenials(root(), QString())).size());
        QVERIFY(!all.isEmpty());
    }

    void watchersAreTold()
    {
        QDBusConnection watcher = m_fixture->bus().newConnection();
        QDBusMessage watch = QDBusMessage::createMethodCall(
            Service, Path, Service, QStringLiteral("WatchDenials"));
        watch << false;
        QCOMPARE(watcher.call(watch, QDBus::Block, 60000).type(), QDBusMessage::ReplyMessage);
        // The signal is sent to watchers only, so it arrives on this connection.
        QVERIFY(watcher.connect(Service, Path, Service, QStringLiteral("DenialRecorded"), this,
            SLOT(denialRecorded(QVariantMap))));
        m_received.clear();
        QCOMPARE(run(QStringLiteral("probe.probe"), { QStringLiteral("keyctl") }).verdict(),
            QStringLiteral("EPERM"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_received.isEmpty(), 10000);
        QCOMPARE(m_received.constLast().value(QStringLiteral("object")).toString(),
            QStringLiteral("keyctl"));
        QCOMPARE(m_received.constLast().value(QStringLiteral("snap")).toString(),
            QStringLiteral("probe"));
    }

    void commandLine()
    {
        const CommandResult listed = m_fixture->runCli(
            { QStringLiteral("debug"), QStringLiteral("denials"), QStringLiteral("probe") });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral(
                     "probe.probe  blocked: system call keyctl — no permission would allow this")),
            qPrintable(listed.out));
        QVERIFY2(listed.out.contains(QLatin1String("to allow it: corral connect probe:home")),
            qPrintable(listed.out));
        const CommandResult missing = m_fixture->runCli(
            { QStringLiteral("debug"), QStringLiteral("denials"), QStringLiteral("nothere") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("snap \"nothere\" is not installed")),
            qPrintable(missing.err));

        // --json: the helper's maps, for scripts.
        const CommandResult json = m_fixture->runCli({ QStringLiteral("debug"),
            QStringLiteral("denials"), QStringLiteral("probe"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY2(!array.isEmpty(), qPrintable(json.out));
        bool keyctl = false;
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("object")).toString() != QLatin1String("keyctl"))
                continue;
            keyctl = true;
            QCOMPARE(object.value(QStringLiteral("snap")).toString(), QStringLiteral("probe"));
            QCOMPARE(object.value(QStringLiteral("syscall")).toInt(), 250);
            QVERIFY(object.value(QStringLiteral("count")).toInt() >= 1);
        }
        QVERIFY(keyctl);
        QCOMPARE(m_fixture
                     ->runCli({ QStringLiteral("debug"), QStringLiteral("sandbox-features"),
                         QStringLiteral("--json") })
                     .exitCode,
            2);

        // --follow prints what happens from then on.
        QProcess follower;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_fixture->address());
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        follower.setProcessEnvironment(environment);
        follower.start(QStringLiteral(CORRAL_CLI),
            { QStringLiteral("debug"), QStringLiteral("denials"), QStringLiteral("probe"),
                QStringLiteral("--follow") });
        QVERIFY(follower.waitForStarted());
        QByteArray printed;
        // Until it has printed what was there, it is not yet watching.
        QTRY_VERIFY_WITH_TIMEOUT(
            (printed += follower.readAllStandardOutput()).contains("keyctl"), 20000);
        QTest::qWait(500);
        QCOMPARE(run(QStringLiteral("probe.probe"), { QStringLiteral("unshare-user") }).verdict(),
            QStringLiteral("EPERM"));
        QTRY_VERIFY_WITH_TIMEOUT(
            (printed += follower.readAllStandardOutput()).contains("system call unshare"), 20000);
        follower.terminate();
        QVERIFY(follower.waitForFinished(10000));
    }

    void resolvingSystemCalls()
    {
        auto resolve = [this](const QStringList &arguments) {
            return m_fixture->runCli(
                QStringList { QStringLiteral("debug"), QStringLiteral("resolve-syscall") }
                + arguments);
        };
        QCOMPARE(resolve({ QStringLiteral("250") }).out, QStringLiteral("keyctl\n"));
        QCOMPARE(
            resolve({ QStringLiteral("219"), QStringLiteral("--arch"), QStringLiteral("aarch64") })
                .out,
            QStringLiteral("keyctl\n"));
        QCOMPARE(
            resolve({ QStringLiteral("288"), QStringLiteral("--arch"), QStringLiteral("i386") })
                .out,
            QStringLiteral("keyctl\n"));
        const CommandResult unknown = resolve({ QStringLiteral("99999") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QLatin1String("x86_64 has no system call of that number")));
        QCOMPARE(resolve({ QStringLiteral("ten") }).exitCode, 1);
        QCOMPARE(resolve({ QStringLiteral("1"), QStringLiteral("--arch"), QStringLiteral("vax") })
                     .exitCode,
            1);
        QCOMPARE(resolve({}).exitCode, 2);
    }

    void removedSnapsTakeTheirDenials()
    {
        QVERIFY(!denialsOf(listDenials(root(), QStringLiteral("probe-dev"))).isEmpty());
        QDBusMessage remove
            = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Remove"));
        remove << QStringLiteral("probe-dev");
        QCOMPARE(root().call(remove, QDBus::Block, 120000).type(), QDBusMessage::ReplyMessage);
        for (const QVariantMap &denial : denialsOf(listDenials(root(), QString())))
            QVERIFY(denial.value(QStringLiteral("snap")).toString() != QLatin1String("probe-dev"));
        QCOMPARE(listDenials(root(), QStringLiteral("probe-dev")).errorName(),
            QStringLiteral("org.corral.Manager1.Error.NotFound"));
    }

    void aNewHelperReadsTheKernelLogAgain()
    {
        // The kernel's log still holds the records: a helper started afterwards (after an
        // idle exit) lists the denials again. The log is rate-limited (printk_ratelimit:
        // ten records per five seconds), unlike the audit socket, so the denial is made
        // after a pause, alone.
        QTest::qWait(5500);
        QCOMPARE(run(QStringLiteral("probe.probe"), { QStringLiteral("keyctl") }).verdict(),
            QStringLiteral("EPERM"));
        QVERIFY(!findDenial(root(), QStringLiteral("probe"), QStringLiteral("keyctl")).isEmpty());
        QVERIFY(m_fixture->bus().killHelper());
        QVERIFY(m_fixture->bus().startHelper(m_fixture->rootPath(), Service));
        const QVariantMap again
            = findDenial(root(), QStringLiteral("probe"), QStringLiteral("keyctl"));
        QVERIFY2(!again.isEmpty(), qPrintable(m_fixture->bus().helperLog()));
        // The process is gone, so only its executable tells who it was: the probe snap,
        // whose apps all run bin/probe, so not which app.
        QCOMPARE(again.value(QStringLiteral("snap")).toString(), QStringLiteral("probe"));
        QCOMPARE(again.value(QStringLiteral("app")).toString(), QString());
    }

    void badArguments()
    {
        QCOMPARE(listDenials(root(), QStringLiteral("no-such-snap")).errorName(),
            QStringLiteral("org.corral.Manager1.Error.NotFound"));
        QCOMPARE(listDenials(root(), QStringLiteral("Bad Name\n")).errorName(),
            QStringLiteral("org.corral.Manager1.Error.InvalidArgument"));
    }

public Q_SLOTS:
    void denialRecorded(const QVariantMap &denial) { m_received << denial; }

private:
    QList<QVariantMap> m_received;
};

QTEST_GUILESS_MAIN(TestDenials)
#include "tst_denials.moc"

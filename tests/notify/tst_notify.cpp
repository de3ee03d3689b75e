// corral-notify for real: the real helper on a private system bus (HelperFixture) and real
// denials, made by running the probe snaps through the setuid launcher as an unprivileged
// person; corral-notify runs as that person with a session bus of its own, which this test
// starts and stops, and on which the test stands in for the desktop's notification server
// (it records what it is asked to show and clicks like a person). Root only.
#include "client/denials.h"
#include "tests/common/helperfixture.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace corral::test;

namespace {

const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr int NotifyTimeoutMs = 20000;

// A private session bus: dbus-daemon with a socket every user may connect to. Stopped by
// pid when destroyed.
class SessionBus
{
public:
    SessionBus()
    {
        if (!m_dir.isValid())
            return;
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        const QString socket = m_dir.filePath(QStringLiteral("bus"));
        const QString config = m_dir.filePath(QStringLiteral("session.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return;
        // (No raw string here: moc reads this file and stumbles over one.)
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC"
                                  " \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                                  " \"http://www.freedesktop.org/standards/dbus/1.0/"
                                  "busconfig.dtd\">\n"
                                  "<busconfig>\n"
                                  "  <type>session</type>\n"
                                  "  <listen>unix:path=%1</listen>\n"
                                  "  <auth>EXTERNAL</auth>\n"
                                  "  <policy context=\"default\">\n"
                                  "    <allow user=\"*\"/>\n"
                                  "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                  "    <allow eavesdrop=\"true\"/>\n"
                                  "    <allow own=\"*\"/>\n"
                                  "  </policy>\n"
                                  "</busconfig>\n")
                       .arg(socket.toHtmlEscaped())
                       .toUtf8());
        file.close();
        m_process.setProgram(QStringLiteral("dbus-daemon"));
        m_process.setArguments({ QStringLiteral("--config-file=") + config,
            QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
        m_process.start();
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000))
            return;
        m_address = QString::fromUtf8(m_process.readLine().trimmed());
    }
    ~SessionBus()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("tst_notify-session"));
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGTERM);
            if (!m_process.waitForFinished(5000)) {
                ::kill(pid_t(m_process.processId()), SIGKILL);
                m_process.waitForFinished();
            }
        }
    }
    QString address() const { return m_address; }
    QDBusConnection connection() const
    {
        return QDBusConnection::connectToBus(m_address, QStringLiteral("tst_notify-session"));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_address;
};

} // namespace

// What a desktop's notification server offers (the Desktop Notifications Specification),
// recording every notification it is asked to show.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification
    {
        uint id = 0;
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Notification> shown;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(timeout);
        shown << Notification { m_nextId, appName, icon, summary, body, actions, hints };
        return m_nextId++;
    }
    QStringList GetCapabilities() const
    {
        return { QStringLiteral("actions"), QStringLiteral("body") };
    }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
    {
        vendor = QStringLiteral("Corral tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("tst_notify");
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_nextId = 41;
};

class TestNotify : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HelperFixture> m_fixture;
    std::unique_ptr<TestUser> m_user;
    std::unique_ptr<SessionBus> m_session;
    NotificationServer m_server;
    std::unique_ptr<QProcess> m_notify;
    QString m_notifyLog; // what the running corral-notify wrote so far
    int m_stateCount = 0;
    QString m_stateHome; // the person's XDG_STATE_HOME for this test
    QString m_opened; // what the command a click runs writes its arguments to
    QString m_command;

    QString toldFile() const { return m_stateHome + QLatin1String("/corral/notified"); }
    QStringList told() const
    {
        QFile file(toldFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // A directory (or file) of the person's, below their home.
    bool chownToUser(const QString &path) const
    {
        return ::chown(QFile::encodeName(path).constData(), m_user->uid(), m_user->gid()) == 0;
    }

    bool serveNotifications(bool on)
    {
        QDBusConnection bus = m_session->connection();
        if (!on)
            return bus.unregisterService(NotificationsService);
        return bus.registerService(NotificationsService);
    }

    // Starts corral-notify as the person and waits until it watches for denials.
    bool startNotify()
    {
        m_notify = std::make_unique<QProcess>();
        m_notifyLog.clear();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), m_user->home());
        environment.insert(QStringLiteral("USER"), m_user->name());
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_fixture->address());
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_session->address());
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_stateHome);
        environment.insert(QStringLiteral("CORRAL_PERMISSIONS_COMMAND"), m_command);
        m_notify->setProcessEnvironment(environment);
        m_notify->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_notify.get(), &QProcess::readyRead, this,
            [this] { m_notifyLog += QString::fromUtf8(m_notify->readAll()); });
        m_notify->start(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=%1").arg(m_user->uid()),
                QStringLiteral("--regid=%1").arg(m_user->gid()), QStringLiteral("--init-groups"),
                QStringLiteral("--"), QStringLiteral(CORRAL_NOTIFY) });
        if (!m_notify->waitForStarted())
            return false;
        return waitForLog(QStringLiteral("watching for denials"));
    }

    void stopNotify()
    {
        if (!m_notify || m_notify->state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_notify->processId()), SIGTERM);
        if (!m_notify->waitForFinished(5000)) {
            ::kill(pid_t(m_notify->processId()), SIGKILL);
            m_notify->waitForFinished();
        }
    }

    bool waitForLog(const QString &text, int timeoutMs = NotifyTimeoutMs)
    {
        return QTest::qWaitFor([&] { return m_notifyLog.contains(text); }, timeoutMs);
    }

    // Runs `app` as the person doing what its sandbox refuses (keyctl, which no interface
    // allows); lingering lets the helper ask the process which app it is.
    void causeDenial(const QString &app, const QString &expectedVerdict = QStringLiteral("EPERM"))
    {
        const LaunchResult result = m_fixture->runApp(app,
            { QStringLiteral("--linger"), QStringLiteral("1"), QStringLiteral("keyctl") },
            m_user.get());
        QVERIFY2(result.verdict().startsWith(expectedVerdict), qPrintable(result.out + result.err));
    }

    bool waitForShown(qsizetype count)
    {
        return QTest::qWaitFor([&] { return m_server.shown.size() >= count; }, NotifyTimeoutMs);
    }

    // The helper's record of the keyctl denial of `snap`.
    QVariantMap helperDenial(const QString &snap)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.corral.Manager1"),
            QStringLiteral("/org/corral/Manager1"), QStringLiteral("org.corral.Manager1"),
            QStringLiteral("ListDenials"));
        call << snap << false;
        const QDBusMessage reply = m_fixture->bus().connection().call(call);
        QList<QVariantMap> denials;
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            reply.arguments().constFirst().value<QDBusArgument>() >> denials;
        for (const QVariantMap &denial : denials) {
            if (denial.value(QStringLiteral("object")).toString() == QLatin1String("keyctl"))
                return denial;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("runs the setuid launcher and the helper: root only");
        m_fixture = std::make_unique<HelperFixture>();
        QVERIFY2(m_fixture->start({ QStringLiteral("busybox-base"), QStringLiteral("probe"),
                                      QStringLiteral("probe-other") },
                     { .launchable = true, .devmode = { QStringLiteral("probe-dev") } }),
            qPrintable(m_fixture->errorString()));
        m_user = std::make_unique<TestUser>();
        QVERIFY(m_user->isValid());

        m_session = std::make_unique<SessionBus>();
        QVERIFY(!m_session->address().isEmpty());
        QDBusConnection bus = m_session->connection();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(bus.registerObject(NotificationsPath, &m_server,
            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));

        // What a click runs: a script that writes down its arguments, one run a line.
        m_opened = m_user->home() + QLatin1String("/opened");
        m_command = m_user->home() + QLatin1String("/open-corral");
        QVERIFY(m_user->writeFile(QStringLiteral("open-corral"),
            QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$*\" >> %1\n").arg(m_opened).toUtf8(),
            0755));
    }

    void init()
    {
        // A person who was never told anything, unless a test says otherwise.
        m_stateHome = m_user->home() + QStringLiteral("/state-%1").arg(++m_stateCount);
        QVERIFY(QDir().mkpath(m_stateHome));
        QVERIFY(chownToUser(m_stateHome));
        QFile::remove(m_opened);
        m_server.shown.clear();
        QVERIFY(serveNotifications(true));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning("corral-notify said:\n%s", qPrintable(m_notifyLog));
        stopNotify();
    }

    void cleanupTestCase()
    {
        stopNotify();
        m_notify.reset();
        m_session.reset();
        m_fixture.reset();
        m_user.reset();
    }

    // First, while the kernel's log holds no denial of this helper's snaps that a helper
    // started again would read and announce.
    void helperComingBackIsWatchedAgain()
    {
        QVERIFY(startNotify());
        QVERIFY(m_fixture->bus().killHelper());
        QVERIFY(waitForLog(QStringLiteral("trying again")));
        QVERIFY(m_notify->state() == QProcess::Running);
        QVERIFY2(m_fixture->bus().startHelper(
                     m_fixture->rootPath(), QStringLiteral("org.corral.Manager1")),
            qPrintable(m_fixture->bus().errorString()));
        QVERIFY(waitForLog(QStringLiteral("watching for denials again")));
        causeDenial(QStringLiteral("probe.probe"));
        QVERIFY(waitForShown(1));
        QCOMPARE(m_server.shown.first().summary, QStringLiteral("probe was blocked"));
    }

    void firstDenialIsToldOnce()
    {
        QVERIFY(startNotify());
        causeDenial(QStringLiteral("probe.probe"));
        QVERIFY(waitForShown(1));
        const NotificationServer::Notification shown = m_server.shown.first();
        QCOMPARE(shown.appName, QStringLiteral("Corral"));
        QCOMPARE(shown.icon, QStringLiteral("org.corral.Permissions"));
        QCOMPARE(shown.summary, QStringLiteral("probe was blocked")); // the probe has no title
        // The body is the line every Corral client shows for this very denial.
        const QVariantMap denial = helperDenial(QStringLiteral("probe"));
        QVERIFY(!denial.isEmpty());
        QCOMPARE(shown.body,
            corral::client::denialLine(corral::client::DenialEntry::fromMap(denial),
                [](const QString &interface) { return interface; }));
        QVERIFY2(shown.body.contains(QLatin1String("keyctl")), qPrintable(shown.body));
        QCOMPARE(shown.actions,
            (QStringList { QStringLiteral("default"), QStringLiteral("Open Corral") }));
        QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
            QStringLiteral("corral-permissions"));
        QCOMPARE(shown.hints.value(QStringLiteral("urgency")).toInt(), 1);
        // Written once the server answered with the notification's id.
        QTRY_COMPARE_WITH_TIMEOUT(
            told(), QStringList { QStringLiteral("probe.probe") }, NotifyTimeoutMs);

        // The same again: nothing new. Another snap's denial afterwards is told, so the
        // repeat was seen (the helper's signals arrive in order) and passed over.
        causeDenial(QStringLiteral("probe.probe"));
        causeDenial(QStringLiteral("probe-other.probe"));
        QVERIFY(waitForShown(2));
        QTest::qWait(500);
        QCOMPARE(m_server.shown.size(), 2);
        QCOMPARE(m_server.shown.last().summary, QStringLiteral("probe-other was blocked"));
        QTRY_COMPARE_WITH_TIMEOUT(told(),
            (QStringList { QStringLiteral("probe.probe"), QStringLiteral("probe-other.probe") }),
            NotifyTimeoutMs);
        QVERIFY(m_notify->state() == QProcess::Running);
    }

    void toldAppsAreRememberedAcrossRestarts()
    {
        QVERIFY(startNotify());
        causeDenial(QStringLiteral("probe.probe"));
        QVERIFY(waitForShown(1));
        QTRY_VERIFY_WITH_TIMEOUT(told().contains(QStringLiteral("probe.probe")), NotifyTimeoutMs);
        stopNotify();

        QVERIFY(startNotify());
        causeDenial(QStringLiteral("probe.probe"));
        causeDenial(QStringLiteral("probe-other.probe"));
        QVERIFY(waitForShown(2));
        QTest::qWait(500);
        QCOMPARE(m_server.shown.size(), 2);
        QCOMPARE(m_server.shown.last().summary, QStringLiteral("probe-other was blocked"));
    }

    void loggedOnlyDenialsAreNotTold()
    {
        // devmode: the person chose to let the app do it, and it was not stopped.
        QVERIFY(startNotify());
        causeDenial(QStringLiteral("probe-dev.probe"), QStringLiteral("ok"));
        causeDenial(QStringLiteral("probe-other.probe"));
        QVERIFY(waitForShown(1));
        QTest::qWait(500);
        QCOMPARE(m_server.shown.size(), 1);
        QCOMPARE(m_server.shown.first().summary, QStringLiteral("probe-other was blocked"));
        QVERIFY(!told().contains(QStringLiteral("probe-dev.probe")));
    }

    void clickOpensCorralAtTheSnap()
    {
        QVERIFY(startNotify());
        causeDenial(QStringLiteral("probe.probe"));
        QVERIFY(waitForShown(1));
        const uint id = m_server.shown.first().id;
        // Another program's notification, and another action of ours: nothing runs.
        Q_EMIT m_server.ActionInvoked(id + 1000, QStringLiteral("default"));
        Q_EMIT m_server.ActionInvoked(id, QStringLiteral("something-else"));
        Q_EMIT m_server.ActionInvoked(id, QStringLiteral("default"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_opened), NotifyTimeoutMs);
        QTest::qWait(500);
        QFile opened(m_opened);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), QByteArray("probe\n"));
    }

    void withoutANotificationServerItKeepsRunning()
    {
        QVERIFY(serveNotifications(false));
        QVERIFY(startNotify());
        causeDenial(QStringLiteral("probe.probe"));
        QVERIFY(waitForLog(QStringLiteral("cannot show a notification")));
        QVERIFY(m_notify->state() == QProcess::Running);
        QVERIFY(told().isEmpty()); // not told, so it is told once a server listens

        QVERIFY(serveNotifications(true));
        causeDenial(QStringLiteral("probe-other.probe"));
        QVERIFY(waitForShown(1));
        QCOMPARE(m_server.shown.first().summary, QStringLiteral("probe-other was blocked"));
        // Said once, however often it failed.
        QCOMPARE(m_notifyLog.count(QLatin1String("cannot show a notification")), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotify)
#include "tst_notify.moc"

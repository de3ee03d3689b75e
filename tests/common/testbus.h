// A private system bus for one test program, with the real components on it: its own
// dbus-daemon (configured like Debian's system bus), the real polkitd, polkit rules the
// test writes, an unprivileged user to call as, and Corral's helper. Needs root.
//
// Whatever it starts it stops by pid when destroyed (SIGTERM, then SIGKILL), and it removes
// its rules file; the user and the polkit action file, which test programs running at once
// share, the last of them removes or puts back as they were. A failing test leaves nothing
// behind (but /run/corral-test/lock).
#pragma once

#include <QDBusConnection>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>
#include <sys/types.h>
#include <vector>

class QProcess;

namespace corral::test {

// polkit's authority on the bus, for the fixture and the tests' own agent.
inline const QString PolkitService = QStringLiteral("org.freedesktop.PolicyKit1");
inline const QString PolkitPath = QStringLiteral("/org/freedesktop/PolicyKit1/Authority");
inline const QString PolkitInterface = QStringLiteral("org.freedesktop.PolicyKit1.Authority");

// How a command run to its end went.
struct CommandResult
{
    bool finished = false; // exited by itself within the time allowed
    int exitCode = -1;
    QString out;
    QString err;
};

// The answer of polkit's CheckAuthorization.
struct AuthorizationResult
{
    QString error; // the D-Bus error name when the call itself failed
    bool authorized = false;
    bool challenge = false;
    QMap<QString, QString> details;
};

class TestBus
{
public:
    struct Options
    {
        QStringList busPolicies; // bus configuration files <include>d (e.g. the helper's)
        QString polkitActions; // a .policy file installed where polkitd reads actions
        QString serviceDir; // activation files (session-style, no service helper), or ""
        QProcessEnvironment activationEnvironment; // added to what activated services see
        QString helper; // the helper program startHelper() runs
    };

    explicit TestBus(Options options);
    ~TestBus();
    TestBus(const TestBus &) = delete;
    TestBus &operator=(const TestBus &) = delete;

    // Starts the bus and polkitd, creates the user and installs the action file; false
    // (and errorString()) when any of it failed.
    bool start();
    QString errorString() const { return m_error; }

    QString address() const { return m_address; }
    // The test program's own connection to the bus (as root).
    QDBusConnection connection() const;
    // A further connection of the test program, closed when the bus is destroyed.
    QDBusConnection newConnection();
    // A further connection that belongs to the unprivileged user (start() first): what the
    // test program calls on it, polkit judges as the user's.
    QDBusConnection newUserConnection();
    // The same for another user (a TestUser's ids): a person who ran an app, whose own
    // denials the helper shows them.
    QDBusConnection newConnectionAs(uid_t uid, gid_t gid);
    // Whether `name` has an owner; waitForOwner waits until it has (or, with
    // owned=false, has not) one.
    bool hasOwner(const QString &name) const;
    bool waitForOwner(const QString &name, int timeoutMs = 20000, bool owned = true) const;

    // ---- polkit ----
    // Writes `javascript` as this test's rules file and waits until polkitd uses it.
    bool setRules(const QString &javascript);
    // Removes the rules file and waits until polkitd has forgotten it.
    bool clearRules();
    QString rulesFile() const { return m_rulesFile; }
    // CheckAuthorization for a unix-process subject, as polkit's callers make it.
    AuthorizationResult checkAuthorization(pid_t pid, const QString &action,
        const QMap<QString, QString> &details = {}, bool allowUserInteraction = false) const;
    AuthorizationResult checkAuthorization(const QVariantMap &subjectDetails,
        const QString &subjectKind, const QString &action,
        const QMap<QString, QString> &details = {}, bool allowUserInteraction = false) const;
    // polkit's subject details of a running process: pid, start-time, uid.
    static QVariantMap processSubject(pid_t pid);

    // ---- the unprivileged user ----
    static QString userName() { return QStringLiteral("corral-test"); }
    uid_t userId() const { return m_uid; }
    gid_t groupId() const { return m_gid; }
    // The environment commands run as the user get: the bus address, PATH, a UTF-8
    // locale, and nothing else.
    QProcessEnvironment userEnvironment() const;
    // Runs a command as the user to its end (killing it after timeoutMs).
    CommandResult runAsUser(
        const QString &program, const QStringList &arguments, int timeoutMs = 60000) const;
    // Starts a command as the user and leaves it running; the bus stops it when
    // destroyed. Its stdin is a pipe (write to it), stdout and stderr are read.
    QProcess *startAsUser(const QString &program, const QStringList &arguments);

    // ---- the helper ----
    // Starts Options::helper as root with CORRAL_ROOT=corralRoot and the bus address,
    // and waits until it owns `name` on the bus.
    bool startHelper(const QString &corralRoot, const QString &name,
        const QStringList &arguments = { QStringLiteral("--idle-timeout"), QStringLiteral("0") });
    // SIGKILL, and waits until the process is gone (the bus then releases its name).
    bool killHelper();
    // SIGTERM (SIGKILL after a while), as at the end of a test.
    void stopHelper();
    pid_t helperPid() const;
    bool helperRunning() const;
    // What the helper, polkitd and dbus-daemon wrote to stdout and stderr so far.
    QString helperLog() const;
    QString polkitLog() const;
    QString busLog() const;

private:
    bool fail(const QString &message);
    bool writeBusConfig();
    bool startBus();
    bool startPolkit();
    bool setUpShared();
    void tearDownShared();
    bool ensureUser();
    bool installActions();
    bool waitForActions();
    bool writeRulesFile(const QByteArray &content);
    bool waitForRulesGeneration(int generation, bool active);
    void removeStaleRules() const;
    void restoreActions();
    void removeUser();
    QString tempPath(const QString &name) const;
    std::unique_ptr<QProcess> startProcess(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment, const QString &logFile, bool dieWithParent);
    static void stopProcess(QProcess *process);

    Options m_options;
    QString m_error;
    QTemporaryDir m_dir;
    QString m_address;
    QString m_connectionName;
    QStringList m_extraConnections;

    std::unique_ptr<QProcess> m_busProcess;
    std::unique_ptr<QProcess> m_polkitProcess;
    std::unique_ptr<QProcess> m_helperProcess;
    std::unique_ptr<QProcess> m_probeProcess; // a process of the user, for rule probes
    std::vector<std::unique_ptr<QProcess>> m_userProcesses;

    uid_t m_uid = 0;
    gid_t m_gid = 0;
    int m_sharedLock = -1; // shared while this bus lives; see setUpShared()
    QString m_actionsTarget; // where the action file goes

    QString m_rulesFile;
    int m_rulesGeneration = 0;
    bool m_rulesWritten = false;
};

} // namespace corral::test

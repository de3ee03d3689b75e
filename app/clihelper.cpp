#include "app/clihelper.h"
#include "app/clicommon.h"
#include "client/client.h"

#include "helper/dbustypes.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace corral::cli {
namespace {

// A person may be reading a polkit prompt and typing a password.
constexpr int CallTimeoutMs = 10 * 60 * 1000;
// How long polkit's text agent may take to register before the call goes ahead anyway.
constexpr int AgentStartTimeoutMs = 10 * 1000;

// Whether this process belongs to a login session (logind's, or elogind's), where a
// desktop may run a polkit agent of its own.
bool inLoginSession()
{
    if (qEnvironmentVariableIsSet("XDG_SESSION_ID"))
        return true;
    QFile cgroup(QStringLiteral("/proc/self/cgroup"));
    return cgroup.open(QIODevice::ReadOnly) && cgroup.readAll().contains("/session-");
}

// polkit's text agent (pkttyagent), registered for this process while a change waits for
// polkit, so that a person at a terminal is asked for a password there. In a login session
// it is only a fallback, which steps aside when the session has an agent of its own (a
// desktop's dialog); outside one, polkit never uses a fallback agent (it looks for the
// session's first), so there it is registered plainly. None is started for root, whom
// polkit always authorizes, nor without a terminal, where nobody could answer: polkit
// then refuses what needs a password.
class TextAgent
{
public:
    TextAgent()
    {
        if (geteuid() == 0 || !isatty(STDIN_FILENO))
            return;
        const QByteArray program
            = QFile::encodeName(QStandardPaths::findExecutable(QStringLiteral("pkttyagent")));
        if (program.isEmpty()) {
            err() << tr("warning: cannot start polkit's text agent: pkttyagent is not installed")
                  << Qt::endl;
            return;
        }
        int notify[2];
        if (pipe2(notify, O_CLOEXEC) != 0)
            return;
        const pid_t parent = getpid();
        const QByteArray pid = QByteArray::number(parent);
        const QByteArray fd = QByteArray::number(notify[1]);
        const char *argv[] = { "pkttyagent", "--process", pid.constData(), "--notify-fd",
            fd.constData(), inLoginSession() ? "--fallback" : nullptr, nullptr };
        m_pid = fork();
        if (m_pid == 0) {
            // The child of a threaded process: only async-signal-safe calls until exec. The
            // agent inherits the write end of the pipe, and never outlives this process.
            fcntl(notify[1], F_SETFD, 0);
            prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (getppid() != parent)
                _exit(1);
            execv(program.constData(), const_cast<char *const *>(argv));
            _exit(127);
        }
        const int error = errno;
        close(notify[1]);
        if (m_pid < 0) {
            err() << tr("warning: cannot start polkit's text agent: %1")
                         .arg(QString::fromLocal8Bit(strerror(error)))
                  << Qt::endl;
        } else {
            // It closes the pipe once it is registered, or by exiting when it cannot be
            // (and then says why on stderr itself).
            waitUntilClosed(notify[0]);
        }
        close(notify[0]);
    }
    ~TextAgent()
    {
        if (m_pid <= 0)
            return;
        kill(m_pid, SIGTERM);
        while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) { }
    }
    TextAgent(const TextAgent &) = delete;
    TextAgent &operator=(const TextAgent &) = delete;

private:
    static void waitUntilClosed(int fd)
    {
        pollfd entry { fd, POLLIN, 0 };
        char byte;
        while (true) {
            const int ready = poll(&entry, 1, AgentStartTimeoutMs);
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready <= 0)
                return;
            const ssize_t got = read(fd, &byte, 1);
            if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN))
                return;
        }
    }

    pid_t m_pid = -1;
};

} // namespace

const QCommandLineOption &directOption()
{
    static const QCommandLineOption option(QStringLiteral("direct"),
        tr("Make the change in this process instead of through Corral's helper "
           "(root only; for recovery when the helper cannot run)."));
    return option;
}

QDBusPendingCall sendToHelper(const QString &method, const QVariantList &arguments)
{
    static const bool registered = [] {
        dbus::registerTypes();
        return true;
    }();
    Q_UNUSED(registered);
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        const QString reason = bus.lastError().message();
        return QDBusPendingCall::fromError(QDBusError(
            QDBusError::Disconnected, reason.isEmpty() ? tr("there is no system bus") : reason));
    }
    // Built by hand rather than through Manager1Proxy: in Qt 6.4 only a QDBusMessage can
    // allow interactive authorization, and only with it may polkit ask for a password.
    QDBusMessage message = QDBusMessage::createMethodCall(
        dbus::ServiceName, dbus::ObjectPath, dbus::InterfaceName, method);
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(true);
    const TextAgent agent;
    return QDBusPendingCall::fromCompletedCall(bus.call(message, QDBus::Block, CallTimeoutMs));
}

int reportHelperError(const QString &what, const QDBusError &error)
{
    const client::Failure failure = client::describeError(what, error);
    if (failure.kind == client::Failure::Unreachable)
        return fail(tr("%1; as root, --direct works without it").arg(failure.message));
    return fail(failure.message);
}

} // namespace corral::cli

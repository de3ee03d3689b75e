#include "app/clihelper.h"
#include "app/clicommon.h"

#include "helper/dbustypes.h"

#include <QDBusConnection>
#include <QDBusMessage>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace corral::cli {
namespace {

// A person may be reading a polkit prompt and typing a password.
constexpr int CallTimeoutMs = 10 * 60 * 1000;
// How long polkit's text agent may take to register before the call goes ahead anyway.
constexpr int AgentStartTimeoutMs = 10 * 1000;

// polkit's text agent (pkttyagent), registered for this process while a change waits for
// polkit, so that a person at a terminal is asked for a password there. With --fallback
// it steps aside when the session has an agent of its own (a desktop's dialog). None is
// started for root, whom polkit always authorizes, nor without a terminal, where nobody
// could answer: polkit then refuses what needs a password.
class TextAgent
{
public:
    TextAgent()
    {
        if (geteuid() == 0 || !isatty(STDIN_FILENO))
            return;
        int notify[2];
        if (pipe2(notify, O_CLOEXEC) != 0)
            return;
        // The agent inherits only the write end, and closes it once it is registered.
        fcntl(notify[1], F_SETFD, 0);
        const QByteArray pid = QByteArray::number(getpid());
        const QByteArray fd = QByteArray::number(notify[1]);
        const char *argv[] = { "pkttyagent", "--process", pid.constData(), "--notify-fd",
            fd.constData(), "--fallback", nullptr };
        const int error = posix_spawnp(
            &m_pid, argv[0], nullptr, nullptr, const_cast<char *const *>(argv), environ);
        close(notify[1]);
        if (error != 0) {
            m_pid = -1;
            err() << tr("warning: cannot start polkit's text agent (pkttyagent): %1")
                         .arg(QString::fromLocal8Bit(strerror(error)))
                  << Qt::endl;
        } else {
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
    // The agent closes the pipe when it is ready, and so does its exit if it fails (it
    // then says why on stderr itself).
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

// Errors that mean no helper answered: the bus is not there, or nothing owns the name
// and it cannot be activated.
bool isUnreachable(const QDBusError &error)
{
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
    case QDBusError::NoServer:
    case QDBusError::Disconnected:
    case QDBusError::BadAddress:
        return true;
    default:
        break;
    }
    return error.name() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")
        || error.name().startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn."));
}

// The helper's messages are written for people; most already read "cannot <what>: …".
QString cannot(const QString &what, const QString &why)
{
    if (why.startsWith(QLatin1String("cannot ")))
        return why;
    return tr("cannot %1: %2").arg(what, why);
}

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
    const QString name = error.name();
    if (isUnreachable(error)) {
        return fail(tr("cannot reach Corral's helper (%1) on the system bus: %2; as root, "
                       "--direct works without it")
                        .arg(dbus::ServiceName, error.message()));
    }
    if (name == dbus::ErrorCancelled)
        return fail(tr("cannot %1: cancelled").arg(what));
    if (error.type() == QDBusError::NoReply || error.type() == QDBusError::Timeout) {
        return fail(tr("cannot %1: Corral's helper did not answer (%2); the change may or may "
                       "not have been made")
                        .arg(what, error.message()));
    }
    if (error.type() == QDBusError::UnknownMethod || error.type() == QDBusError::UnknownObject
        || error.type() == QDBusError::UnknownInterface
        || error.type() == QDBusError::InvalidSignature
        || error.type() == QDBusError::InvalidArgs) {
        return fail(tr("cannot %1: Corral's helper does not understand this request (%2); is it "
                       "from another version of Corral?")
                        .arg(what, error.message()));
    }
    // NotAuthorized, InvalidArgument, NotFound, Conflict, Failed, and the bus's own refusals.
    return fail(cannot(what, error.message()));
}

} // namespace corral::cli

#include "tests/common/xvfb.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace corral::test {

Xvfb::~Xvfb()
{
    stop();
}

bool Xvfb::start(const QString &screen, QString *error)
{
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        *error
            = QStringLiteral("cannot make a pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const QByteArray screenArgument = screen.toLatin1();
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        *error = QStringLiteral("cannot fork: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        return false;
    }
    if (pid == 0) {
        // The child: only async-signal-safe calls until exec.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127);
        // The display number is written to fd 3; stdout and stderr go nowhere.
        ::dup2(pipeFds[1], 3);
        const int null = ::open("/dev/null", O_RDWR);
        if (null >= 0) {
            ::dup2(null, 0);
            ::dup2(null, 1);
            ::dup2(null, 2);
        }
        const char *argv[] = { "Xvfb", "-displayfd", "3", "-screen", "0",
            screenArgument.constData(), "-nolisten", "tcp", "-noreset", nullptr };
        ::execvp("Xvfb", const_cast<char *const *>(argv));
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    m_pid = pid;

    // Xvfb writes its display number and a newline once it is ready for clients.
    QByteArray number;
    QElapsedTimer timer;
    timer.start();
    while (!number.endsWith('\n') && timer.elapsed() < 30000) {
        pollfd fd { pipeFds[0], POLLIN, 0 };
        const int ready = ::poll(&fd, 1, int(30000 - timer.elapsed()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            break;
        char buffer[32];
        const ssize_t got = ::read(pipeFds[0], buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break; // Xvfb went away
        number.append(buffer, got);
    }
    ::close(pipeFds[0]);
    bool ok = false;
    const int display = number.trimmed().toInt(&ok);
    if (!number.endsWith('\n') || !ok) {
        *error = QStringLiteral("Xvfb did not start (is the xvfb package installed?)");
        stop();
        return false;
    }
    m_display = QStringLiteral(":%1").arg(display);
    return true;
}

void Xvfb::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    while (::waitpid(m_pid, &status, WNOHANG) == 0) {
        if (timer.elapsed() > 5000) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
            break;
        }
        ::usleep(20000);
    }
    m_pid = -1;
    m_display.clear();
}

} // namespace corral::test

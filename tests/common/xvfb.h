// An X server for a test: Xvfb on a display it picks itself (-displayfd, so two tests never
// race for one number), stopped by pid when the object goes. The child dies with the test
// (PR_SET_PDEATHSIG), so a crashed test leaves no server behind.
#pragma once

#include <QString>

#include <sys/types.h>

namespace corral::test {

class Xvfb
{
public:
    Xvfb() = default;
    ~Xvfb();
    Xvfb(const Xvfb &) = delete;
    Xvfb &operator=(const Xvfb &) = delete;

    // Starts the server with one screen of `screen` (WIDTHxHEIGHTxDEPTH) and waits until it
    // accepts connections; false and *error otherwise. Call before any thread is started.
    bool start(const QString &screen, QString *error);
    // ":N", once started.
    QString display() const { return m_display; }
    pid_t pid() const { return m_pid; }
    // SIGTERM, then SIGKILL after a few seconds; waits for the process.
    void stop();

private:
    pid_t m_pid = -1;
    QString m_display;
};

} // namespace corral::test

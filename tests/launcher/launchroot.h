// Fixtures for the launcher's tests as root: a CORRAL_ROOT the setuid launcher honours, a
// person to run apps as, and a way to launch an app and see what happened.
#pragma once

#include "interfaces/snapmanager.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace corral::test {

// A temporary CORRAL_ROOT below /run/corral-tests, root-owned and 0755 all the way down
// (the launcher only honours such a root; /tmp would not do), holding a setuid copy of the
// launcher at its installed path. On destruction everything the tests or the launcher
// made is undone even when a test failed: the mounts below the root (preserved
// namespaces, snaps), the device cgroups of its apps, the tree itself.
class LaunchRoot
{
public:
    LaunchRoot();
    ~LaunchRoot();
    LaunchRoot(const LaunchRoot &) = delete;
    LaunchRoot &operator=(const LaunchRoot &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString filePath(const QString &absolute) const { return m_path + absolute; }
    QString launcher() const; // the setuid copy
    QString cgroupGroup() const; // "corral-<hash>", the parent of this root's app cgroups
    QString lastError() const { return m_error; }

    // Installs an example snap (a .snap in the build's examples directory) and regenerates
    // every profile and plan.
    bool install(const QString &snapName, const InstallOptions &options = {});
    bool connect(const QString &plug, const QString &slot);
    bool regenerate();

    // Unmounts the snap's preserved namespace and forgets it, so the next launch is cold.
    void discardNamespace(const QString &snap) const;
    bool hasPreservedNamespace(const QString &snap) const;

    // What a launch may leave behind, for comparing before and after a failed one:
    // mounts below the root and at /media, preserved namespaces, private /tmp
    // directories, device cgroups.
    QStringList leftovers() const;

    // Removes the cgroups of this root's apps (in both hierarchies).
    void removeCgroups() const;

private:
    QString m_path;
    QString m_error;
    QByteArray m_previousRoot;
    bool m_hadPreviousRoot = false;
    // Apps launched as root make $SNAP_USER_DATA in root's real home (/root/snap/…);
    // what was there before stays, the rest goes.
    bool m_hadRootSnapDir = false;
    QStringList m_rootSnapEntries;
};

// A person without privileges, made with useradd for the tests and removed with their
// home directory afterwards.
class TestUser
{
public:
    TestUser();
    ~TestUser();
    TestUser(const TestUser &) = delete;
    TestUser &operator=(const TestUser &) = delete;

    bool isValid() const { return m_uid != 0; }
    QString name() const { return m_name; }
    uint uid() const { return m_uid; }
    uint gid() const { return m_gid; }
    QString home() const { return m_home; }
    // Creates a file owned by the user below their home directory.
    bool writeFile(const QString &relative, const QByteArray &content, int mode = 0644) const;

private:
    QString m_name;
    uint m_uid = 0;
    uint m_gid = 0;
    QString m_home;
};

struct LaunchOptions
{
    const TestUser *user = nullptr; // run as this person (through setpriv), else as root
    QStringList environment; // extra NAME=VALUE entries
    QString workingDirectory = QStringLiteral("/");
    QString program; // instead of the root's setuid launcher
};

struct LaunchResult
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 pid = 0;
    QStringList outLines() const;
    // The probe's verdict: the first line of its output ("ok …", "EPERM", …).
    QString verdict() const { return outLines().value(0); }
};

// Runs the launcher (or options.program) with `arguments`.
LaunchResult launch(
    const LaunchRoot &root, const QStringList &arguments, const LaunchOptions &options = {});

// The example snaps the build packed.
QString exampleSnap(const QString &name);

// Kernel log records (dmesg) of seccomp actions for process `pid` and system call `nr`.
// Waits a little for the record, since the kernel logs asynchronously.
bool seccompLogged(qint64 pid, int syscall);

// Whether `path` is a mount point in this process's namespace.
bool isMountPoint(const QString &path);

// Runs a command as root and returns its exit code; output in *out.
int run(const QString &program, const QStringList &arguments, QString *out = nullptr);

} // namespace corral::test

// A temporary CORRAL_ROOT for one test: created on construction, and on destruction
// everything mounted below it is unmounted (deepest first) and the tree removed, so a
// failing test leaves no mount, loop device or file behind.
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace corral::test {

class TempRoot
{
public:
    TempRoot();
    ~TempRoot();
    TempRoot(const TempRoot &) = delete;
    TempRoot &operator=(const TempRoot &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &relative) const { return m_dir.filePath(relative); }

    // Mount points at or below the root, from /proc/self/mountinfo, deepest first.
    QStringList mounts() const;
    // Unmounts everything below the root; returns the mount points it could not unmount.
    QStringList unmountAll() const;

private:
    QTemporaryDir m_dir;
    QByteArray m_previousRoot;
    bool m_hadPreviousRoot = false;
};

// Mount points listed in /proc/self/mountinfo (octal escapes decoded), in mount order.
QStringList mountPoints();

// Loop devices that have a backing file, as "loopN:backing-file".
QStringList attachedLoopDevices();

} // namespace corral::test

// The few mount operations installing snaps needs: loop-mounting squashfs images
// read-only, bind-mounting development directories read-only, and asking what is mounted.
#pragma once

#include <QString>
#include <QStringList>

namespace corral {

// Checks that `path` is a complete squashfs 4.0 image (magic, version, and that the file
// holds all the bytes the superblock says it uses). Returns an empty string when it is,
// otherwise why not ("… is not a squashfs image", "… is truncated: …").
QString checkSquashfsImage(const QString &path);

// Attaches `image` to a free loop device (read-only, detached automatically on unmount)
// and mounts it read-only, nodev, nosuid at `target`, which must exist.
bool mountSquashfs(const QString &image, const QString &target, QString *error);

// Bind-mounts `source` at `target` read-only (nodev, nosuid).
bool bindMountReadOnly(const QString &source, const QString &target, QString *error);

// Unmounts `target`. Not an error when nothing is mounted there.
bool unmountIfMounted(const QString &target, QString *error);

// Whether `path` is a mount point in this mount namespace (per /proc/self/mountinfo).
bool isMountPoint(const QString &path);

// The mount points at or below `path`, in the order they were mounted (so unmounting in
// reverse order takes submounts off first).
QStringList mountPointsUnder(const QString &path);

} // namespace corral

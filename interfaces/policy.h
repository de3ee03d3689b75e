// What an interface grants, as data. Each backend (AppArmor, seccomp, Landlock, device
// cgroup, mounts) turns these into its own form; file access is written once, as
// FileRules, and becomes both AppArmor rules and Landlock rules.
#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace corral {

enum class Access : unsigned {
    Read = 1 << 0,
    Write = 1 << 1, // includes creating and deleting below a directory pattern
    Execute = 1 << 2, // mapping executable and executing
    Lock = 1 << 3,
};
Q_DECLARE_FLAGS(AccessFlags, Access)
Q_DECLARE_OPERATORS_FOR_FLAGS(AccessFlags)

// A path pattern and the access granted to it.
//
// Patterns use AppArmor's glob syntax restricted to what both backends can honour:
// `*` (within one path component), `**` (any depth), `[…]` classes, `{a,b}` alternatives,
// and the variables @{HOME}, @{SNAP}, @{SNAP_NAME}, @{SNAP_DATA}, @{SNAP_COMMON},
// @{SNAP_USER_DATA}, @{SNAP_USER_COMMON}, @{PROC}, @{pid}. A pattern ending in "/" names a
// directory itself; "/**" below it names everything inside.
//
// Landlock grants on whole directory trees, not globs: a rule becomes a Landlock rule on
// the longest glob-free leading directory of its pattern (see landlock.h), so Landlock is
// the coarser of the two layers and AppArmor, where enabled, the precise one.
struct FileRule
{
    QString pattern;
    AccessFlags access;
    bool ownerOnly = false; // AppArmor `owner`: only files the process's fsuid owns

    bool operator==(const FileRule &) const = default;
};

// A device the app may open: the udev match that tags it (for the rules file) and the
// device-cgroup entry the launcher allows.
struct DeviceRule
{
    QString udevMatch; // e.g. SUBSYSTEM=="video4linux", KERNEL=="video[0-9]*"
    char type = 'c'; // 'c' character or 'b' block
    int major = -1; // -1 means any
    int minor = -1; // -1 means any
    QString nodePattern; // e.g. /dev/video[0-9]* (informational, and for explaining denials)

    bool operator==(const DeviceRule &) const = default;
};

// An extra mount inside the snap's mount namespace (content sharing, layouts).
// Source and target may use $SNAP, $SNAP_DATA, $SNAP_COMMON of the snap they belong to;
// the generator resolves them to absolute paths before writing the launch plan.
struct MountRule
{
    QString source;
    QString target;
    bool readOnly = true;
    // The snap whose $SNAP, $SNAP_DATA and $SNAP_COMMON the source uses when it is not the
    // app's own (content: the slot's snap); the target always belongs to the app's snap.
    QString sourceSnap;
    bool operator==(const MountRule &) const = default;
};

// One policy contribution: what a connection (or a plug or slot by its mere presence)
// adds to an app's profile. Text snippets are for what only AppArmor or seccomp can say.
struct Policy
{
    QList<FileRule> files;
    QStringList apparmor; // AppArmor rules other than files: dbus, signal, network, capability,
                          // unix, ptrace, mount … one rule per entry, without trailing comma
    QStringList seccomp; // lines in snapd's seccomp syntax: "bind", "socket AF_NETLINK -
                         // NETLINK_KOBJECT_UEVENT"
    QList<DeviceRule> devices;
    QList<MountRule> mounts;

    bool isEmpty() const
    {
        return files.isEmpty() && apparmor.isEmpty() && seccomp.isEmpty() && devices.isEmpty()
            && mounts.isEmpty();
    }
    Policy &operator+=(const Policy &other);
};

// The AppArmor form of a file rule, without the trailing comma: `[owner ]PATTERN PERMS`
// with PERMS from r (Read), w and l (Write: writing, creating, deleting, hard links),
// k (Lock) and m and ix (Execute: mapping executable, executing in the same profile).
// The pattern is quoted when it holds characters AppArmor would read otherwise (spaces,
// commas); patterns never hold a double quote or a control character.
QString apparmorFileRule(const FileRule &rule);

} // namespace corral

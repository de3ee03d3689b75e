#include "interfaces/template.h"

namespace corral {
namespace {

constexpr AccessFlags R = Access::Read;
constexpr AccessFlags RX = Access::Read | Access::Execute;
constexpr AccessFlags RW = Access::Read | Access::Write;
constexpr AccessFlags RWL = Access::Read | Access::Write | Access::Lock;
constexpr AccessFlags RWXL = Access::Read | Access::Write | Access::Execute | Access::Lock;

Policy makeDefaultPolicy()
{
    Policy policy;
    policy.files = {
        // The base snap is the root file system: its programs and libraries. Only the
        // base's own trees are listed; host directories bound into the sandbox (/home,
        // /media, /run, /var/lib/corral/hostfs, …) are not part of it.
        { QStringLiteral("/{,usr/}{,s}bin/**"), RX },
        { QStringLiteral("/{,usr/}lib{,32,64,x32}/**"), RX },
        { QStringLiteral("/usr/{include,share}/**"), R },
        { QStringLiteral("/usr/libexec/**"), RX },
        { QStringLiteral("/etc/**"), R },
        // The snap itself, read-only by mount, executable.
        { QStringLiteral("@{SNAP}/**"), RX },
        // Its data: per revision, shared across revisions, and per user.
        { QStringLiteral("@{SNAP_DATA}/**"), RWXL },
        { QStringLiteral("@{SNAP_COMMON}/**"), RWXL },
        { QStringLiteral("@{SNAP_USER_DATA}/**"), RWXL, true },
        { QStringLiteral("@{SNAP_USER_COMMON}/**"), RWXL, true },
        // The snap's private /tmp (the launcher makes it; no other snap sees it).
        { QStringLiteral("/tmp/**"), RWL },
        // Harmless devices and the terminal the app was started from.
        { QStringLiteral("/dev/{null,zero,full}"), RW },
        { QStringLiteral("/dev/{,u}random"), R },
        { QStringLiteral("/dev/{tty,ptmx}"), RW },
        { QStringLiteral("/dev/pts/*"), RW },
        // Its own processes.
        { QStringLiteral("@{PROC}/@{pid}/**"), R },
        { QStringLiteral("@{PROC}/sys/kernel/{ngroups_max,pid_max,random/uuid}"), R },
        { QStringLiteral("@{PROC}/{cpuinfo,meminfo,stat,filesystems,version}"), R },
        { QStringLiteral("/sys/devices/system/cpu/**"), R },
    };
    policy.apparmor = {
        // Apps of one snap may signal and trace-read each other; nothing else.
        QStringLiteral("signal (send, receive) peer=snap.@{SNAP_NAME}.*"),
        QStringLiteral("signal (receive) peer=unconfined"),
        QStringLiteral("ptrace (read) peer=snap.@{SNAP_NAME}.*"),
        // Unix sockets: its own, and talking to its own apps (services reach the host
        // through interfaces).
        QStringLiteral("unix (connect, send, receive, accept) peer=(label=snap.@{SNAP_NAME}.*)"),
        QStringLiteral("unix (create, bind, listen, getattr, setattr, getopt, setopt, shutdown)"),
        QStringLiteral("network unix"),
        // Stop the sandbox from being loosened from inside.
        QStringLiteral("deny mount"),
        QStringLiteral("deny pivot_root"),
        QStringLiteral("deny change_profile"),
    };
    // The device cgroup's fixed allowances (null, zero, full, random, urandom, tty,
    // console, ptmx, pty slaves) are the launcher's; interfaces add to them.
    return policy;
}

} // namespace

const Policy &defaultPolicy()
{
    static const Policy policy = makeDefaultPolicy();
    return policy;
}

} // namespace corral

// browser-support: what Chromium, Firefox and Electron apps expect of the system. With
// `allow-sandbox: true` the browser may also build its own sandbox, which needs privileges
// that no ordinary app gets, so that plug is never connected automatically.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

constexpr QLatin1String AllowSandbox("allow-sandbox");

QString sanitizePlug(PlugInfo &plug)
{
    return checkBoolAttribute(plug.attributes, AllowSandbox);
}

bool autoConnect(const PlugInfo &plug, const SlotInfo &)
{
    return !boolAttribute(plug.attributes, AllowSandbox);
}

void plugExtra(const ConnectedPlug &plug, const ConnectedSlot &, Policy &policy)
{
    if (!boolAttribute(plug.plug.attributes, AllowSandbox))
        return;
    static const Policy sandbox {
        .files = files({
            // user namespaces
            "owner @{PROC}/@{pid}/setgroups rw",
            "owner @{PROC}/@{pid}/uid_map rw",
            "owner @{PROC}/@{pid}/gid_map rw",
            "owner @{PROC}/@{pid}/fd/[0-9]* w",
            // measuring the memory of renderers
            "owner @{PROC}/@{pid}/clear_refs w",
            "owner /dev/shm/shmfd-* rw",
            "owner /dev/shm/WK2SharedMemory.* rw",
        }),
        .apparmor = lines({
            // the setuid sandbox drops into new namespaces and a chroot
            "capability sys_admin",
            "capability sys_chroot",
            "capability setuid",
            "capability setgid",
            "capability chown",
            "capability fsetid",
            "capability sys_ptrace",
            "ptrace (trace) peer=snap.@{SNAP_NAME}.**",
            "unix (send, receive) peer=(label=snap.@{SNAP_NAME}.**)",
        }),
        .seccomp = lines({
            "chroot",
            "unshare",
            "setuid",
            "setgid",
            "sched_setscheduler",
            "sched_setaffinity",
        }),
    };
    policy += sandbox;
}

} // namespace

const InterfaceDefinition &browserSupportInterface()
{
    static const InterfaceDefinition definition {
        .id = "browser-support",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Work as a web browser"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app gets the system features web browsers and web-based apps need. If it asks "
            "to run its own sandbox, it also gets powerful privileges to set that sandbox up."),
        .category = Category::System,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnectCheck = autoConnect,
        .sanitizePlug = sanitizePlug,
        .connectedPlug = merged({
            acceptingConnections(),
            Policy {
                .files = files({
                    "owner @{PROC}/@{pid}/oom_score_adj rw",
                    "owner @{PROC}/@{pid}/mounts r",
                    "@{PROC}/vmstat r",
                    "@{PROC}/pressure/{cpu,io,memory} r",
                    "/sys/kernel/mm/hugepages/ r",
                    "/sys/kernel/mm/hugepages/** r",
                    "/sys/kernel/mm/transparent_hugepage/ r",
                    "/sys/kernel/mm/transparent_hugepage/** r",
                    "/run/udev/data/+platform:* r",
                    // browser policies set by the administrator
                    "/etc/chromium/ r",
                    "/etc/chromium/** r",
                    "/etc/opt/chrome/ r",
                    "/etc/opt/chrome/** r",
                    // shared memory under the names the browsers choose
                    "owner /dev/shm/org.chromium.* rw",
                    "owner /dev/shm/.org.chromium.* rw",
                    "owner /dev/shm/com.google.Chrome.* rw",
                    "owner /dev/shm/.com.google.Chrome.* rw",
                    "/var/tmp/ r",
                    "owner /var/tmp/etilqs_* rw",
                }),
                .apparmor = lines({
                    // GConf is long gone; quiet the attempts rather than log them
                    "deny dbus (send) bus=session interface=org.gnome.GConf.Server",
                }),
                .seccomp = lines({
                    "setpriority",
                }),
            },
        }),
        .connectedPlugExtra = plugExtra,
    };
    return definition;
}

} // namespace corral::builtin

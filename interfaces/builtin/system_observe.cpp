// system-observe: what is running on the computer, system-wide, as top and ps show it.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &systemObserveInterface()
{
    static const InterfaceDefinition definition {
        .id = "system-observe",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "See all running programs"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can see every program running on this computer, with the commands that "
            "started them and how much they use, and details of the system's state."),
        .category = Category::System,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = merged({
            systemBusClient(),
            Policy {
                .files = files({
                    "@{PROC}/ r",
                    "@{PROC}/[0-9]*/ r",
                    "@{PROC}/[0-9]*/"
                    "{cgroup,cmdline,comm,environ,io,sched,schedstat,stat,statm,status} r",
                    "@{PROC}/[0-9]*/task/ r",
                    "@{PROC}/[0-9]*/task/[0-9]*/{comm,stat,statm,status} r",
                    "@{PROC}/{loadavg,stat,meminfo,uptime,vmstat,swaps,cpuinfo,partitions} r",
                    "@{PROC}/sys/kernel/{hostname,osrelease,ostype,pid_max,version} r",
                    "/sys/fs/cgroup/ r",
                    "/sys/fs/cgroup/** r",
                    "/sys/devices/system/cpu/ r",
                    "/sys/devices/system/cpu/** r",
                    "/sys/devices/system/node/ r",
                    "/sys/devices/system/node/** r",
                }),
                .apparmor = lines({
                    // reading other processes' /proc entries needs ptrace read access
                    "ptrace (read)",
                    "dbus (send) bus=system path=/org/freedesktop/hostname1 "
                    "interface=org.freedesktop.DBus.Properties member=Get{,All} "
                    "peer=(label=unconfined)",
                    "dbus (send) bus=system path=/org/freedesktop/systemd1{,/**} "
                    "interface=org.freedesktop.DBus.Properties member=Get{,All} "
                    "peer=(label=unconfined)",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin

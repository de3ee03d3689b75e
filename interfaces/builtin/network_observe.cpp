// network-observe: the network's configuration and activity as ip, ss and netstat show
// them: interfaces, addresses, routes and every open connection on the system.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &networkObserveInterface()
{
    static const InterfaceDefinition definition {
        .id = "network-observe",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "See your network settings and activity"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can see how this computer is connected to networks and which connections "
            "every program has open."),
        .category = Category::Network,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = merged({
            deviceEvents(),
            nameResolution(),
            Policy {
                .files = files({
                    "@{PROC}/@{pid}/net/ r",
                    "@{PROC}/@{pid}/net/** r",
                    "@{PROC}/sys/net/ r",
                    "@{PROC}/sys/net/** r",
                    "/sys/class/net/ r",
                    "/sys/devices/**/net/** r",
                    "/etc/iproute2/ r",
                    "/etc/iproute2/** r",
                    "/etc/networks r",
                    "/etc/ethers r",
                    "/usr/bin/ip rx",
                    "/usr/bin/ss rx",
                    "/usr/bin/netstat rx",
                }),
                .apparmor = lines({
                    "network netlink dgram",
                }),
                .seccomp = lines({
                    "socket AF_NETLINK - NETLINK_ROUTE",
                    "socket AF_NETLINK - NETLINK_INET_DIAG",
                    "socket AF_NETLINK - NETLINK_GENERIC",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin

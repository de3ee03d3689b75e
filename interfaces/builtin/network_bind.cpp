// network-bind: listening for connections, as a server does.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &networkBindInterface()
{
    static const InterfaceDefinition definition {
        .id = "network-bind",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Accept connections from the network"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can run a server that other computers on your "
            "network, or the internet, can connect to."),
        .category = Category::Network,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .connectedPlug = merged({
            nameResolution(),
            acceptingConnections(),
            Policy {
                .files = files({
                    "/etc/hosts.allow r",
                    "/etc/hosts.deny r",
                    "@{PROC}/sys/net/core/somaxconn r",
                    "@{PROC}/sys/net/ipv4/ip_local_port_range r",
                }),
                .seccomp = lines({
                    "shutdown",
                    "socket AF_NETLINK - NETLINK_ROUTE",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin

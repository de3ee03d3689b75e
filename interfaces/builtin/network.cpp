// network: connecting to other computers as a client, and resolving their names.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &networkInterface()
{
    static const InterfaceDefinition definition {
        .id = "network",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Access the network"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can connect to the internet and to other "
            "computers on your network."),
        .category = Category::Network,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = merged({
            nameResolution(),
            Policy {
                .files = files({ "@{PROC}/sys/net/core/somaxconn r" }),
                .seccomp = lines({
                    "bind", // clients bind too: UDP, and choosing a local address
                    // Some libraries list the interfaces with rtnetlink when they start.
                    "socket AF_NETLINK - NETLINK_ROUTE",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin

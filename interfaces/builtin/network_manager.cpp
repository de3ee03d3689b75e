// network-manager: NetworkManager's D-Bus API, the host's or one an app snap runs: seeing
// and changing every network connection, with its passwords.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

constexpr PeerRules conversation = {
    "dbus (send, receive) bus=system path=/org/freedesktop/NetworkManager{,/**} "
    "peer=(label=@PEER@)",
    // secret agents: NetworkManager asks the app for passwords
    "dbus (send, receive) bus=system path=/org/freedesktop/NetworkManager/SecretAgent "
    "interface=org.freedesktop.NetworkManager.SecretAgent peer=(label=@PEER@)",
};

} // namespace

const InterfaceDefinition &networkManagerInterface()
{
    static const InterfaceDefinition definition {
        .id = "network-manager",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Manage network connections"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can see, add, change and remove network connections, including Wi-Fi "
            "passwords and VPNs, and turn networking on and off."),
        .category = Category::Network,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .connectedPlug = systemBusClient(),
        .connectedSlot = systemBusClient(),
        .permanentSlot = merged({
            deviceEvents(),
            ownBusName("system", QStringLiteral("org.freedesktop.NetworkManager")),
            acceptingConnections(),
            Policy {
                .files = files({
                    "/sys/class/net/ r",
                    "/sys/devices/**/net/** r",
                    "@{PROC}/sys/net/** rw",
                    "/run/NetworkManager/ rw",
                    "/run/NetworkManager/** rwk",
                }),
                .apparmor = lines({
                    "capability net_admin",
                    "capability net_raw",
                    "capability net_bind_service",
                    "network packet",
                }),
                .seccomp = lines({
                    "socket AF_NETLINK - NETLINK_ROUTE",
                    "socket AF_NETLINK - NETLINK_GENERIC",
                    "socket AF_PACKET",
                }),
            },
        }),
        .connectedPlugExtra = rulesForSlotPeer<conversation>,
        .connectedSlotExtra = rulesForPlugPeer<conversation>,
    };
    return definition;
}

} // namespace corral::builtin

// network-status: whether the computer is online, asked of the desktop portal's network
// monitor rather than of the network itself.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &networkStatusInterface()
{
    static const InterfaceDefinition definition {
        .id = "network-status",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Know whether you are online"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can ask whether this computer is connected to "
            "the internet and whether the connection is metered."),
        .category = Category::Network,
        .sensitivity = Sensitivity::Low,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = merged({
            sessionBusClient(),
            Policy {
                .apparmor = lines({
                    "dbus (send) bus=session path=/org/freedesktop/portal/desktop "
                    "interface=org.freedesktop.portal.NetworkMonitor "
                    "member={GetAvailable,GetMetered,GetConnectivity,GetStatus,CanReach} "
                    "peer=(label=unconfined)",
                    "dbus (receive) bus=session path=/org/freedesktop/portal/desktop "
                    "interface=org.freedesktop.portal.NetworkMonitor member=changed "
                    "peer=(label=unconfined)",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin

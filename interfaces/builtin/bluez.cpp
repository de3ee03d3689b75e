// bluez: the BlueZ daemon's D-Bus API, either the host's or one an app snap runs.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

// Both sides talk to each other: the app calls the daemon, the daemon calls the agents and
// profiles the app registers.
constexpr PeerRules conversation = {
    "dbus (send, receive) bus=system interface=org.bluez.* peer=(label=@PEER@)",
    "dbus (send, receive) bus=system path={/,/org/bluez{,/**}} "
    "interface=org.freedesktop.DBus.{Properties,ObjectManager,Introspectable} "
    "peer=(label=@PEER@)",
};

} // namespace

const InterfaceDefinition &bluezInterface()
{
    static const InterfaceDefinition definition {
        .id = "bluez",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Use Bluetooth devices"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can find, pair with and use Bluetooth "
            "devices such as headsets, keyboards and phones."),
        .category = Category::Devices,
        .sensitivity = Sensitivity::High,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .connectedPlug = systemBusClient(),
        .connectedSlot = systemBusClient(),
        .permanentSlot = merged({
            deviceEvents(),
            ownBusName("system", QStringLiteral("org.bluez")),
            acceptingConnections(),
            Policy {
                .files = files({
                    "/dev/rfkill rw",
                    "/sys/class/bluetooth/ r",
                    "/sys/devices/**/bluetooth/** r",
                    "/sys/class/rfkill/ r",
                    "/sys/devices/**/rfkill/** r",
                    "/var/lib/bluetooth/ rw",
                    "/var/lib/bluetooth/** rwk",
                }),
                .apparmor = lines({
                    "network bluetooth",
                    "capability net_admin",
                    "capability net_bind_service",
                }),
                .seccomp = lines({
                    "socket AF_BLUETOOTH",
                }),
                .devices = { DeviceRule {
                    .udevMatch = QStringLiteral("KERNEL==\"rfkill\""),
                    .type = 'c',
                    .major = 10,
                    .minor = 242,
                    .nodePattern = QStringLiteral("/dev/rfkill"),
                } },
            },
        }),
        .connectedPlugExtra = rulesForSlotPeer<conversation>,
        .connectedSlotExtra = rulesForPlugPeer<conversation>,
    };
    return definition;
}

} // namespace corral::builtin

// bluez: the BlueZ daemon's D-Bus API, either the host's or one an app snap runs.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

// Both sides talk to each other: the app calls the daemon, the daemon calls the agents and
// profiles the app registers.
constexpr std::initializer_list<const char *> conversation = {
    "dbus (send, receive) bus=system interface=org.bluez.* peer=(label=@PEER@)",
    "dbus (send, receive) bus=system path={/,/org/bluez{,/**}} "
    "interface=org.freedesktop.DBus.{Properties,ObjectManager,Introspectable} "
    "peer=(label=@PEER@)",
};

void plugExtra(const ConnectedPlug &, const ConnectedSlot &slot, Policy &policy)
{
    policy.apparmor += withPeer(slotPeer(slot), conversation);
}

void slotExtra(const ConnectedPlug &plug, const ConnectedSlot &, Policy &policy)
{
    policy.apparmor += withPeer(plugPeer(plug), conversation);
}

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
            ownBusName("system", QStringLiteral("org.bluez")),
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
                    "network netlink raw",
                    "capability net_admin",
                    "capability net_bind_service",
                }),
                .seccomp = lines({
                    "bind",
                    "listen",
                    "accept",
                    "accept4",
                    "socket AF_BLUETOOTH",
                    "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT",
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
        .connectedPlugExtra = plugExtra,
        .connectedSlotExtra = slotExtra,
    };
    return definition;
}

} // namespace corral::builtin

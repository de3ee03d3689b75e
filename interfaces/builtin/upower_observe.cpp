// upower-observe: UPower's view of batteries and power supplies, the host's or one an app
// snap runs.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

constexpr PeerRules plugRules = {
    "dbus (send) bus=system path=/org/freedesktop/UPower "
    "interface=org.freedesktop.UPower "
    "member={EnumerateDevices,GetDisplayDevice,GetCriticalAction} peer=(label=@PEER@)",
    "dbus (send) bus=system path=/org/freedesktop/UPower/devices/** "
    "interface=org.freedesktop.UPower.Device member={GetHistory,GetStatistics} "
    "peer=(label=@PEER@)",
    "dbus (send) bus=system path=/org/freedesktop/UPower{,/**} "
    "interface=org.freedesktop.DBus.Properties member=Get{,All} peer=(label=@PEER@)",
    "dbus (receive) bus=system path=/org/freedesktop/UPower{,/**} "
    "interface={org.freedesktop.DBus.Properties,org.freedesktop.UPower} "
    "peer=(label=@PEER@)",
};

constexpr PeerRules slotRules = {
    "dbus (receive) bus=system path=/org/freedesktop/UPower{,/**} peer=(label=@PEER@)",
    "dbus (send) bus=system path=/org/freedesktop/UPower{,/**} "
    "interface={org.freedesktop.DBus.Properties,org.freedesktop.UPower} "
    "peer=(label=@PEER@)",
};

} // namespace

const InterfaceDefinition &upowerObserveInterface()
{
    static const InterfaceDefinition definition {
        .id = "upower-observe",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "See battery and power status"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can see whether the computer runs on battery and how much charge its "
            "batteries and those of wireless devices have left."),
        .category = Category::System,
        .sensitivity = Sensitivity::Low,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = systemBusClient(),
        .connectedSlot = systemBusClient(),
        .permanentSlot = merged({
            deviceEvents(),
            ownBusName("system", QStringLiteral("org.freedesktop.UPower")),
            Policy {
                .files = files({
                    "/sys/class/power_supply/ r",
                    "/sys/devices/**/power_supply/** r",
                    "/run/udev/data/+power_supply:* r",
                }),
            },
        }),
        .connectedPlugExtra = rulesForSlotPeer<plugRules>,
        .connectedSlotExtra = rulesForPlugPeer<slotRules>,
    };
    return definition;
}

} // namespace corral::builtin

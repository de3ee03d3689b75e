// wayland: a Wayland compositor's socket. Wayland keeps apps from seeing each other's
// windows and input; the compositor may be the host's or an app snap.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &waylandInterface()
{
    static const InterfaceDefinition definition{
        .id = "wayland",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Show windows on a Wayland desktop"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
                                         "The app can open windows and receive your typing and "
                                         "pointer input while its windows have the focus."),
        .category = Category::Desktop,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = {
            .files = files({
                "owner /run/user/[0-9]*/ r",
                "owner /run/user/[0-9]*/wayland-[0-9]* rw",
                "/etc/drirc r",
                "/usr/share/X11/xkb/ r",
                "/usr/share/X11/xkb/** r",
            }),
        },
        .permanentSlot = {
            .files = files({
                "owner /run/user/[0-9]*/ r",
                "owner /run/user/[0-9]*/wayland-[0-9]* rwk",
                "/dev/dri/ r",
                "/dev/dri/card[0-9]* rw",
                "/dev/input/ r",
                "/dev/input/event[0-9]* rw",
                "/run/udev/data/c13:[0-9]* r",
                "/run/udev/data/c226:[0-9]* r",
                "/run/udev/data/+input:input[0-9]* r",
            }),
            .apparmor = lines({"network netlink raw"}),
            .seccomp = lines({
                "bind",
                "listen",
                "accept",
                "accept4",
                "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT",
            }),
            .devices = {
                DeviceRule{
                    .udevMatch = QStringLiteral("SUBSYSTEM==\"drm\", KERNEL==\"card[0-9]*\""),
                    .major = 226,
                    .nodePattern = QStringLiteral("/dev/dri/card[0-9]*"),
                },
                DeviceRule{
                    .udevMatch = QStringLiteral("SUBSYSTEM==\"input\", KERNEL==\"event[0-9]*\""),
                    .major = 13,
                    .nodePattern = QStringLiteral("/dev/input/event[0-9]*"),
                },
            },
        },
    };
    return definition;
}

} // namespace corral::builtin

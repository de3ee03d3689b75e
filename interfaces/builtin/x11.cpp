// x11: an X server, the host's or one an app snap runs. X lets every client see and
// inject the input and output of the others, so connecting it is not isolation.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

void slotExtra(const ConnectedPlug &plug, const ConnectedSlot &, Policy &policy)
{
    policy.apparmor += withPeer(plugPeer(plug),
        {
            "unix (accept, send, receive) type=stream addr=\"@/tmp/.X11-unix/X[0-9]*\" "
            "peer=(label=@PEER@)",
        });
}

} // namespace

const InterfaceDefinition &x11Interface()
{
    static const InterfaceDefinition definition{
        .id = "x11",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Show windows on an X11 desktop"),
        .description = QT_TRANSLATE_NOOP(
            "corral-interfaces",
            "The app can open windows. X11 does not keep apps apart: the app can also see "
            "other windows and what you type into them."),
        .category = Category::Desktop,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = {
            .files = files({
                // the authority cookie, where display managers and `xauth` put it
                "owner @{HOME}/.Xauthority r",
                "owner /run/user/[0-9]*/gdm/Xauthority r",
                "owner /run/user/[0-9]*/.mutter-Xwaylandauth.* r",
                "owner /run/user/[0-9]*/xauth_* r",
                "/usr/share/X11/ r",
                "/usr/share/X11/** r",
                "/etc/fonts/ r",
                "/etc/fonts/** r",
                "/usr/share/fonts/ r",
                "/usr/share/fonts/** r",
                "/var/cache/fontconfig/ r",
                "/var/cache/fontconfig/** r",
                // Qt finds keyboards and mice through udev
                "/run/udev/data/c13:[0-9]* r",
                "/run/udev/data/+input:* r",
            }),
            .apparmor = lines({
                // The sandbox has its own /tmp: clients reach the server's abstract socket.
                "unix (connect, send, receive) type=stream peer=(addr=\"@/tmp/.X11-unix/X[0-9]*\")",
                "network netlink raw",
            }),
            .seccomp = lines({
                "bind",
                "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT",
            }),
        },
        .permanentSlot = {
            .files = files({
                "/dev/tty[0-9]* rw",
                "/dev/input/ r",
                "/dev/input/* rw",
                "/run/udev/data/c13:[0-9]* r",
                "/run/udev/data/+input:input[0-9]* r",
                "/sys/devices/pci[0-9a-f]*/**/boot_vga r",
            }),
            .apparmor = lines({
                "unix (bind, listen, accept) type=stream addr=\"@/tmp/.X11-unix/X[0-9]*\"",
                "capability sys_tty_config",
                "network netlink raw",
            }),
            .seccomp = lines({
                "bind",
                "listen",
                "accept",
                "accept4",
                "socket AF_NETLINK - NETLINK_KOBJECT_UEVENT",
            }),
            // a display server drives the virtual consoles and reads every input device
            .devices = {
                DeviceRule{
                    .udevMatch = QStringLiteral("SUBSYSTEM==\"tty\", KERNEL==\"tty[0-9]*\""),
                    .major = 4,
                    .nodePattern = QStringLiteral("/dev/tty[0-9]*"),
                },
                DeviceRule{
                    .udevMatch = QStringLiteral("SUBSYSTEM==\"input\""),
                    .major = 13,
                    .nodePattern = QStringLiteral("/dev/input/*"),
                },
            },
        },
        .connectedSlotExtra = slotExtra,
    };
    return definition;
}

} // namespace corral::builtin

// x11: an X server, the host's or one an app snap runs. X lets every client see and
// inject the input and output of the others, so connecting it is not isolation.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

namespace {

constexpr PeerRules slotRules = {
    "unix (accept, send, receive) type=stream addr=\"@/tmp/.X11-unix/X[0-9]*\" "
    "peer=(label=@PEER@)",
};

} // namespace

const InterfaceDefinition &x11Interface()
{
    static const InterfaceDefinition definition {
        .id = "x11",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Show windows on an X11 desktop"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can open windows. X11 does not keep apps apart: the app can also see "
            "other windows and what you type into them."),
        .category = Category::Desktop,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::Any,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = merged({
            Policy {
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
                    "/run/udev/data/c13:[0-9]* r",
                    "/run/udev/data/+input:* r",
                }),
                .apparmor = lines({
                    // The sandbox has its own /tmp: clients reach the server's abstract socket.
                    "unix (connect, send, receive) type=stream "
                    "peer=(addr=\"@/tmp/.X11-unix/X[0-9]*\")",
                }),
            },
            deviceEvents(), // Qt finds keyboards and mice through udev
        }),
        .permanentSlot = merged({
            displayServer(),
            Policy {
                .files = files({ "/dev/tty[0-9]* rw" }),
                .apparmor = lines({
                    "unix (bind, listen, accept) type=stream addr=\"@/tmp/.X11-unix/X[0-9]*\"",
                    "capability sys_tty_config",
                }),
                // an X server runs on a virtual console
                .devices = { DeviceRule {
                    .udevMatch = QStringLiteral("SUBSYSTEM==\"tty\", KERNEL==\"tty[0-9]*\""),
                    .major = 4,
                    .nodePattern = QStringLiteral("/dev/tty[0-9]*"),
                } },
            },
        }),
        .connectedSlotExtra = rulesForPlugPeer<slotRules>,
    };
    return definition;
}

} // namespace corral::builtin

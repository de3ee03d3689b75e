// desktop-legacy: desktop services that predate the portals and cannot tell one app
// from another: input methods (IBus, Fcitx, Mozc) and the accessibility bus.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &desktopLegacyInterface()
{
    static const InterfaceDefinition definition {
        .id = "desktop-legacy",
        .label
        = QT_TRANSLATE_NOOP("corral-interfaces", "Use input methods and accessibility tools"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can use input methods for typing in other languages and talk to "
            "accessibility tools such as screen readers, which can see what other apps show."),
        .category = Category::Desktop,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = merged({
            sessionBusClient(),
            Policy {
                .files = files({
                    // the accessibility bus
                    "owner /run/user/[0-9]*/at-spi/ r",
                    "owner /run/user/[0-9]*/at-spi/bus* rw",
                    // IBus finds its daemon's address here
                    "owner @{HOME}/.config/ibus/ r",
                    "owner @{HOME}/.config/ibus/bus/ r",
                    "owner @{HOME}/.config/ibus/bus/* r",
                    "/usr/share/X11/xkb/ r",
                    "/usr/share/X11/xkb/** r",
                    "/usr/share/X11/locale/ r",
                    "/usr/share/X11/locale/** r",
                }),
                .apparmor = lines({
                    "dbus (send) bus=session path=/org/a11y/bus interface=org.a11y.Bus "
                    "member=GetAddress peer=(label=unconfined)",
                    "dbus (send, receive) bus=accessibility peer=(label=unconfined)",
                    "unix (connect, send, receive) type=stream peer=(addr=\"@/tmp/ibus/dbus-*\")",
                    "unix (connect, send, receive) type=stream peer=(addr=\"@tmp/.mozc.*\")",
                    "dbus (send) bus=session path=/inputmethod "
                    "interface=org.fcitx.Fcitx.InputMethod member={CreateIC,CreateICv3} "
                    "peer=(label=unconfined)",
                    "dbus (send, receive) bus=session path=/inputcontext_[0-9]* "
                    "interface=org.fcitx.Fcitx.InputContext peer=(label=unconfined)",
                    "dbus (send) bus=session path=/org/freedesktop/portal/inputmethod "
                    "interface=org.fcitx.Fcitx.InputMethod1 member={CreateInputContext,Version} "
                    "peer=(label=unconfined)",
                    "dbus (send, receive) bus=session "
                    "path=/org/freedesktop/portal/inputcontext/** "
                    "interface=org.fcitx.Fcitx.InputContext1 peer=(label=unconfined)",
                    "dbus (receive) bus=session interface=org.kde.KGlobalSettings "
                    "member=notifyChange peer=(label=unconfined)",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin

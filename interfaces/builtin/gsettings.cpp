// gsettings: the person's desktop settings database (dconf), shared by every GNOME app:
// reading and writing it means reading and changing other apps' settings too.
#include "interfaces/builtin/all.h"
#include "interfaces/builtin/common.h"

namespace corral::builtin {

const InterfaceDefinition &gsettingsInterface()
{
    static const InterfaceDefinition definition {
        .id = "gsettings",
        .label = QT_TRANSLATE_NOOP("corral-interfaces", "Read and change desktop settings"),
        .description = QT_TRANSLATE_NOOP("corral-interfaces",
            "The app can read and change the settings your desktop and GNOME apps share, "
            "including those of other apps."),
        .category = Category::Desktop,
        .sensitivity = Sensitivity::Medium,
        .slotProvider = SlotProvider::System,
        .implicitOnSystem = true,
        .autoConnect = true,
        .connectedPlug = merged({
            sessionBusClient(),
            Policy {
                .files = files({
                    "/etc/dconf/ r",
                    "/etc/dconf/** r",
                    "/usr/share/glib-2.0/schemas/ r",
                    "/usr/share/glib-2.0/schemas/** r",
                    "owner /run/user/[0-9]*/dconf/ rw",
                    "owner /run/user/[0-9]*/dconf/user rwk",
                    "owner @{HOME}/.config/dconf/ r",
                    "owner @{HOME}/.config/dconf/user rwk",
                }),
                .apparmor = lines({
                    "dbus (send, receive) bus=session interface=ca.desrt.dconf.Writer "
                    "peer=(label=unconfined)",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin

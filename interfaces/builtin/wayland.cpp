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
        .permanentSlot = merged({
            displayServer(),
            Policy{
                .files = files({
                    "owner /run/user/[0-9]*/ r",
                    "owner /run/user/[0-9]*/wayland-[0-9]* rwk",
                }),
            },
        }),
    };
    return definition;
}

} // namespace corral::builtin
